// The HTTP API over real HTTP against a real Neo4j holding the seed: search, entity detail, neighbours,
// paths, articles with highlights, the overview, errors with codes, OpenAPI (every answer checked against
// its wire schema) and compression.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  graphSchemaResponseSchema,
  healthResponseSchema,
  ingestResponseSchema,
  relationRefOf,
  searchResponseSchema,
  wireGraphSchema,
  type ArticleDetail,
  type EntityDetail,
  type HealthResponse,
  type SearchResponse,
  type WireGraph,
} from '@dossier/model';
import { getJson, startTestApp, type TestApp } from '../helpers/app.js';

let app: TestApp;
interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }>
  >;
}
const ANTONOV = 'person:anatoly-antonov';
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

describe('the HTTP API', () => {
  it('when health is asked, then it reports Neo4j 5.26 community and the counts', async () => {
    const { status, body } = await getJson<HealthResponse>(`${app.url}/api/health`);
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
    expect(body.neo4j.connected).toBe(true);
    expect(body.neo4j.version).toMatch(/^5\.26\./);
    expect(body.neo4j.edition).toBe('community');
    expect(body.counts?.['Article']).toBe(5);
  });

  it('when searching "Antonov" or a misspelling, then Anatoly Antonov comes first', async () => {
    for (const q of ['Antonov', 'antonov', 'Anatoly Anto', 'Antonv']) {
      const { status, body } = await getJson<SearchResponse>(
        `${app.url}/api/search?q=${encodeURIComponent(q)}`,
      );
      expect(status, q).toBe(200);
      expect(body.results[0]?.id, q).toBe(ANTONOV);
    }
  });

  it('when the search holds Lucene syntax, then it answers without error', async () => {
    for (const q of ['"unterminated', 'a AND (b', 'title:*', '\\', '~~~', '[x TO y]']) {
      const { status } = await getJson(`${app.url}/api/search?q=${encodeURIComponent(q)}`);
      expect(status, q).toBe(200);
    }
  });

  it('when Antonov is opened, then his relations carry evidence and his sources are the five articles', async () => {
    const { status, body } = await getJson<EntityDetail>(
      `${app.url}/api/entities/${encodeURIComponent(ANTONOV)}`,
    );
    expect(status).toBe(200);
    expect(body.name).toBe('Anatoly Antonov');
    expect(body.type).toBe('Person');
    expect(body.articles).toHaveLength(5);
    expect(new Set(body.articles.map((a) => a.outlet))).toEqual(
      new Set(['RT', 'TASS', 'The Moscow Times', 'VICE News', 'DW']),
    );
    for (const a of body.articles) expect(a.mentionCount).toBeGreaterThan(0);
    expect(body.relations.length).toBeGreaterThan(3);
    for (const r of body.relations) {
      expect(r.evidence.length).toBeGreaterThan(0);
      for (const e of r.evidence) {
        expect(e.text.length).toBeGreaterThan(0);
        expect(e.outlet).toBeTruthy();
      }
    }
    expect(body.statements.length).toBeGreaterThan(3);
    expect(body.events.length).toBeGreaterThan(3);
  });

  it('when an entity does not exist or its id is malformed, then 404 and 400 come with codes', async () => {
    const missing = await getJson<{ error: { code: string } }>(`${app.url}/api/entities/person:nobody`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
    const bad = await getJson<{ error: { code: string; message: string } }>(
      `${app.url}/api/entities/${encodeURIComponent('../../etc/passwd')}`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
  });

  it("when Antonov's neighbours are asked with a cap, then the view is cut and says so", async () => {
    const full = await getJson<WireGraph>(`${app.url}/api/entities/${encodeURIComponent(ANTONOV)}/neighbors`);
    expect(full.status).toBe(200);
    expect(full.body.nodes.length).toBeGreaterThan(5);
    expect(full.body.nodes.some((n) => n.key === 'person:joe-biden' || n.attributes.type === 'Event')).toBe(
      true,
    );
    const capped = await getJson<WireGraph>(
      `${app.url}/api/entities/${encodeURIComponent(ANTONOV)}/neighbors?limit=2`,
    );
    expect(capped.body.nodes).toHaveLength(3);
    expect(capped.body.truncated).toBe(true);
    expect(capped.body.total).toBe(full.body.total);
    for (const e of capped.body.edges) {
      const keys = capped.body.nodes.map((n) => n.key);
      expect(keys).toContain(e.source);
      expect(keys).toContain(e.target);
    }
  });

  it('when a path from Antonov to Geneva is asked, then a connected path comes back', async () => {
    const { status, body } = await getJson<WireGraph>(
      `${app.url}/api/paths?from=${encodeURIComponent(ANTONOV)}&to=${encodeURIComponent('place:geneva')}`,
    );
    expect(status).toBe(200);
    const keys = body.nodes.map((n) => n.key);
    expect(keys).toContain(ANTONOV);
    expect(keys).toContain('place:geneva');
    expect(body.edges.length).toBeGreaterThanOrEqual(1);
    expect(body.nodes.some((n) => n.attributes.type === 'Article')).toBe(false);
  });

  it('when articles are listed and one is opened, then its highlights cover "Antonov"', async () => {
    const list = await getJson<{ articles: { id: string }[] }>(`${app.url}/api/articles`);
    expect(list.body.articles).toHaveLength(5);
    for (const { id } of list.body.articles) {
      const { status, body } = await getJson<ArticleDetail>(`${app.url}/api/articles/${id}`);
      expect(status).toBe(200);
      const texts = body.highlights.map((h) => body.text.slice(h.start, h.end));
      expect(
        texts.some((t) => t.includes('Antonov')),
        id,
      ).toBe(true);
      for (const h of body.highlights) {
        expect(h.start).toBeGreaterThanOrEqual(body.body.start);
        expect(h.end).toBeLessThanOrEqual(body.body.end);
      }
      expect(new Set(body.highlights.map((h) => h.kind)).has('mention')).toBe(true);
    }
  });

  it('when the overview is asked by type and period, then it filters and flags truncation', async () => {
    const all = await getJson<WireGraph>(`${app.url}/api/graph`);
    expect(all.status).toBe(200);
    expect(all.body.nodes.length).toBeGreaterThan(20);
    expect(all.body.edges.length).toBeGreaterThan(20);
    const people = await getJson<WireGraph>(`${app.url}/api/graph?types=Person`);
    expect(people.body.nodes.every((n) => n.attributes.type === 'Person')).toBe(true);
    const cut = await getJson<WireGraph>(`${app.url}/api/graph?limit=3`);
    expect(cut.body.nodes).toHaveLength(3);
    expect(cut.body.truncated).toBe(true);
    const spring2021 = await getJson<WireGraph>(`${app.url}/api/graph?types=Event&from=2021-03&to=2021-03`);
    const dates = spring2021.body.nodes.map((n) => n.attributes.date).filter(Boolean) as string[];
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d.startsWith('2021-03') || d === '2021').toBe(true);
    const bad = await getJson<{ error: { code: string } }>(`${app.url}/api/graph?types=Spaceship`);
    expect(bad.status).toBe(400);
  });

  it('when the OpenAPI document is asked, then every operation has a response schema, and every real answer is exactly its wire schema', async () => {
    const doc = await getJson<OpenApiDocument>(`${app.url}/api/openapi.json`);
    expect(doc.status).toBe(200);
    const operations = Object.entries(doc.body.paths).flatMap(([p, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ key: `${method.toUpperCase()} ${p}`, op })),
    );
    const id = encodeURIComponent(ANTONOV);
    const articleId = (await getJson<{ articles: { id: string }[] }>(`${app.url}/api/articles`)).body
      .articles[0]!.id;
    const antonov = (await getJson<EntityDetail>(`${app.url}/api/entities/${id}`)).body;
    const ref = relationRefOf(ANTONOV, antonov.relations[0]!);
    const post = (body: unknown) => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    // One real request per documented operation, and the wire schema its answer must be.
    const samples: Record<string, { url: string; init?: RequestInit; schema: z.ZodType }[]> = {
      'GET /api/health': [{ url: '/api/health', schema: healthResponseSchema }],
      'GET /api/schema': [{ url: '/api/schema', schema: graphSchemaResponseSchema }],
      'GET /api/graph': [{ url: '/api/graph', schema: wireGraphSchema }],
      'GET /api/search': [{ url: '/api/search?q=Antonov', schema: searchResponseSchema }],
      'GET /api/entities/{id}': [{ url: `/api/entities/${id}`, schema: entityDetailSchema }],
      ...Object.fromEntries(
        ENTITY_LISTS.map((list) => [
          `GET /api/entities/{id}/${list}`,
          [{ url: `/api/entities/${id}/${list}?limit=3`, schema: entityListPageSchema(list) }],
        ]),
      ),
      'GET /api/entities/{id}/neighbors': [{ url: `/api/entities/${id}/neighbors`, schema: wireGraphSchema }],
      'GET /api/corroboration/relation': [
        { url: `/api/corroboration/relation?${new URLSearchParams(ref)}`, schema: corroborationSchema },
      ],
      'GET /api/corroboration/event/{id}': [
        { url: `/api/corroboration/event/${antonov.events[0]!.id}`, schema: corroborationSchema },
      ],
      'GET /api/corroboration/statement/{id}': [
        { url: `/api/corroboration/statement/${antonov.statements[0]!.id}`, schema: corroborationSchema },
      ],
      'GET /api/paths': [
        { url: `/api/paths?from=${id}&to=${encodeURIComponent('place:geneva')}`, schema: wireGraphSchema },
      ],
      'GET /api/articles': [{ url: '/api/articles', schema: articleListSchema }],
      'GET /api/articles/{id}': [{ url: `/api/articles/${articleId}`, schema: articleDetailSchema }],
      'POST /api/cypher': [
        {
          url: '/api/cypher',
          init: post({ query: 'MATCH (a:Person)-[r]->(b) RETURN a, r, b.name LIMIT 5' }),
          schema: cypherResponseSchema,
        },
        {
          url: '/api/cypher',
          init: post({ query: 'MATCH (a:Person) RETURN a', explain: true }),
          schema: cypherPlanResponseSchema,
        },
      ],
      'POST /api/articles': [
        {
          url: '/api/articles',
          init: post({
            text: 'Antonov leaves Washington\n\nRussian ambassador Anatoly Antonov met Joe Biden in Geneva.',
            dryRun: true,
          }),
          schema: ingestResponseSchema,
        },
      ],
    };
    expect(operations.map((o) => o.key).sort()).toEqual(Object.keys(samples).sort());
    for (const { key, op } of operations) {
      const ok = Object.entries(op.responses).filter(([status]) => status.startsWith('2'));
      expect(ok.length, key).toBeGreaterThan(0);
      for (const [status, response] of ok) {
        const schema = response.content?.['application/json']?.schema;
        expect(schema, `${key} ${status}`).toBeDefined();
        expect(JSON.stringify(schema), `${key} ${status}`).toMatch(/"\$ref"|"properties"|"anyOf"|"oneOf"/);
      }
    }
    for (const [key, requests] of Object.entries(samples))
      for (const { url, init, schema } of requests) {
        const res = await fetch(app.url + url, init);
        const body: unknown = await res.json();
        expect(res.ok, `${key}: ${JSON.stringify(body).slice(0, 300)}`).toBe(true);
        const parsed = schema.safeParse(body);
        expect(parsed.error?.issues, key).toBeUndefined();
        // zod drops what its schema does not name: equal means the answer holds nothing undocumented.
        expect(parsed.data, key).toEqual(body);
      }
  });

  it('when a client accepts gzip, then large answers are compressed', async () => {
    const res = await fetch(`${app.url}/api/graph`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
  });

  it('when an unknown API route or bad JSON arrives, then a coded 4xx comes back', async () => {
    const unknown = await getJson<{ error: { code: string } }>(`${app.url}/api/nothing-here`);
    expect(unknown.status).toBe(404);
    const badJson = await fetch(`${app.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(badJson.status).toBe(400);
    expect(((await badJson.json()) as { error: { code: string } }).error.code).toBe('BAD_JSON');
  });
});
