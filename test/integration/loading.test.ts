// Loading at scale, stable and race-free, against the real Neo4j (seeded):
//  - a batch holding an article the database refuses: that article fails alone and leaves nothing, the
//    others of its batch load;
//  - stable resolution: re-ingesting an article keeps the node ids it resolved to, whatever other
//    articles added meanwhile, in both orders (A, B, A again; B, A, B again);
//  - no duplicates: twenty parallel POST /api/articles (to two servers) naming the same new person, and
//    two `npm run ingest` processes at once, end in one node.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeArticle, seededRandom } from '../../bench/corpus/generate-corpus.js';
import type { AnnotationDocument } from '@dossier/model';
import { ArticleWriter } from '../../server/src/ingest/article-writer.js';
import { prepareArticle } from '../../server/src/ingest/load-articles.js';
import { readCounts } from '../../server/src/neo4j/repositories/index.js';
import type { ErrorBody, IngestResponse } from '@dossier/model';
import { emptyDatabase, postJson, startTestApp, type TestApp } from '../helpers/app.js';
import { poolPerson } from '../helpers/hub.js';
import { runIngest } from '../helpers/ingest-cli.js';

let app: TestApp;
let dir: string;
beforeAll(async () => {
  app = await startTestApp();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-loading-'));
});
afterAll(async () => {
  await app?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const post = (body: unknown) => postJson<IngestResponse & ErrorBody>(`${app.url}/api/articles`, body);
const idsOf = async (where: string, params: Record<string, unknown> = {}) =>
  (
    await app.db.read((tx) => tx.run(`MATCH (e:Person) WHERE ${where} RETURN e.id AS id ORDER BY id`, params))
  ).records.map((r) => r.get('id') as string);

/** Empties the database and loads the seed again (a fresh server start on an empty database). */
async function reseed(): Promise<void> {
  await app.stop();
  await emptyDatabase();
  app = await startTestApp({ empty: false });
}

describe('the article writer', () => {
  it('when a batch holds an article the database refuses, then that article fails alone, leaving nothing, and the others load', async () => {
    const person = poolPerson;
    const pools = {
      people: [person('Ilse Batchelor'), person('Ugo Batchmann'), person('Vera Loadova')],
      orgs: [{ id: 'organization:batch-office', type: 'Organization' as const, name: 'Batch Office' }],
      places: [{ id: 'place:batchville', type: 'Place' as const, name: 'Batchville' }],
    };
    const random = seededRandom(12);
    const inputs = Array.from({ length: 6 }, (_, i) => makeArticle(5000 + i, pools, random));
    // Article 3 has an id too long for Neo4j's index (validation knows no length): the database refuses it.
    const bad = inputs[3]!.document as AnnotationDocument;
    bad.article.id = `synthetic-${'x'.repeat(20_000)}`;
    const before = await readCounts(app.db);
    const writer = new ArticleWriter(app.db, { maxBatch: 10 });
    const results = await Promise.allSettled(
      inputs.map((input) => {
        const prepared = prepareArticle(input);
        if (!prepared.ok) throw new Error(JSON.stringify(prepared.errors));
        return writer.write({ text: input.text, doc: prepared.doc, resolve: true });
      }),
    );
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    expect(String((results[3] as PromiseRejectedResult).reason)).toMatch(/too large|size/i);
    // The six went as one batch, which failed; then each alone.
    expect(writer.stats).toEqual({ transactions: 5, articles: 5, retriedAlone: 6 });
    const after = await readCounts(app.db);
    expect(after['Article']).toBe(before['Article']! + 5);
    const left = await app.db.read((tx) =>
      tx.run(
        `RETURN COUNT { (:Article {id: $article}) } AS articles, COUNT { (:Event {id: $event}) } AS events,
                COUNT { (:Statement {id: $statement}) } AS statements`,
        { article: bad.article.id, event: bad.events[0]!.id, statement: bad.statements[0]!.id },
      ),
    );
    expect(left.records[0]!.toObject()).toEqual({ articles: 0, events: 0, statements: 0 });
  });
});

// Each test starts from a freshly seeded graph, and some start processes: minutes on a loaded machine.
describe('stable resolution', { timeout: 240_000 }, () => {
  // A names a lone "Sullivan": while John J. Sullivan (the seed) is the only Sullivan, it joins him. B
  // names Jake Sullivan, another person. Resolved afresh, A's "Sullivan" would now be ambiguous, and
  // B's Jake Sullivan, once a lone "Sullivan" node exists, would join it.
  const A = {
    id: 'test-wire-stable-a',
    text: 'Talks in Moscow\n\nAmbassador Sullivan met Vladimir Putin in Moscow on Monday.\n',
    outlet: 'Test Wire',
    published: '2021-07-05',
  };
  const B = {
    id: 'test-wire-stable-b',
    text: 'Talks in Geneva\n\nJake Sullivan met Vladimir Putin in Geneva on Tuesday. Sullivan said the talks were frank.\n',
    outlet: 'Test Wire',
    published: '2021-07-06',
  };
  const resolvedIds = (r: IngestResponse) =>
    Object.fromEntries(r.resolution.map((x) => [x.extractedId, x.resolvedId]));

  for (const [first, second, name] of [
    [A, B, 'A, B, A again'],
    [B, A, 'B, A, B again'],
  ] as const) {
    it(`when articles load in the order ${name}, then the article loaded again keeps its node ids`, async () => {
      await reseed();
      const one = await post(first);
      expect(one.status, JSON.stringify(one.body)).toBe(201);
      expect((await post(second)).status).toBe(201);
      const again = await post(first);
      expect(again.status, JSON.stringify(again.body)).toBe(201);
      expect(resolvedIds(again.body)).toEqual(resolvedIds(one.body));
      expect(again.body.resolution.map((r) => r.explanation).join('\n')).toContain(
        'as when this article was last loaded',
      );
      const sullivans = await idsOf(`e.name CONTAINS 'Sullivan'`);
      for (const id of Object.values(resolvedIds(one.body))) {
        if (id.includes('sullivan')) expect(sullivans).toContain(id);
      }
      // A's "Sullivan" stays John J. Sullivan (the seed), and Jake Sullivan stays his own node.
      if (first === A) expect(sullivans).toEqual(['person:jake-sullivan', 'person:john-sullivan']);
    });
  }
});

describe('no duplicates from concurrent ingests', { timeout: 240_000 }, () => {
  /** An article naming the new person one of three ways; each alone would join the others. */
  const variant = (i: number) =>
    [
      `Ambassador Tomasz Wierzbicki met Vladimir Putin in Moscow on Monday. Wierzbicki said the talks were useful.`,
      `Poland's ambassador, Tomasz K. Wierzbicki, met Vladimir Putin in Moscow on Monday.`,
      `Ambassador Wierzbicki met Vladimir Putin in Moscow on Monday.`,
    ][i % 3]!;

  it('when twenty POST /api/articles to two servers name the same new person at once, then the graph holds one node for him', async () => {
    await reseed();
    // A second server on the same database: its own driver and its own article writer.
    const other = await startTestApp({ empty: false });
    try {
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          postJson<IngestResponse & ErrorBody>(`${(i % 2 ? other : app).url}/api/articles`, {
            id: `test-wire-parallel-${i}`,
            text: `Envoy in Moscow ${i}\n\n${variant(i)}\n`,
            outlet: 'Test Wire',
            published: '2021-07-05',
          }),
        ),
      );
      for (const r of results) expect(r.status, JSON.stringify(r.body)).toBe(201);
      expect(await idsOf(`e.name CONTAINS 'Wierzbicki'`)).toHaveLength(1);
      const ids = new Set(results.flatMap((r) => r.body.document.entities.map((e) => e.id)));
      expect([...ids].filter((id) => id.includes('wierzbicki'))).toHaveLength(1);
    } finally {
      await other.stop();
    }
  });

  it('when two `npm run ingest` processes load articles naming the same new person at once, then one node holds him', async () => {
    await reseed();
    const files = (who: string, variants: number[]) =>
      Array.from({ length: 12 }, (_, i) => {
        const file = path.join(dir, `${who}-${i}.txt`);
        fs.writeFileSync(
          file,
          `Envoy in Moscow, ${who} ${i}\n\n${variant(variants[i % variants.length]!)}\n`,
        );
        return file;
      });
    const args = ['--outlet', 'Test Wire', '--published', '2021-07-05', '--quiet'];
    const [one, two] = await Promise.all([
      runIngest([...files('first', [0, 2]), ...args]),
      runIngest([...files('second', [1]), ...args]),
    ]);
    expect(one.code, one.stdout + one.stderr).toBe(0);
    expect(two.code, two.stdout + two.stderr).toBe(0);
    expect(one.stdout).toContain('12 of 12 file(s) loaded, 0 failed.');
    expect(two.stdout).toContain('12 of 12 file(s) loaded, 0 failed.');
    expect(await idsOf(`e.name CONTAINS 'Wierzbicki'`)).toHaveLength(1);
  });
});
