// The overview against the real Neo4j holding the seed: the most reported entities (whole archive and a
// period) with the strongest links among them and events behind them, "N of M", work bounded per entity,
// one computation for identical requests in flight, and an answer that follows new and edited articles at
// once (the cache is dropped when the archive changes), each node placed by the server's layout. The loader keeps Entity.mentions equal to the
// count it stands for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestResponse, WireGraph } from '@dossier/model';
import type { Database } from '../../server/src/neo4j/database.js';
import { readCandidateLinks, readTopEntities } from '../../server/src/neo4j/repositories/overview-reads.js';
import { dateBound, OVERVIEW_TYPES } from '../../server/src/services/graph-service.js';
import { buildMentionIndex } from '../../server/src/services/mention-index.js';
import { cachedOverview, readOverview } from '../../server/src/services/overview.js';
import { layoutCounts } from '../../server/src/services/overview-layout-thread.js';
import { getJson, postJson, startTestApp, type TestApp } from '../helpers/app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

const overview = async (query: string) => {
  const res = await getJson<WireGraph>(`${app.url}/api/graph${query}`);
  expect(res.status).toBe(200);
  return res.body;
};

/** The ranking computed the slow, obvious way: articles (published in the period) that mention each. */
async function expectedTop(limit: number, from = '0000', to = '9999') {
  const res = await app.db.read((tx) =>
    tx.run(
      `MATCH (e:Entity)-[:MENTIONED_IN]->(a:Article)
       WHERE a.published >= $from AND left(a.published, ${from.length}) <= $to
       WITH e, count(a) AS m ORDER BY m DESC, e.id
       RETURN collect(e.id) AS ids`,
      { from, to },
    ),
  );
  const ids = res.records[0]!.get('ids') as string[];
  return { top: ids.slice(0, limit), total: ids.length };
}

