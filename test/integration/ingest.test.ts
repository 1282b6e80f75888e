// Bring your own article, over real HTTP against the real Neo4j (seeded): POST /api/articles extracts,
// resolves entities against the graph and loads. Antonov is not duplicated; a second POST changes no
// count; an edited article replaces its contributions; dryRun writes nothing; bad input is refused with
// a coded error and nothing written; the token policy beyond loopback.
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app.js';
import type { AnnotationDocument } from '@dossier/model';
import { ingestArticle } from '../../server/src/ingest/ingest-article.js';
import { createLogger } from '../../server/src/logger.js';
import { readCounts, readRelationshipCounts } from '../../server/src/neo4j/repositories/index.js';
import type { ErrorBody, ArticleDetail, EntityDetail, IngestResponse } from '@dossier/model';
import { getJson, postJson, startTestApp, type TestApp } from '../helpers/app.js';

const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures', 'ingest');
const ANTONOV_TEXT = fs.readFileSync(path.join(FIXTURES, 'antonov-back-in-washington.txt'), 'utf8');
const SURNAME_TEXT = fs.readFileSync(path.join(FIXTURES, 'antonov-surname-only.txt'), 'utf8');
const MAX_BYTES = 65_536;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ env: { INGEST_MAX_BYTES: String(MAX_BYTES) } });
});
afterAll(async () => {
  await app?.stop();
});

const allCounts = async () => ({ ...(await readCounts(app.db)), ...(await readRelationshipCounts(app.db)) });
const post = (body: unknown) => postJson<IngestResponse & ErrorBody>(`${app.url}/api/articles`, body);
const antonovNodes = async () =>
  (
    await app.db.read((tx) =>
      tx.run(
        `MATCH (e:Person) WHERE e.name CONTAINS 'Antonov' RETURN e.id AS id, e.resolution AS resolution`,
      ),
    )
  ).records.map((r) => ({ id: r.get('id') as string, resolution: r.get('resolution') as string[] | null }));

