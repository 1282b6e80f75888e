// The API described as an OpenAPI 3 document (served at /api/openapi.json), built from the same zod
// schemas that validate requests.
import { OpenAPIRegistry, OpenApiGeneratorV3 } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { ENTITY_LISTS } from '@dossier/model';
import {
  articleIdParam,
  cypherBody,
  entityDetailQuery,
  entityListQuery,
  errorBody,
  graphQuery,
  idParam,
  ingestBody,
  ingestResponse,
  neighborsQuery,
  pathsQuery,
  searchQuery,
} from './schemas.js';

const json = (description: string) => ({
  description,
  content: { 'application/json': { schema: z.object({}).passthrough() } },
});
const errors = {
  400: {
    description: 'Invalid input or refused query',
    content: { 'application/json': { schema: errorBody } },
  },
  404: { description: 'Not found', content: { 'application/json': { schema: errorBody } } },
  503: { description: 'Neo4j unreachable', content: { 'application/json': { schema: errorBody } } },
};

export function buildOpenApiDocument(version: string): object {
  const r = new OpenAPIRegistry();
  r.registerPath({
    method: 'get',
    path: '/api/health',
    summary: 'Neo4j connectivity, version and counts per label',
    responses: { 200: json('Healthy'), 503: errors[503] },
  });
  r.registerPath({
    method: 'get',
    path: '/api/graph',
    summary: 'An overview as a serialized graphology graph, with total and truncated',
    request: { query: graphQuery },
    responses: { 200: json('Serialized graph'), 400: errors[400], 503: errors[503] },
  });
  r.registerPath({
    method: 'get',
    path: '/api/search',
    summary: 'Entities and articles whose names, aliases or titles match, best first',
    request: { query: searchQuery },
    responses: { 200: json('Search hits'), 400: errors[400], 503: errors[503] },
  });
  r.registerPath({
    method: 'get',
    path: '/api/entities/{id}',
    summary:
      'An entity with the first page of its relations (with evidence), statements, events and source articles, newest first, and the total of each list',
    request: { params: idParam, query: entityDetailQuery },
    responses: { 200: json('Entity detail with totals'), ...errors },
  });
  for (const list of ENTITY_LISTS) {
    r.registerPath({
      method: 'get',
      path: `/api/entities/{id}/${list}`,
      summary: `One page of an entity's ${list}, newest first: {id, list, offset, limit, total, items}`,
      request: { params: idParam, query: entityListQuery },
      responses: { 200: json(`A page of ${list}`), ...errors },
    });
  }
  r.registerPath({
    method: 'get',
    path: '/api/entities/{id}/neighbors',
    summary: "A node's neighbourhood as a serialized graph (capped)",
    request: { params: idParam, query: neighborsQuery },
    responses: { 200: json('Serialized graph'), ...errors },
  });
  r.registerPath({
    method: 'get',
    path: '/api/paths',
    summary: 'Shortest paths between two nodes as a serialized graph',
    request: { query: pathsQuery },
    responses: { 200: json('Serialized graph'), ...errors },
  });
  r.registerPath({
    method: 'get',
    path: '/api/articles',
    summary: 'Article metadata',
    responses: { 200: json('Articles'), 503: errors[503] },
  });
  r.registerPath({
    method: 'get',
    path: '/api/articles/{id}',
    summary: "An article's raw text with highlight spans",
    request: { params: articleIdParam },
    responses: { 200: json('Article with highlights'), ...errors },
  });
  r.registerPath({
    method: 'post',
    path: '/api/cypher',
    summary: 'Run a read-only Cypher query (one statement, EXPLAIN type r, deny-list, timeout, row cap)',
    request: { body: { content: { 'application/json': { schema: cypherBody } } } },
    responses: { 200: json('Columns, rows, graph and summary'), 400: errors[400], 503: errors[503] },
  });
  const ingestErrors = (description: string) => ({
    description,
    content: { 'application/json': { schema: errorBody } },
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
      200: {
        description: 'dryRun: the extracted and resolved document; nothing was written',
        content: { 'application/json': { schema: ingestResponse } },
      },
      201: {
        description: 'Loaded: the document as written, the resolution of each entity and the counts',
        content: { 'application/json': { schema: ingestResponse } },
      },
      400: ingestErrors('INVALID_INPUT, EMPTY_ARTICLE or BINARY_INPUT'),
      401: ingestErrors('INGEST_TOKEN_REQUIRED: missing or wrong bearer token'),
      403: ingestErrors('INGESTION_DISABLED: beyond loopback without INGEST_TOKEN'),
      413: ingestErrors('ARTICLE_TOO_LARGE: over INGEST_MAX_BYTES'),
      429: ingestErrors('RATE_LIMITED'),
      503: errors[503],
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
