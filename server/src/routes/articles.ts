// Article routes: the list, one article's raw text with highlight spans, and POST /api/articles (bring your
// own article: extracted, resolved against the graph, loaded; see ingest/ingest-article.ts).
//
// POST /api/articles is guarded before its body is read (articleIngestPreflight, mounted in app.ts ahead
// of the global 1 MB JSON parser): the ingestion rate limit, then the token policy of
// ingest/ingest-policy.ts (INGEST_TOKEN required when set; refused beyond loopback without it), then a
// JSON parser whose limit fits INGEST_MAX_BYTES (twice it plus 64 KB, for JSON escapes; the article
// text itself is then held to INGEST_MAX_BYTES, UTF-8). Answers: 201 loaded, 200 dryRun (nothing
// written); 400 INVALID_INPUT / EMPTY_ARTICLE / BINARY_INPUT, 413 ARTICLE_TOO_LARGE,
// 401 INGEST_TOKEN_REQUIRED, 403 INGESTION_DISABLED, 429 RATE_LIMITED.
import express, { Router, type RequestHandler } from 'express';
import type { AppDeps } from '../app-deps.js';
import type { Config } from '../config.js';
import { InputRejectedError } from '../errors.js';
import { articleIdParam, ingestBody } from '../http/schemas.js';
import { rateLimiter } from '../http/security.js';
import { parseInput } from '../http/validate.js';
import { ingestArticle } from '../ingest/ingest-article.js';
import { checkIngestAuthorization, ingestPolicy } from '../ingest/ingest-policy.js';
import { articleDetail, listArticles } from '../services/article-service.js';
import type { IngestResponse } from '@dossier/model';

const BODY = 'request body';

/** The JSON body limit of POST /api/articles for an article limit of `maxBytes`. */
export const ingestBodyLimit = (maxBytes: number) => maxBytes * 2 + 64 * 1024;

/** Rate limit, token policy and body parser of POST /api/articles, in that order (mounted in app.ts). */
export function articleIngestPreflight(config: Config): RequestHandler[] {
  const policy = ingestPolicy(config);
  const parse = express.json({ limit: ingestBodyLimit(config.ingest.maxBytes) });
  const parseBody: RequestHandler = (req, res, next) =>
    parse(req, res, (err?: unknown) => {
      if ((err as { type?: string } | undefined)?.type === 'entity.too.large') {
        next(
          new InputRejectedError(
            'ARTICLE_TOO_LARGE',
            BODY,
            `is over the limit of ${ingestBodyLimit(config.ingest.maxBytes)} bytes`,
            `An article may hold at most ${config.ingest.maxBytes} bytes of UTF-8 (INGEST_MAX_BYTES).`,
          ),
        );
      } else next(err);
    });
  return [
    rateLimiter('ingestion', config.rateLimits.ingest),
    (req, _res, next) => {
      checkIngestAuthorization(policy, req.headers.authorization);
      next();
    },
    parseBody,
  ];
}

export function articleRoutes({ db, config }: AppDeps): Router {
  const router = Router();
  router.get('/articles', async (_req, res) => {
    res.json({ articles: await listArticles(db) });
  });
  router.get('/articles/:id', async (req, res) => {
    const { id } = parseInput(articleIdParam, req.params, 'path');
    res.json(await articleDetail(db, id));
  });
  router.post('/articles', async (req, res) => {
    if (!req.is('application/json')) {
      throw new InputRejectedError('INVALID_INPUT', BODY, 'must be JSON (Content-Type: application/json)');
    }
    const parsed = ingestBody.safeParse(req.body ?? {});
    if (!parsed.success) {
      const problems = parsed.error.issues.map(
        (i) => `${i.path.length ? i.path.join('.') : 'body'}: ${i.message}`,
      );
      throw new InputRejectedError(
        'INVALID_INPUT',
        BODY,
        problems.join('; '),
        'Send {"text": "..."} or {"html": "..."}, optionally with id, title, outlet, published, url, dryRun; see /api/openapi.json.',
      );
    }
    const body = parsed.data;
    const outcome = await ingestArticle(
      db,
      {
        source: BODY,
        raw: body.text ?? body.html ?? '',
        format: body.html !== undefined ? 'html' : 'text',
        meta: {
          id: body.id,
          title: body.title,
          outlet: body.outlet,
          published: body.published ?? null,
          url: body.url ?? null,
        },
        dryRun: body.dryRun,
      },
      { maxBytes: config.ingest.maxBytes },
    );
    const { source: _source, ...response } = outcome;
    res.status(outcome.loaded ? 201 : 200).json(response satisfies IngestResponse);
  });
  return router;
}
