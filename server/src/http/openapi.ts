// The API described as an OpenAPI 3 document (served at /api/openapi.json, browsable at /api/docs): the
// requests from the zod schemas that validate them (schemas.ts), every answer from the wire schemas of
// @dossier/model that type what the server sends and the client reads.
import { OpenAPIRegistry, OpenApiGeneratorV3 } from '@asteasolutions/zod-to-openapi';
import type { z } from 'zod';
import {
  articleDetailSchema,
  articleListSchema,
  corroborationSchema,
  cypherPlanResponseSchema,
  cypherResponseSchema,
  ENTITY_LISTS,
  entityDetailSchema,
  entityListPageSchema,
  errorBodySchema,
  graphSchemaResponseSchema,
  healthResponseSchema,
  ingestResponseSchema,
  searchResponseSchema,
  wireGraphSchema,
} from '@dossier/model';
import {
  articleIdParam,
  cypherBody,
  entityDetailQuery,
  entityListQuery,
  graphQuery,
  idParam,
  ingestBody,
  neighborsQuery,
  pathsQuery,
  relationRefQuery,
  searchQuery,
} from './schemas.js';

type Response = { description: string; content: { 'application/json': { schema: z.ZodType } } };
const answer = (description: string, schema: z.ZodType): Response => ({
  description,
  content: { 'application/json': { schema } },
});

