// `npx tsx bench/api/profile-queries.ts [--articles 70000] [--runs 40]`: PROFILEs the read repositories'
// Cypher on the bench:api graph, one query at a time, and prints database hits and time per call for
// search, entity detail, neighbours and shortest path. Database hits measure the work a query shape does
// and, unlike latency, do not move with the machine's load: the tool for comparing query shapes.
import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import type { Database } from '../../server/src/neo4j/database.js';
import { readEntity, readNeighbors, readShortestPaths } from '../../server/src/neo4j/repositories/index.js';
import { search } from '../../server/src/services/search-query.js';
import { SURNAMES } from '../corpus/names.js';
import { argValue, printTable, startBenchNeo4j } from '../bench-neo4j.js';
import { buildGraph } from './build-graph.js';

const articles = argValue('articles', 70_000);
const runs = argValue('runs', 40);

interface Plan {
  dbHits?: number;
  children?: Plan[];
}
const hitsOf = (p: Plan): number => (p.dbHits ?? 0) + (p.children ?? []).reduce((a, c) => a + hitsOf(c), 0);

/** A Database whose read transactions PROFILE every query and add up its database hits. */
function profiled(db: Database, tally: { hits: number }): Database {
  const read = db.read.bind(db);
  return Object.assign(Object.create(db) as Database, {
    read: <T>(work: (tx: ManagedTransaction) => Promise<T>) =>
      read((tx) =>
        work({
          run: async (query: string, params?: Record<string, unknown>): Promise<QueryResult> => {
            const result = await tx.run(`PROFILE ${query}`, params);
            tally.hits += hitsOf(result.summary.profile as unknown as Plan);
            return result;
          },
        } as unknown as ManagedTransaction),
      ),
  });
}

const bench = await startBenchNeo4j(`api-${articles}`);
try {
  const counts = await buildGraph(bench.db, articles, Math.round(articles / 5), 11);
  console.log(`graph: ${JSON.stringify(counts)}`);
  const sample = await bench.db.read((tx) =>
    tx.run('MATCH (e:Person) WITH e ORDER BY e.id LIMIT 400 RETURN collect(e.id) AS ids'),
  );
  const ids = sample.records[0]!.get('ids') as string[];
  const tally = { hits: 0 };
  const db = profiled(bench.db, tally);
  const cases: [string, (i: number) => Promise<unknown>][] = [
    ['search', (i) => search(db, SURNAMES[i % SURNAMES.length]!, 10)],
    ['entity detail', (i) => readEntity(db, ids[i % ids.length]!)],
    ['neighbours (50)', (i) => readNeighbors(db, ids[i % ids.length]!, 50)],
    ['shortest path', (i) => readShortestPaths(db, ids[i % ids.length]!, ids[(i * 7 + 13) % ids.length]!)],
  ];
  const rows: Record<string, string | number>[] = [];
  for (const [name, call] of cases) {
    tally.hits = 0;
    const started = performance.now();
    for (let i = 0; i < runs; i++) await call(i);
    rows.push({
      query: name,
      'db hits / call': Math.round(tally.hits / runs),
      'ms / call (profiled, one at a time)': (performance.now() - started) / runs,
    });
  }
  printTable(rows);
} finally {
  await bench.stop();
}