describe('the overview', () => {
  it('when the archive is asked, then it shows the most reported entities, the links among them and "N of M"', async () => {
    const g = await overview('?types=Person,Organization,Place&limit=12');
    const { top, total } = await expectedTop(12);
    expect(g.nodes.map((n) => n.key)).toEqual(top);
    expect(g.total).toBe(total);
    expect(g.truncated).toBe(true);
    expect(g.edges.length).toBeGreaterThan(0);
    expect(g.edges.length).toBeLessThanOrEqual(2 * 12 * 3);
    for (const e of g.edges) expect(e.attributes.outlets).toBeGreaterThanOrEqual(1);
  });

  it('when the overview is asked, then every node comes placed by the server, the same way on each answer', async () => {
    const first = await overview('?limit=30');
    const positions = (g: WireGraph) => g.nodes.map((n) => [n.key, n.attributes.x, n.attributes.y]);
    expect(first.nodes.length).toBeGreaterThan(10);
    for (const n of first.nodes) {
      expect(Number.isFinite(n.attributes.x) && Number.isFinite(n.attributes.y)).toBe(true);
    }
    expect(new Set(first.nodes.map((n) => `${n.attributes.x},${n.attributes.y}`)).size).toBe(
      first.nodes.length,
    );
    // The next answer comes from the cache; one computed afresh, past the cache, places alike.
    expect(positions(await overview('?limit=30'))).toEqual(positions(first));
    const fresh = await readOverview(app.db, { types: OVERVIEW_TYPES, from: null, to: null, limit: 30 });
    expect(positions(fresh)).toEqual(positions(first));
    // Laid out in the layout worker, never on the event loop (where it held up every other request).
    expect(layoutCounts.worker).toBeGreaterThanOrEqual(2);
    expect(layoutCounts.callingThread).toBe(0);
  });

  it('when events are among the types, then events behind the strongest links join, joined to their parties', async () => {
    const g = await overview('?limit=20');
    const events = g.nodes.filter((n) => n.attributes.type === 'Event');
    expect(events.length).toBeGreaterThan(0);
    expect(events.length).toBeLessThanOrEqual(4);
    const keys = new Set(g.nodes.map((n) => n.key));
    for (const ev of events) {
      const participations = g.edges.filter(
        (e) => e.target === ev.key && e.attributes.type === 'PARTICIPATED_IN',
      );
      expect(participations.length, ev.key).toBeGreaterThan(0);
    }
    for (const e of g.edges) expect(keys.has(e.source) && keys.has(e.target)).toBe(true);
  });

  it('when a period is chosen, then the ranking counts that period’s articles only', async () => {
    const g = await overview('?types=Person,Organization,Place&from=2022&to=2022&limit=8');
    const { top, total } = await expectedTop(8, '2022', '2022');
    expect(g.nodes.map((n) => n.key)).toEqual(top);
    expect(g.total).toBe(total);
  });

  it('when the mention index is built, then it ranks every period and type as the ranking query does', async () => {
    const index = await buildMentionIndex(app.db);
    // The seed's five articles have five publication dates, one of them a month ("2022-04").
    expect(index.size).toBeGreaterThanOrEqual(5);
    const periods: [string | undefined, string | undefined][] = [
      ['2022', '2022'],
      ['2021-03', '2021-06'],
      [undefined, '2021'],
      ['2023', undefined],
      ['2021-03-20', '2021-03-20'],
      ['2022-04-10', '2022-04-10'],
      ['1990', '1991'],
    ];
    const typeSets = [['Person', 'Organization', 'Place'], ['Person'], ['Organization', 'Place']];
    let compared = 0;
    for (const [from, to] of periods)
      for (const types of typeSets) {
        const period = { from: dateBound(from, 'from'), to: dateBound(to, 'to') };
        const byQuery = await app.db.read((tx) => readTopEntities(tx, types, period, 8));
        expect(index.rank(types, period, 8), `${from}..${to} ${types.join()}`).toEqual(byQuery);
        if (byQuery.ids.length) compared += 1;
      }
    expect(compared).toBeGreaterThan(6);
  });

  it('when the link index is built, then it finds the links the query finds reading every relation', async () => {
    const index = await buildMentionIndex(app.db);
    expect(index.links!.size).toBeGreaterThan(10);
    const periods: [string | undefined, string | undefined][] = [
      [undefined, undefined],
      ['2022', '2022'],
      ['2021-03', '2021-06'],
      [undefined, '2021'],
      ['2023', undefined],
      ['1990', '1991'],
    ];
    const key = (l: { source: string; target: string; weight: number }) =>
      `${l.source} ${l.target} ${l.weight}`;
    let compared = 0;
    for (const [from, to] of periods) {
      const period = { from: dateBound(from, 'from'), to: dateBound(to, 'to') };
      const top = await app.db.read((tx) => readTopEntities(tx, OVERVIEW_TYPES, period, 40));
      const byQuery = await app.db.read((tx) => readCandidateLinks(tx, top, period, 1e6));
      const byIndex = index.links!.candidates(top, period);
      // Per pair and type the same weight (which of equally reported relationships stands for them may
      // differ: the query's order among ties is Neo4j's).
      expect(byIndex.map(key).sort(), `${from}..${to}`).toEqual(byQuery.map(key).sort());
      if (byQuery.length) compared += 1;
    }
    expect(compared).toBeGreaterThan(2);
  });

  it('when the overview is asked again with its ETag, then 304; its edges carry outlets, not article lists', async () => {
    const first = await fetch(`${app.url}/api/graph?limit=30`, { headers: { 'accept-encoding': 'gzip' } });
    expect(first.status).toBe(200);
    expect(first.headers.get('content-encoding')).toBe('gzip');
    const body = (await first.json()) as WireGraph;
    expect(body.edges.length).toBeGreaterThan(0);
    for (const e of body.edges) {
      expect(e.attributes.articleIds).toBeUndefined();
      expect(e.attributes.outlets).toBeGreaterThanOrEqual(1);
    }
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    // fetch adds "Cache-Control: no-cache" to a conditional request unless one is given, and a server
    // must not answer no-cache with 304.
    const again = await fetch(`${app.url}/api/graph?limit=30`, {
      headers: { 'if-none-match': etag!, 'cache-control': 'max-age=0' },
    });
    expect(again.status).toBe(304);
    const plain = await fetch(`${app.url}/api/graph?limit=30`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.json()).toEqual(body);
  });

  it('when the links are searched, then no more than the given number of relations of each entity is read', async () => {
    const everything = { from: null, to: null };
    const [one, all] = await app.db.read(async (tx) => {
      const top = await readTopEntities(tx, ['Person', 'Organization', 'Place'], everything, 40);
      return [
        await readCandidateLinks(tx, top, everything, 1),
        await readCandidateLinks(tx, top, everything, 1e4),
      ];
    });
    const perSource = (ls: typeof one) => {
      const counts = new Map<string, number>();
      for (const l of ls) counts.set(l.source, (counts.get(l.source) ?? 0) + 1);
      return Math.max(...counts.values());
    };
    expect(perSource(all)).toBeGreaterThan(1);
    expect(perSource(one)).toBe(1);
    // The pair read with one relation per entity is a pair read with all of them. Not the same
    // relationship: where a pair holds several of one type (other files add some to the shared graph),
    // the one read first need not be the best-reported one.
    const pairs = new Set(all.map((m) => `${m.source} ${m.target}`));
    expect(one.filter((l) => !pairs.has(`${l.source} ${l.target}`))).toEqual([]);
  });

  it('when the same overview is asked several times at once, then it is computed once', async () => {
    let reads = 0;
    const counting = Object.assign(Object.create(app.db) as Database, {
      read: (work: Parameters<Database['read']>[0]) => {
        reads += 1;
        return app.db.read(work);
      },
    });
    const q = { types: OVERVIEW_TYPES, from: null, to: null, limit: 17 };
    const answers = await Promise.all(Array.from({ length: 6 }, () => cachedOverview(counting, q)));
    // Six reads of the archive's version, one computation.
    expect(reads).toBe(7);
    for (const a of answers) expect(a).toBe(answers[0]);
    await cachedOverview(counting, q);
    expect(reads).toBe(8);
  });

  it('when an article is added or edited, then the next overview counts it, and mentions stay exact', async () => {
    const before = await overview('?types=Person,Organization,Place&limit=5');
    const text =
      'Ruritanian envoy recalled\n\nRuritania recalled its ambassador Boris Tellmann on March 3, 2023, after talks with Freedonia failed.';
    const res = await postJson<IngestResponse>(`${app.url}/api/articles`, {
      text,
      outlet: 'Test Wire',
      published: '2023-03-04',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const after = await overview('?types=Person,Organization,Place&limit=5');
    expect(after.total).toBeGreaterThan(before.total);
    const people = async () => (await overview('?types=Person&limit=500')).nodes.map((n) => n.key).sort();
    const peopleInGraph = () =>
      app.db.read(async (tx) => {
        const res = await tx.run('MATCH (p:Person) RETURN p.id AS id ORDER BY id');
        return res.records.map((r) => r.get('id') as string);
      });
    const peopleBefore = await people();
    expect(peopleBefore).toEqual(await peopleInGraph());
    // The same article edited: its earlier contributions are retracted, and the counts follow.
    const edited = await postJson<IngestResponse>(`${app.url}/api/articles`, {
      text: text.replace('Boris Tellmann', 'Anatoly Antonov'),
      id: res.body.article.id,
      outlet: 'Test Wire',
      published: '2023-03-04',
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(201);
    // Asked before the edit (and cached), asked again after it: the people of the archive as they are now.
    expect(await people()).not.toEqual(peopleBefore);
    expect(await people()).toEqual(await peopleInGraph());
    const drift = await app.db.read((tx) =>
      tx.run(
        'MATCH (e:Entity) WHERE e.mentions <> COUNT { (e)-[:MENTIONED_IN]->() } OR e.mentions IS NULL RETURN count(e) AS n',
      ),
    );
    expect(drift.records[0]!.get('n')).toBe(0);
  });
});