export function buildOpenApiDocument(version: string): object {
  const r = new OpenAPIRegistry();
  const failure = (description: string) => answer(description, errorBodySchema);
  const unavailable = failure('NEO4J_UNAVAILABLE: Neo4j cannot be reached; the API recovers by itself');
  /** The failures every read endpoint may answer with. */
  const readFailures = {
    400: failure('VALIDATION_FAILED: a parameter is wrong (the message names it)'),
    503: unavailable,
  };
  const notFound = { 404: failure('NOT_FOUND: no node or article with that id') };

  r.registerPath({
    method: 'get',
    path: '/api/health',
    summary: 'Neo4j connectivity, version and counts per label',
    responses: {
      200: answer('Healthy', healthResponseSchema),
      503: answer(
        'Neo4j unreachable: the same body (status "unavailable") with the error',
        healthResponseSchema.extend(errorBodySchema.shape),
      ),
    },
  });
  r.registerPath({
    method: 'get',
    path: '/api/graph',
    summary: 'An overview as a serialized graphology graph, with total and truncated',
    request: { query: graphQuery },
    responses: { 200: answer('Serialized graph', wireGraphSchema), ...readFailures },
  });
  r.registerPath({
    method: 'get',
    path: '/api/search',
    summary: 'Entities and articles whose names, aliases or titles match, best first',
    request: { query: searchQuery },
    responses: { 200: answer('Search hits', searchResponseSchema), ...readFailures },
  });
  r.registerPath({
    method: 'get',
    path: '/api/entities/{id}',
    summary:
      'An entity with the first page of its relations (with evidence), statements, events and source articles, newest first, and the total of each list',
    request: { params: idParam, query: entityDetailQuery },
    responses: { 200: answer('Entity detail with totals', entityDetailSchema), ...readFailures, ...notFound },
  });
  for (const list of ENTITY_LISTS) {
    r.registerPath({
      method: 'get',
      path: `/api/entities/{id}/${list}`,
      summary: `One page of an entity's ${list}, newest first: {id, list, offset, limit, total, items}`,
      request: { params: idParam, query: entityListQuery },
      responses: {
        200: answer(`A page of ${list}`, entityListPageSchema(list)),
        ...readFailures,
        ...notFound,
      },
    });
  }
  const corroboration = {
    200: answer('Outlets, independent count and, when articles disagree, the versions', corroborationSchema),
    ...readFailures,
    404: failure('NOT_FOUND: the graph holds no such item (it may have changed since the page was read)'),
  };
  r.registerPath({
    method: 'get',
    path: '/api/corroboration/relation',
    summary:
      'Who reports a relationship between two entities (its ends, type and key, as an entity page gives them), how independently, and the rival dates',
    request: { query: relationRefQuery },
    responses: corroboration,
  });
  for (const kind of ['event', 'statement'] as const) {
    r.registerPath({
      method: 'get',
      path: `/api/corroboration/${kind}/{id}`,
      summary: `Who reports a${kind === 'event' ? 'n event' : ' statement'}, how independently, and the rival ${kind === 'event' ? 'dates' : 'speakers'}`,
      request: { params: idParam },
      responses: corroboration,
    });
  }
  r.registerPath({
    method: 'get',
    path: '/api/entities/{id}/neighbors',
    summary: "A node's neighbourhood as a serialized graph (capped)",
    request: { params: idParam, query: neighborsQuery },
    responses: { 200: answer('Serialized graph', wireGraphSchema), ...readFailures, ...notFound },
  });
  r.registerPath({
    method: 'get',
    path: '/api/paths',
    summary: 'Shortest paths between two nodes as a serialized graph',
    request: { query: pathsQuery },
    responses: { 200: answer('Serialized graph', wireGraphSchema), ...readFailures, ...notFound },
  });
  r.registerPath({
    method: 'get',
    path: '/api/articles',
    summary: 'Article metadata',
    responses: {
      200: answer('Articles', articleListSchema),
      503: unavailable,
    },
  });
  r.registerPath({
    method: 'get',
    path: '/api/articles/{id}',
    summary: "An article's raw text with highlight spans",
    request: { params: articleIdParam },
    responses: {
      200: answer('Article with highlights', articleDetailSchema),
      ...readFailures,
      ...notFound,
    },
  });
  r.registerPath({
    method: 'get',
    path: '/api/schema',
    summary: "The graph's labels, relationship types and property keys (the console's completion)",
    responses: {
      200: answer('Labels, relationship types, property keys', graphSchemaResponseSchema),
      503: unavailable,
    },
  });
  r.registerPath({
    method: 'post',
    path: '/api/cypher',
    summary: 'Run a read-only Cypher query (one statement, EXPLAIN type r, deny-list, timeout, row cap)',
    request: { body: { content: { 'application/json': { schema: cypherBody } } } },
    responses: {
      200: {
        description: 'Columns, rows, graph and summary; with explain: true, the plan',
        content: {
          'application/json': { schema: cypherResponseSchema.or(cypherPlanResponseSchema) },
        },
      },
      400: failure('A refused query (the code says why; SYNTAX with its position) or a failed one'),
      422: failure(
        "QUERY_TOO_LARGE: over Neo4j's transaction memory limit; RESULT_TOO_LARGE: one row over CYPHER_RESULT_MAX_BYTES",
      ),
      429: failure('RATE_LIMITED or TOO_MANY_QUERIES (with Retry-After)'),
      503: unavailable,
      504: failure('QUERY_TIMEOUT: stopped at CYPHER_TIMEOUT_MS'),
    },
  });
  r.registerPath({
    method: 'post',
    path: '/api/articles',
    summary:
      'Bring your own article: extract it, resolve its entities against the graph, load it (one transaction; idempotent by article id)',
    description:
      'Needs "Authorization: Bearer <INGEST_TOKEN>" when INGEST_TOKEN is set; refused (403) when the server listens beyond loopback without it.',
    request: { body: { content: { 'application/json': { schema: ingestBody } } } },
    responses: {
      200: answer('dryRun: the extracted and resolved document; nothing was written', ingestResponseSchema),
      201: answer(
        'Loaded: the document as written, the resolution of each entity and the counts',
        ingestResponseSchema,
      ),
      400: failure('INVALID_INPUT, EMPTY_ARTICLE or BINARY_INPUT'),
      401: failure('INGEST_TOKEN_REQUIRED: missing or wrong bearer token'),
      403: failure('INGESTION_DISABLED: beyond loopback without INGEST_TOKEN'),
      413: failure('ARTICLE_TOO_LARGE: over INGEST_MAX_BYTES'),
      429: failure('RATE_LIMITED'),
      500: failure('EXTRACTION_FAILED: the extractor crashed on this article'),
      503: unavailable,
    },
  });
  return new OpenApiGeneratorV3(r.definitions).generateDocument({
    openapi: '3.0.3',
    info: {
      title: 'Dossier API',
      version,
      description: 'A knowledge graph of news in Neo4j, with evidence on every edge.',
    },
  });
}
