// The API's request schemas (zod), used to validate requests and to describe them in /api/openapi.json.
import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { isoDate } from '../ingest/annotation-schema.js';

extendZodWithOpenApi(z);

const NODE_TYPES = ['Person', 'Organization', 'Place', 'Event', 'Statement', 'Article'] as const;
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
    limit: limit(500, 5000),
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
export const pathsQuery = z.object({ from: nodeId, to: nodeId }).strict();

export const cypherBody = z
  .object({
    query: z.string().min(1, 'the query is empty').max(20_000),
    params: z.record(z.string(), z.unknown()).optional().default({}),
  })
  .strict();

export const errorBody = z
  .object({ error: z.object({ code: z.string(), message: z.string(), hint: z.string().optional() }) })
  .openapi('Error');
