// The ingestion pipeline for one article: checked input → extractArticle → validation → the process's
// article writer (article-writer.ts), which resolves the entities against the graph and writes the
// article in one transaction, with the other articles queued at the same time. The same article twice
// changes no count (its id is stable for the same metadata, and the writer retracts before it writes)
// and resolves to the same nodes; an edited article with the same id replaces its earlier contributions.
// A dry run resolves without writing. Used by POST /api/articles and `npm run ingest`.
import crypto from 'node:crypto';
import { AppError, ExtractionFailedError, InputRejectedError } from '../errors.js';
import { extractArticle } from '../extract/index.js';
import type { ExtractInput, ExtractMeta, ExtractResult } from '../extract/types.js';
import type { Database } from '../neo4j/database.js';
import { looksLikeHtml, type IngestResponse } from '@dossier/model';
import { resolveOnly, writerFor } from './article-writer.js';
import { prepareArticle } from './load-articles.js';
import { checkArticleText, DEFAULT_MAX_BYTES, defaultTitle } from './read-input.js';
import { formatDocumentErrors } from './validate-document.js';

export interface IngestArticleInput {
  /** Where it came from, for messages: a file path or "request body". */
  source: string;
  /** The decoded input (text or HTML). */
  raw: string;
  format: 'text' | 'html' | 'auto';
  meta: ExtractMeta;
  /** The title when the metadata has none and the input shows none (e.g. the file name). */
  fallbackTitle?: string;
  /** Extract and resolve only: nothing is written. */
  dryRun?: boolean;
}

/**
 * The hash of an ingestion's input (text, format, metadata, fallback title), kept on the Article node:
 * `npm run ingest` skips a file whose input was loaded before.
 */
export function sourceHash(
  input: Pick<IngestArticleInput, 'raw' | 'format' | 'meta' | 'fallbackTitle'>,
): string {
  const { raw, format, meta, fallbackTitle } = input;
  const m = meta as Record<string, unknown>;
  const metaKeys = Object.keys(m)
    .filter((k) => m[k] !== undefined)
    .sort();
  return crypto
    .createHash('sha256')
    .update(JSON.stringify([raw, format, metaKeys.map((k) => [k, m[k]]), fallbackTitle ?? null]))
    .digest('hex');
}

export interface IngestOptions {
  maxBytes?: number;
  /** The extractor (default: extractArticle); tests pass a fixed document. */
  extract?: (input: ExtractInput) => ExtractResult;
}

export type IngestOutcome = IngestResponse & { source: string };

export async function ingestArticle(
  db: Database,
  input: IngestArticleInput,
  options: IngestOptions = {},
): Promise<IngestOutcome> {
  const { source } = input;
  const raw = checkArticleText(input.raw, source, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const html = input.format === 'html' || (input.format === 'auto' && looksLikeHtml(raw, input.source));
  const meta: ExtractMeta = { ...input.meta };
  if (!meta.title?.trim()) meta.title = defaultTitle(raw, html, input.fallbackTitle ?? 'Untitled');

  const extract = options.extract ?? extractArticle;
  let extracted: ExtractResult;
  try {
    extracted = extract({ raw, format: html ? 'html' : 'text', meta });
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw ExtractionFailedError.crashed(source, err);
  }
  const { text } = extracted;
  if (text.trim() === '') {
    throw new InputRejectedError(
      'EMPTY_ARTICLE',
      source,
      'holds no article text once its markup is removed',
      'Give the text of an article.',
    );
  }
  const checked = prepareArticle({ file: source, text, document: extracted.document });
  if (!checked.ok) throw ExtractionFailedError.invalidDocument(source, formatDocumentErrors(checked.errors));

  const doc = checked.doc;
  const written = input.dryRun
    ? null
    : await writerFor(db).write({ text, doc, resolve: true, sourceHash: sourceHash(input) });
  const resolved = written?.outcome ?? (await resolveOnly(db, [doc]))[0]!;
  const base = {
    source,
    article: {
      id: doc.article.id,
      title: doc.article.title,
      outlet: doc.article.outlet,
      published: doc.article.published,
      url: doc.article.url,
    },
    text,
    document: resolved.document,
    resolution: resolved.resolution,
    warnings: [...extracted.warnings, ...resolved.warnings],
  };
  if (!written) {
    const ok = prepareArticle({ file: source, text, document: resolved.document });
    if (!ok.ok) throw ExtractionFailedError.invalidDocument(source, formatDocumentErrors(ok.errors));
    return { ...base, loaded: false };
  }
  return { ...base, loaded: true, counts: written.counts };
}
