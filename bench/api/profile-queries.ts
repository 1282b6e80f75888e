// `npx tsx bench/api/profile-queries.ts [--articles 70000] [--runs 40] [--only overview,entity]`: PROFILEs
// the read repositories' Cypher on the bench:api graph, one call at a time, and prints database hits and
// time per call for search, entity detail (the capped read with its stored corroboration counts, the
// service's detail, and the same page with its counts judged at read time), the corroboration of
// the items the panel opens, neighbours, shortest path and
// the overview (whole archive, a year, a month; uncached), then the hits of each call split by the
// repository function that sent the query. Database hits measure the work a query shape does and, unlike
// latency, do not move with the machine's load: the tool for comparing query shapes.
import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import type { Database } from '../../server/src/neo4j/database.js';
import { readEntity, readNeighbors, readShortestPaths } from '../../server/src/neo4j/repositories/index.js';
import { corroborateEntity, itemCorroboration } from '../../server/src/services/corroboration.js';
import { dateBound, OVERVIEW_TYPES } from '../../server/src/services/graph-service.js';
import { readOverview } from '../../server/src/services/overview.js';
import { search } from '../../server/src/services/search-query.js';
import { relationRefOf } from '@dossier/model';
import { SURNAMES } from '../corpus/names.js';
import { argValue, printTable, startBenchNeo4j } from '../bench-neo4j.js';
import { buildGraph } from './build-graph.js';

const articles = argValue('articles', 70_000);
const runs = argValue('runs', 40);
/** `--only a,b`: run only the cases whose name starts with one of these. */
const only = process.argv.includes('--only')
  ? process.argv[process.argv.indexOf('--only') + 1]!.split(',')
  : null;

interface Plan {
  dbHits?: number;
  children?: Plan[];
}
const hitsOf = (p: Plan): number => (p.dbHits ?? 0) + (p.children ?? []).reduce((a, c) => a + hitsOf(c), 0);

/** The repository (or service) function that sent the query (its file when it has no name). */
function sender(): string {
  const frames = (new Error().stack ?? '').split('\n').slice(2);
  const frame = frames.find((f) => /server\/src\/(neo4j\/repositories|services)\//.test(f)) ?? '';
  return /at (?:async )?([\w.]+) \(/.exec(frame)?.[1] ?? /([\w-]+)\.ts:\d+/.exec(frame)?.[1] ?? 'other';
}

/** Database hits, in all and by the function that sent each query. */
class Tally {
  hits = 0;
  bySender = new Map<string, number>();
  add(from: string, hits: number) {
    this.hits += hits;
    this.bySender.set(from, (this.bySender.get(from) ?? 0) + hits);
  }
  reset() {
    this.hits = 0;
    this.bySender.clear();
  }
}

/** A Database whose read transactions PROFILE every query and add up its database hits. */
function profiled(db: Database, tally: Tally): Database {
  const read = db.read.bind(db);
  return Object.assign(Object.create(db) as Database, {
    read: <T>(work: (tx: ManagedTransaction) => Promise<T>) =>
      read((tx) =>
        work({
          run: async (query: string, params?: Record<string, unknown>): Promise<QueryResult> => {
            const from = sender();
            const result = await tx.run(`PROFILE ${query}`, params);
            tally.add(from, hitsOf(result.summary.profile as unknown as Plan));
            return result;
          },
        } as unknown as ManagedTransaction),
      ),
  });
}

const overviewOf = (from: string | null, to: string | null) => ({
  types: OVERVIEW_TYPES,
  from: dateBound(from ?? undefined, 'from'),
  to: dateBound(to ?? undefined, 'to'),
  limit: 150,
});

const bench = await startBenchNeo4j(`api-${articles}`);
try {
  const counts = await buildGraph(bench.db, articles, Math.round(articles / 5), 11);
  console.log(`graph: ${JSON.stringify(counts)}`);
  const sample = await bench.db.read((tx) =>
    tx.run('MATCH (e:Person) WITH e ORDER BY e.id LIMIT 400 RETURN collect(e.id) AS ids'),
  );
  const ids = sample.records[0]!.get('ids') as string[];
  const hubs = await bench.db.read((tx) =>
    tx.run('MATCH (e:Person) WITH e ORDER BY e.mentions DESC LIMIT 20 RETURN collect(e.id) AS ids'),
  );
  const hubIds = hubs.records[0]!.get('ids') as string[];
  const tally = new Tally();
  const db = profiled(bench.db, tally);
  const detail = async (id: string) => corroborateEntity(db, (await readEntity(db, id))!);
  /** The page's counts judged at read time, as before the loader stored them. */
  const judged = async (id: string) => corroborateEntity(db, (await readEntity(db, id))!, { judgeAll: true });
  /** What the panel reads when a page's first relation, event and statement are opened. */
  const opened = async (id: string) => {
    const d = (await readEntity(bench.db, id))!; // not counted: the panel has it already
    if (d.relations[0])
      await itemCorroboration(db, { kind: 'relation', ref: relationRefOf(id, d.relations[0]) });
    if (d.events[0]) await itemCorroboration(db, { kind: 'event', id: d.events[0].id });
    if (d.statements[0]) await itemCorroboration(db, { kind: 'statement', id: d.statements[0].id });
  };
  const cases: [string, number, (i: number) => Promise<unknown>][] = [
    ['search', runs, (i) => search(db, SURNAMES[i % SURNAMES.length]!, 10)],
    ['entity detail (capped read, stored counts)', runs, (i) => readEntity(db, ids[i % ids.length]!)],
    ['entity detail + corroboration counts', runs, (i) => detail(ids[i % ids.length]!)],
    [
      'entity detail + corroboration counts, hubs',
      Math.min(runs, 20),
      (i) => detail(hubIds[i % hubIds.length]!),
    ],
    ['entity detail + counts judged at read time', runs, (i) => judged(ids[i % ids.length]!)],
    [
      'entity detail + counts judged at read time, hubs',
      Math.min(runs, 20),
      (i) => judged(hubIds[i % hubIds.length]!),
    ],
    ['corroboration, 3 items opened', runs, (i) => opened(ids[i % ids.length]!)],
    ['corroboration, 3 items opened, hubs', Math.min(runs, 20), (i) => opened(hubIds[i % hubIds.length]!)],
    ['neighbours (50)', runs, (i) => readNeighbors(db, ids[i % ids.length]!, 50)],
    [
      'shortest path',
      runs,
      (i) => readShortestPaths(db, ids[i % ids.length]!, ids[(i * 7 + 13) % ids.length]!),
    ],
    ['overview, archive', 3, () => readOverview(db, overviewOf(null, null))],
    ['overview, a year', 3, (i) => readOverview(db, overviewOf(`${2016 + i}`, `${2016 + i}`))],
    ['overview, a month', 3, (i) => readOverview(db, overviewOf(`2019-0${i + 3}`, `2019-0${i + 3}`))],
  ];
  const rows: Record<string, string | number>[] = [];
  const steps: Record<string, string | number>[] = [];
  for (const [name, n, call] of cases) {
    if (only && !only.some((o) => name.startsWith(o))) continue;
    tally.reset();
    const started = performance.now();
    for (let i = 0; i < n; i++) await call(i);
    rows.push({
      query: name,
      'db hits / call': Math.round(tally.hits / n),
      'ms / call (profiled, one at a time)': (performance.now() - started) / n,
    });
    for (const [from, hits] of tally.bySender)
      steps.push({ query: name, 'sent by': from, 'db hits / call': Math.round(hits / n) });
  }
  printTable(rows);
  console.log('');
  printTable(steps);
} finally {
  await bench.stop();
}
