// `npx tsx bench/api/time-detail-lists.ts [--articles 70000] [--concurrency 1] [--rounds 2]`: where an
// entity page's time goes on the bench:api graph. Each of the detail's queries alone (the relation-type
// look-up, each list's page with its total, the combined page, a bare `RETURN 1` for the round trip) is
// run over bench:api's 400 sampled people and over the 20 most mentioned, each in its own read
// transaction as the server sends it; printed per query: wall time per call (mean, p50, p95), the Neo4j
// JVM's CPU time per call (from /proc, so Linux only) and this process's, and database hits per call
// (one PROFILEd pass). The first round warms the JVM up and is not printed.
import type { ManagedTransaction } from 'neo4j-driver';
import { ENTITY_LISTS, listPageQuery, pageParams } from '../../server/src/neo4j/repositories/entity-lists.js';
import { DETAIL_PAGE_SIZE, readEntity } from '../../server/src/neo4j/repositories/entity-reads.js';
import { readRelationTypes } from '../../server/src/neo4j/repositories/relation-types.js';
import { argValue, printTable, startBenchNeo4j } from '../bench-neo4j.js';
import { cpuMsOfTree } from '../proc-cpu.js';
import { buildGraph } from './build-graph.js';

const articles = argValue('articles', 70_000);
const concurrency = argValue('concurrency', 1);
const rounds = argValue('rounds', 2);

interface Plan {
  dbHits?: number;
  children?: Plan[];
}
const hitsOf = (p: Plan): number => (p.dbHits ?? 0) + (p.children ?? []).reduce((a, c) => a + hitsOf(c), 0);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

const bench = await startBenchNeo4j(`api-${articles}`);
try {
  const counts = await buildGraph(bench.db, articles, Math.round(articles / 5), 11);
  console.log(`graph: ${JSON.stringify(counts)}`);
  const first = async (q: string) =>
    (await bench.db.read((tx) => tx.run(q))).records[0]!.get('ids') as string[];
  const ids = await first('MATCH (e:Person) WITH e ORDER BY e.id LIMIT 400 RETURN collect(e.id) AS ids');
  const hubs = await first(
    'MATCH (e:Person) WITH e ORDER BY e.mentions DESC LIMIT 20 RETURN collect(e.id) AS ids',
  );
  const types = await bench.db.read(readRelationTypes);
  const params = (id: string) => ({ id, ...pageParams(0, DETAIL_PAGE_SIZE) });
  const listQuery = (l: (typeof ENTITY_LISTS)[number]) =>
    `MATCH (e:Entity {id: $id})\n${listPageQuery(l, types)}\nRETURN ${l}, ${l}Total`;
  const combined = `MATCH (e:Entity {id: $id})
    ${ENTITY_LISTS.map((l) => listPageQuery(l, types)).join('\n')}
    RETURN e {.id, .name} AS entity, ${ENTITY_LISTS.map((l) => `${l}, ${l}Total`).join(', ')}`;
  /** Query text per case; null: readEntity as the server calls it (type look-up + combined page). */
  const cases: [string, string | null][] = [
    ['RETURN 1 (round trip)', 'RETURN 1 AS one'],
    ['RETURN 1, auto-commit', 'AUTO RETURN 1 AS one'],
    ['relation types', 'CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType'],
    ...ENTITY_LISTS.map((l): [string, string] => [`${l} alone`, listQuery(l)]),
    ['combined page (types cached)', combined],
    ['combined page, auto-commit', `AUTO ${combined}`],
    ['readEntity (as served)', null],
  ];
  /** One query in an auto-commit transaction (a session's run: no BEGIN and COMMIT round trip). */
  const autoCommit = async (q: string, id: string, profile: boolean) => {
    const session = bench.db.session('READ');
    try {
      const res = await session.run(profile ? `PROFILE ${q}` : q, params(id));
      return profile ? hitsOf(res.summary.profile as unknown as Plan) : 0;
    } finally {
      await session.close();
    }
  };
  const run = (q: string | null, id: string, profile = false) =>
    q === null
      ? readEntity(bench.db, id).then(() => 0)
      : q.startsWith('AUTO ')
        ? autoCommit(q.slice(5), id, profile)
        : bench.db.read(async (tx: ManagedTransaction) => {
            const res = await tx.run(profile ? `PROFILE ${q}` : q, params(id));
            return profile ? hitsOf(res.summary.profile as unknown as Plan) : 0;
          });
  const rows: Record<string, string | number>[] = [];
  for (const [sampleName, sample] of [
    ['sample', ids],
    ['hubs', hubs],
  ] as const) {
    for (let round = 0; round < rounds; round++) {
      for (const [name, q] of cases) {
        const ms: number[] = [];
        let next = 0;
        const neo0 = cpuMsOfTree(bench.pid!);
        const own0 = process.cpuUsage();
        const t0 = performance.now();
        await Promise.all(
          Array.from({ length: concurrency }, async () => {
            for (let i = next++; i < sample.length; i = next++) {
              const t = performance.now();
              await run(q, sample[i]!);
              ms.push(performance.now() - t);
            }
          }),
        );
        const wall = performance.now() - t0;
        const own = process.cpuUsage(own0);
        const neo = cpuMsOfTree(bench.pid!) - neo0;
        if (round < rounds - 1) continue;
        let hits = 0;
        if (q !== null) for (const id of sample) hits += await run(q, id, true);
        ms.sort((a, b) => a - b);
        rows.push({
          sample: sampleName,
          query: name,
          calls: ms.length,
          'mean ms': ms.reduce((a, b) => a + b, 0) / ms.length,
          'p50 ms': percentile(ms, 50),
          'p95 ms': percentile(ms, 95),
          'calls/s': (ms.length / wall) * 1000,
          'Neo4j CPU ms/call': neo / ms.length,
          'client CPU ms/call': (own.user + own.system) / 1000 / ms.length,
          'db hits/call': q === null ? '' : Math.round(hits / sample.length),
        });
      }
    }
  }
  console.log(`\n${concurrency} concurrent caller(s), page size ${DETAIL_PAGE_SIZE}`);
  printTable(rows);
} finally {
  await bench.stop();
}
