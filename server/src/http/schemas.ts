// The API's request schemas (zod), used to validate requests and to describe them in /api/openapi.json
// (the response schemas are the wire schemas of @dossier/model).
import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { isoDate, NODE_TYPES, OVERVIEW_LIMIT, RELATION_TYPE_PATTERN } from '@dossier/model';

extendZodWithOpenApi(z);

const limit = (def: number, max: number) => z.coerce.number().int().min(1).max(max).default(def);
const nodeId = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z0-9:-]+$/, 'must be a Dossier id such as person:anatoly-antonov');

export const graphQuery = z
  .object({
    types: z
      .string()
      .optional()
      .transform((s) =>
        s
          ? s
              .split(',')
              .map((t) => t.trim())
              .filter(Boolean)
          : undefined,
      )
      .pipe(z.array(z.enum(NODE_TYPES)).optional())
      .openapi({ description: 'Comma-separated node types, e.g. Person,Event', example: 'Person,Event' }),
    from: isoDate
      .optional()
      .openapi({ description: 'Period start (ISO date, any precision)', example: '2021-03' }),
    to: isoDate
      .optional()
      .openapi({ description: 'Period end (ISO date, any precision)', example: '2021-06' }),
    limit: limit(OVERVIEW_LIMIT, 5000).openapi({
      description: 'Nodes in the overview: the most reported entities of the period, and events among them',
    }),
  })
  .strict();

export const searchQuery = z
  .object({
    q: z.string().trim().min(1, 'type at least one letter').max(200),
    limit: limit(10, 50),
  })
  .strict();

export const idParam = z.object({ id: nodeId }).strict();
export const articleIdParam = z
  .object({
    id: z
      .string()
      .min(1)
      .max(200)
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be an article id such as tass-2021-03-20-antonov-thanks'),
  })
  .strict();
export const neighborsQuery = z.object({ limit: limit(50, 500) }).strict();
/**
 * GET /api/entities/:id: how many items each list (relations, statements, events, articles) holds; by
 * default 10 (DETAIL_PAGE_SIZE): what the panel shows first, and the page it asks for each "Show more".
 */
export const entityDetailQuery = z
  .object({ limit: limit(10, 100).openapi({ description: 'Items per list (the first page of each)' }) })
  .strict();
/** GET /api/entities/:id/<list>: one page of one list, newest first. */
export const entityListQuery = z
  .object({
    offset: z.coerce
      .number()
      .int()
      .min(0)
      .max(10_000_000)
      .default(0)
      .openapi({ description: 'Items to skip (the detail holds the first `limit`)', example: 10 }),
    limit: limit(10, 100),
  })
  .strict();
export const pathsQuery = z.object({ from: nodeId, to: nodeId }).strict();
/** GET /api/corroboration/relation: the relationship `(source)-[:type {key}]->(target)`. */
export const relationRefQuery = z
  .object({
    source: nodeId.openapi({ description: 'Where the relationship starts', example: 'place:lithuania' }),
    type: z
      .string()
      .regex(RELATION_TYPE_PATTERN, 'must be a relation type such as EXPELLED')
      .openapi({ example: 'EXPELLED' }),
    target: nodeId.openapi({ description: 'Where it ends', example: 'person:alexei-isakov' }),
    key: z.string().max(300).openapi({
      description: "The relationship's key, `<date>|<place id>` (an entity page's relation carries it)",
      example: '2022-04-04|',
    }),
  })
  .strict();

export const cypherBody = z
  .object({
    query: z.string().min(1, 'the query is empty').max(20_000),
    params: z.unknown().optional().openapi({
      description: 'Named values for $name in the query: a JSON object (checked by the console)',
    }),
    explain: z
      .boolean()
      .optional()
      .default(false)
      .openapi({ description: 'true: answer with the EXPLAIN plan and run nothing' }),
  })
  .strict();

/** POST /api/articles: one article as text or HTML, with optional metadata. */
export const ingestBody = z
  .object({
    text: z
      .string()
      .optional()
      .openapi({ description: 'The article as plain text (exactly one of text, html)' }),
    html: z.string().optional().openapi({ description: 'The article as HTML (exactly one of text, html)' }),
    id: z
      .string()
      .max(200)
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug such as tass-2021-03-20-antonov-thanks')
      .optional()
      .openapi({ description: 'Article id; derived from outlet, published and title when absent' }),
    title: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .optional()
      .openapi({ description: 'Defaults to the first line (text) or the <title>/<h1> (html)' }),
    outlet: z.string().trim().min(1).max(200).optional(),
    published: isoDate.nullable().optional().openapi({
      description: 'Publication date, YYYY, YYYY-MM or YYYY-MM-DD; null when unknown',
      example: '2021-03-20',
    }),
    url: z.string().url().max(2000).optional(),
    dryRun: z
      .boolean()
      .optional()
      .default(false)
      .openapi({ description: 'true: extract and resolve only, write nothing (200)' }),
  })
  .strict()
  .refine((b) => (b.text === undefined) !== (b.html === undefined), {
    message: 'give exactly one of text and html',
    path: ['text'],
  })
  .openapi('IngestRequest');