describe('POST /api/articles', () => {
  it('when an article mentions Antonov, then it joins person:anatoly-antonov, whose detail lists the new article', async () => {
    const res = await post({ text: ANTONOV_TEXT, outlet: 'Test Wire', published: '2021-06-24' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const body = res.body;
    expect(body.loaded).toBe(true);
    expect(body.article.title).toBe('Russian envoy Antonov back in Washington after consultations');
    expect(body.article.id).toMatch(/^test-wire-2021-06-24-/);
    expect(body.text).toBe(ANTONOV_TEXT);
    expect(body.counts!.entities).toBeGreaterThan(0);
    const antonov = body.resolution.filter((r) => r.resolvedId === 'person:anatoly-antonov');
    expect(antonov.length, JSON.stringify(body.resolution)).toBeGreaterThan(0);
    expect(antonov.every((r) => r.matched)).toBe(true);
    expect(body.document.entities.filter((e) => e.id === 'person:anatoly-antonov')).toHaveLength(1);
    for (const e of body.document.entities)
      for (const m of e.mentions) expect(body.text.slice(m.start, m.end)).toBe(m.text);

    for (const r of body.document.relations) {
      for (const ev of r.evidence) expect(body.text.slice(ev.start, ev.end)).toBe(ev.text);
    }
    const rels = await app.db.read((tx) =>
      tx.run(
        `MATCH (:Entity)-[r]->(:Entity) WHERE $id IN r.articleIds
         RETURN r.articleIds AS ids, r.evidence AS evidence, r.evidenceStarts AS starts, r.evidenceEnds AS ends`,
        { id: body.article.id },
      ),
    );
    expect(rels.records.length).toBe(
      new Set(
        body.document.relations.map(
          (r) => `${r.source}|${r.type}|${r.target}|${r.date ?? ''}|${r.place ?? ''}`,
        ),
      ).size,
    );
    for (const rec of rels.records) {
      (rec.get('ids') as string[]).forEach((id, i) => {
        if (id !== body.article.id) return;
        const start = (rec.get('starts') as number[])[i]!;
        const end = (rec.get('ends') as number[])[i]!;
        expect(ANTONOV_TEXT.slice(start, end)).toBe((rec.get('evidence') as string[])[i]);
      });
    }
    const nodes = await antonovNodes();
    expect(nodes.map((n) => n.id)).toEqual(['person:anatoly-antonov']);
    const merged = antonov.filter((r) => r.extractedId !== 'person:anatoly-antonov');
    for (const r of merged) {
      expect(nodes[0]!.resolution).toEqual(
        expect.arrayContaining([
          expect.stringContaining(`${body.article.id}: '${r.name}' → person:anatoly-antonov`),
        ]),
      );
    }
    const detail = await getJson<EntityDetail>(`${app.url}/api/entities/person:anatoly-antonov`);
    expect(detail.body.articles.map((a) => a.id)).toContain(body.article.id);
    const article = await getJson<ArticleDetail>(`${app.url}/api/articles/${body.article.id}`);
    expect(article.status).toBe(200);
    expect(article.body.text).toBe(ANTONOV_TEXT);
    expect(article.body.highlights.some((h) => h.entityId === 'person:anatoly-antonov')).toBe(true);
  });

  it('when an article names him only as "Antonov", then that entity merges into person:anatoly-antonov, with a note on the node', async () => {
    const res = await post({ text: SURNAME_TEXT, outlet: 'Test Wire', published: '2021-07-02' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const r = res.body.resolution.find((x) => x.resolvedId === 'person:anatoly-antonov');
    expect(r, JSON.stringify(res.body.resolution)).toMatchObject({ matched: true });
    expect(r!.extractedId).not.toBe('person:anatoly-antonov');
    expect(['surname', 'alias', 'exact-name']).toContain(r!.rule);
    const entity = res.body.document.entities.find((e) => e.id === 'person:anatoly-antonov')!;
    expect(entity.name).toBe('Anatoly Antonov');
    const nodes = await antonovNodes();
    expect(nodes.map((n) => n.id)).toEqual(['person:anatoly-antonov']);
    expect(nodes[0]!.resolution).toEqual(
      expect.arrayContaining([
        `${res.body.article.id}: '${r!.name}' → person:anatoly-antonov (${r!.rule === 'surname' ? 'surname of a unique person' : r!.rule === 'alias' ? 'name equals an alias' : 'same name'})`,
      ]),
    );
    const detail = await getJson<EntityDetail>(`${app.url}/api/entities/person:anatoly-antonov`);
    expect(detail.body.articles.map((a) => a.id)).toContain(res.body.article.id);
    expect(detail.body.resolution).toEqual(nodes[0]!.resolution);
  });

  it('when the same article is posted twice, then no count changes and it resolves the same way', async () => {
    const body = { text: ANTONOV_TEXT, outlet: 'Test Wire', published: '2021-06-24' };
    const first = await post(body);
    expect(first.status).toBe(201);
    const before = await allCounts();
    const second = await post(body);
    expect(second.status).toBe(201);
    expect(second.body.article.id).toBe(first.body.article.id);
    expect(second.body.resolution).toEqual(first.body.resolution);
    expect(await allCounts()).toEqual(before);
    const notes = (await antonovNodes())[0]!.resolution ?? [];
    expect(new Set(notes).size).toBe(notes.length);
  });

  it('when an edited article is posted with the same id, then its earlier contributions are gone', async () => {
    const id = 'test-wire-edited-article';
    const v1 = `Envoy returns\n\nAnatoly Antonov landed at Dulles Airport near Washington, officials at Zephyrville Institute said.\n`;
    const r1 = await post({ id, text: v1, outlet: 'Test Wire', published: '2021-06-25' });
    expect(r1.status).toBe(201);
    const v1Ids = r1.body.document.entities.map((e) => e.id);
    const v2 = `Envoy returns\n\nAntonov spoke in Moscow.\n`;
    const r2 = await post({ id, text: v2, outlet: 'Test Wire', published: '2021-06-25' });
    expect(r2.status).toBe(201);
    const v2Ids = new Set(r2.body.document.entities.map((e) => e.id));
    const gone = v1Ids.filter((x) => !v2Ids.has(x));
    expect(gone.length).toBeGreaterThan(0);
    const res = await app.db.read((tx) =>
      tx.run(
        `UNWIND $ids AS id OPTIONAL MATCH (e:Entity {id: id})-[:MENTIONED_IN]->(:Article {id: $article})
         RETURN count(e) AS n`,
        { ids: gone, article: id },
      ),
    );
    expect(res.records[0]!.get('n')).toBe(0);
    const article = await getJson<ArticleDetail>(`${app.url}/api/articles/${id}`);
    expect(article.body.text).toBe(v2);
    for (const h of article.body.highlights) expect(h.end).toBeLessThanOrEqual(v2.length);
    expect((await antonovNodes()).map((n) => n.id)).toEqual(['person:anatoly-antonov']);
  });

  it('when an article that merged "Antonov" is edited to drop him, then its note on his node is gone too', async () => {
    const id = 'test-wire-note-retracted';
    const r1 = await post({ id, text: SURNAME_TEXT, outlet: 'Test Wire', published: '2021-07-02' });
    expect(r1.status).toBe(201);
    const notes = async () =>
      ((await antonovNodes())[0]!.resolution ?? []).filter((n) => n.startsWith(`${id}: `));
    expect(await notes()).toHaveLength(1);
    const r2 = await post({
      id,
      text: 'Snow in Moscow\n\nIt snowed in Moscow on Friday.\n',
      outlet: 'Test Wire',
    });
    expect(r2.status).toBe(201);
    expect(await notes()).toEqual([]);
    const mentions = await app.db.read((tx) =>
      tx.run(
        `MATCH (:Person {id: 'person:anatoly-antonov'})-[m:MENTIONED_IN]->(:Article {id: $id}) RETURN count(m) AS n`,
        { id },
      ),
    );
    expect(mentions.records[0]!.get('n')).toBe(0);
  });

  it('when dryRun is set, then the answer is 200 with the resolved document and nothing is written', async () => {
    const before = await allCounts();
    const res = await post({
      id: 'test-wire-dry-run',
      text: 'A dry run\n\nAntonov met Joe Biden in Geneva.',
      outlet: 'Test Wire',
      published: '2021-06-16',
      dryRun: true,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.loaded).toBe(false);
    expect(res.body.counts).toBeUndefined();
    expect(res.body.document.article.id).toBe('test-wire-dry-run');
    expect(await allCounts()).toEqual(before);
    expect((await getJson(`${app.url}/api/articles/test-wire-dry-run`)).status).toBe(404);
  });

  it('when HTML is posted, then the offsets point into the text the answer gives', async () => {
    const res = await post({
      html: '<html><head><title>Antonov in Washington</title></head><body><article><h1>Antonov in Washington</h1><p>Anatoly Antonov returned to Washington on Thursday.</p></article></body></html>',
      outlet: 'Test Wire',
      published: '2021-06-24',
      dryRun: true,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.article.title).toBe('Antonov in Washington');
    for (const e of res.body.document.entities)
      for (const m of e.mentions) expect(res.body.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('when the input is bad, then a coded error says what is wrong and nothing is written', async () => {
    const before = await allCounts();
    const cases: [unknown, number, string][] = [
      [{ text: '' }, 400, 'EMPTY_ARTICLE'],
      [{ text: ' \n\t  ' }, 400, 'EMPTY_ARTICLE'],
      [{ text: 'GIF89a\u0000\u0001\u0002binary' }, 400, 'BINARY_INPUT'],
      [{ text: '\u0001\u0002\u0003\u0004\u0005\u0006ab' }, 400, 'BINARY_INPUT'],
      [{ text: 'a', html: '<p>a</p>' }, 400, 'INVALID_INPUT'],
      [{}, 400, 'INVALID_INPUT'],
      [{ text: 'Hello', published: 'last week' }, 400, 'INVALID_INPUT'],
      [{ text: 'Hello', id: 'Not A Slug' }, 400, 'INVALID_INPUT'],
      [{ text: 'Hello', extra: 1 }, 400, 'INVALID_INPUT'],
      [{ text: 'é'.repeat(MAX_BYTES / 2 + 1) }, 413, 'ARTICLE_TOO_LARGE'],
      [{ text: 'x'.repeat(MAX_BYTES * 3) }, 413, 'ARTICLE_TOO_LARGE'],
    ];
    for (const [body, status, code] of cases) {
      const res = await post(body);
      expect([res.status, res.body.error?.code], JSON.stringify(body).slice(0, 80)).toEqual([status, code]);
      expect(res.body.error.message.length).toBeGreaterThan(0);
    }
    const notJson = await fetch(`${app.url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'Antonov',
    });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as ErrorBody).error.code).toBe('INVALID_INPUT');
    expect(await allCounts()).toEqual(before);
  });

  it('when the OpenAPI document is read, then it describes POST /api/articles', async () => {
    const { body } = await getJson<{ paths: Record<string, Record<string, unknown>> }>(
      `${app.url}/api/openapi.json`,
    );
    expect(Object.keys(body.paths['/api/articles']!)).toEqual(expect.arrayContaining(['get', 'post']));
  });
});

describe('the pipeline with a document that has relations', () => {
  it('when a surname-only entity carries relations, events and statements, then all are remapped and the evidence matches', async () => {
    const text =
      'Antonov thanked Americans\n\nAntonov flew back to Washington. "We will work," Antonov said.\n';
    const at = (s: string, from = 0) => {
      const start = text.indexOf(s, from);
      return { start, end: start + s.length, text: s };
    };
    const articleId = 'test-wire-2021-06-26-relations';
    const doc: AnnotationDocument = {
      article: {
        id: articleId,
        title: 'Antonov thanked Americans',
        outlet: 'Test Wire',
        published: '2021-06-26',
        url: null,
        language: 'en',
      },
      body: { start: 0, end: text.length },
      entities: [
        {
          id: 'person:antonov',
          type: 'Person',
          name: 'Antonov',
          aliases: [],
          mentions: [at('Antonov'), at('Antonov', 20), at('Antonov', 70)],
        },
        {
          id: 'place:washington',
          type: 'Place',
          name: 'Washington',
          aliases: [],
          mentions: [at('Washington')],
        },
      ],
      events: [
        {
          id: 'event:antonov-flies-back-2021-06-26',
          type: 'return',
          label: 'Antonov flies back to Washington',
          date: '2021-06-26',
          place: 'place:washington',
          participants: [{ entity: 'person:antonov', role: 'subject' }],
          evidence: [at('Antonov flew back to Washington.')],
        },
      ],
      statements: [
        {
          id: 'statement:antonov-we-will-work',
          speaker: 'person:antonov',
          quote: 'We will work,',
          ...pos(at('We will work,')),
          date: '2021-06-26',
          about: [],
        },
      ],
      relations: [
        {
          source: 'person:antonov',
          type: 'RETURNED_TO',
          target: 'place:washington',
          date: '2021-06-26',
          evidence: [at('Antonov flew back to Washington.')],
        },
      ],
    };
    const outcome = await ingestArticle(
      app.db,
      { source: 'relations.txt', raw: text, format: 'text', meta: { id: articleId } },
      { extract: () => ({ text, document: structuredClone(doc), warnings: [] }) },
    );
    expect(outcome.loaded).toBe(true);
    expect(outcome.resolution[0]).toMatchObject({
      extractedId: 'person:antonov',
      resolvedId: 'person:anatoly-antonov',
      rule: 'surname',
    });
    const res = await app.db.read((tx) =>
      tx.run(
        `MATCH (a:Person {id: 'person:anatoly-antonov'})-[r:RETURNED_TO]->(:Place {id: 'place:washington'})
         WHERE $id IN r.articleIds
         RETURN r.articleIds AS ids, r.evidence AS evidence, r.evidenceStarts AS starts, r.evidenceEnds AS ends,
                EXISTS { (a)-[:PARTICIPATED_IN]->(:Event {id: 'event:antonov-flies-back-2021-06-26'}) } AS took,
                EXISTS { (a)-[:SAID]->(:Statement {id: 'statement:antonov-we-will-work'}) } AS said,
                EXISTS { (:Person {id: 'person:antonov'}) } AS duplicate`,
        { id: articleId },
      ),
    );
    expect(res.records).toHaveLength(1);
    const rec = res.records[0]!;
    const ids = rec.get('ids') as string[];
    const i = ids.indexOf(articleId);
    expect(text.slice((rec.get('starts') as number[])[i], (rec.get('ends') as number[])[i])).toBe(
      (rec.get('evidence') as string[])[i],
    );
    expect([rec.get('took'), rec.get('said'), rec.get('duplicate')]).toEqual([true, true, false]);
    const detail = await getJson<EntityDetail>(`${app.url}/api/entities/person:anatoly-antonov`);
    const returned = detail.body.relations.filter((r) => r.type === 'RETURNED_TO').flatMap((r) => r.evidence);
    expect(
      returned.some((e) => e.articleId === articleId && e.text === 'Antonov flew back to Washington.'),
    ).toBe(true);
  });
});

describe('resolution against the seeded graph: false friends', () => {
  /** Dry-runs a document of one entity per line through the pipeline, with the real graph's candidates. */
  async function resolveLines(
    entities: { id: string; type: 'Person' | 'Organization' | 'Place'; name: string }[],
    published: string | null,
  ) {
    let text = '';
    const ents = entities.map((e) => {
      const start = text.length;
      text += `${e.name}\n`;
      return { ...e, aliases: [], mentions: [{ start, end: start + e.name.length, text: e.name }] };
    });
    const doc: AnnotationDocument = {
      article: {
        id: 'test-false-friends',
        title: 'False friends',
        outlet: 'Test',
        published,
        url: null,
        language: 'en',
      },
      body: { start: 0, end: text.length },
      entities: ents,
      events: [],
      statements: [],
      relations: [],
    };
    const out = await ingestArticle(
      app.db,
      { source: 'false-friends.txt', raw: text, format: 'text', meta: {}, dryRun: true },
      { extract: () => ({ text, document: structuredClone(doc), warnings: [] }) },
    );
    return out;
  }

  it('when "Justin Sullivan" (a photographer) appears, then he does not join John J. Sullivan', async () => {
    const out = await resolveLines(
      [{ id: 'person:justin-sullivan', type: 'Person', name: 'Justin Sullivan' }],
      '2022-04-10',
    );
    expect(out.resolution[0]).toMatchObject({ resolvedId: 'person:justin-sullivan', matched: false });
    expect(out.resolution[0]!.explanation).toContain('given names differ (justin vs john)');
    const john = await resolveLines(
      [{ id: 'person:j-sullivan', type: 'Person', name: 'J. Sullivan' }],
      '2022-04-10',
    );
    expect(john.resolution[0]).toMatchObject({ resolvedId: 'person:john-sullivan', rule: 'surname' });
  });

  it('when the article also names Justin Sullivan, then "J. Sullivan" and "Sullivan" are ambiguous: not merged, a warning', async () => {
    const out = await resolveLines(
      [
        { id: 'person:justin-sullivan', type: 'Person', name: 'Justin Sullivan' },
        { id: 'person:j-sullivan', type: 'Person', name: 'J. Sullivan' },
        { id: 'person:sullivan', type: 'Person', name: 'Sullivan' },
      ],
      '2022-04-10',
    );
    expect(out.resolution.map((r) => [r.resolvedId, r.rule])).toEqual([
      ['person:justin-sullivan', 'new'],
      ['person:j-sullivan', 'ambiguous'],
      ['person:sullivan', 'ambiguous'],
    ]);
    expect(
      out.warnings.filter((w) => w.includes('person:john-sullivan or person:justin-sullivan')),
    ).toHaveLength(2);
  });

  it('when a person is named like a place ("Washington"), then the type keeps them apart', async () => {
    const out = await resolveLines(
      [{ id: 'person:washington', type: 'Person', name: 'Washington' }],
      '2021-06-20',
    );
    expect(out.resolution[0]).toMatchObject({ resolvedId: 'person:washington', matched: false });
  });

  it('when "Russia\'s envoy to the United States" appears in 2021, then it is Antonov; in 1998, it is not', async () => {
    const name = "Russia's envoy to the United States";
    const recent = await resolveLines([{ id: 'person:russias-envoy', type: 'Person', name }], '2021-11-02');
    expect(recent.resolution[0]).toMatchObject({ rule: 'role-phrase', resolvedId: 'person:anatoly-antonov' });
    const old = await resolveLines([{ id: 'person:russias-envoy', type: 'Person', name }], '1998-02-11');
    expect(old.resolution[0]).toMatchObject({
      rule: 'new',
      resolvedId: 'person:russias-envoy',
      matched: false,
    });
    expect(old.resolution[0]!.explanation, old.resolution[0]!.explanation).toMatch(
      /1998-02-11 is more than 2 years from its period 20\d\d/,
    );
    expect(old.warnings.join('\n')).toContain('person:anatoly-antonov');
  });
});

function pos(s: { start: number; end: number }) {
  return { start: s.start, end: s.end };
}

describe('the ingestion token beyond loopback', () => {
  let server: Server | null = null;
  afterAll(() => server?.close());

  /** The same app on 127.0.0.1, but configured as if it listened on 0.0.0.0. */
  async function appFor(env: { token?: string }): Promise<string> {
    server?.close();
    const config = { ...app.config, host: '0.0.0.0', ingest: { ...app.config.ingest, token: env.token } };
    const express = createApp({
      db: app.db,
      config,
      logger: createLogger('silent'),
      clientDir: '/nonexistent',
      version: 'test',
    });
    server = await new Promise<Server>((resolve) => {
      const s = express.listen(0, '127.0.0.1', () => resolve(s));
    });
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }
  const body = JSON.stringify({ text: 'Token test\n\nAntonov.', dryRun: true });
  const send = (url: string, headers: Record<string, string> = {}) =>
    fetch(`${url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  it('when no token is set, then ingestion is refused with 403 INGESTION_DISABLED and reading still works', async () => {
    const url = await appFor({});
    const res = await send(url);
    expect(res.status).toBe(403);
    const json = (await res.json()) as ErrorBody;
    expect(json.error.code).toBe('INGESTION_DISABLED');
    expect(json.error.hint).toContain('INGEST_TOKEN');
    expect((await fetch(`${url}/api/articles`)).status).toBe(200);
  });

  it('when a token is set, then it is required (401 INGEST_TOKEN_REQUIRED) and the right one is let in', async () => {
    const url = await appFor({ token: 'a-long-test-token' });
    const none = await send(url);
    expect(none.status).toBe(401);
    expect(((await none.json()) as ErrorBody).error.code).toBe('INGEST_TOKEN_REQUIRED');
    expect((await send(url, { authorization: 'Bearer wrong' })).status).toBe(401);
    const ok = await send(url, { authorization: 'Bearer a-long-test-token' });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as IngestResponse).loaded).toBe(false);
  });
});
