// `npm run bench:api [-- --articles 70000 --duration 30 --connections 32 --warmup 30 --only overview,cold]`:
// latency and throughput of search, entity detail, one item's corroboration (as the entity panel opens
// it), neighbours (capped), shortest path and the overview over HTTP (autocannon), each against the
// floor: the same repository Cypher sent straight through neo4j-driver, with the same concurrency, in the
// same run (for the overview: the overview service as the route calls it, cache included). Then the cold
// overview: periods never asked before, one at a time, over HTTP against the service uncached. Timing
// starts once the server's start-up warm-up has ended (Neo4j and the server idle), after `--warmup`
// seconds of unmeasured load per case. Each HTTP row also splits the run's CPU time per request between
// Neo4j, the server and this process (autocannon: the client's own cost). The graph (>= 200k nodes,
// >= 1M relationships at the default size) is built once.
import autocannon from 'autocannon';
import { freePort } from '../../server/src/neo4j/managed/index.js';
import { readEntity, readNeighbors, readShortestPaths } from '../../server/src/neo4j/repositories/index.js';
import { itemCorroboration } from '../../server/src/services/corroboration.js';
import { dateBound, OVERVIEW_TYPES } from '../../server/src/services/graph-service.js';
import { buildMentionIndex, MentionIndex } from '../../server/src/services/mention-index.js';
import { cachedOverview, readOverview } from '../../server/src/services/overview.js';
import { search } from '../../server/src/services/search-query.js';
import { relationRefOf, type CorroboratedItem } from '@dossier/model';
import { SURNAMES } from '../corpus/names.js';
import { argValue, printTable, startBenchNeo4j } from '../bench-neo4j.js';
import { againstNeo4j, startBenchServer } from '../bench-server.js';
import { cpuMsOfTree, waitUntilIdle } from '../proc-cpu.js';
import { buildGraph } from './build-graph.js';

const articles = argValue('articles', 70_000);
const duration = argValue('duration', 30);
const connections = argValue('connections', 32);
/**
 * Seconds of unmeasured HTTP load before each case: a JVM just started is still compiling its code. After
 * 5 s an entity page still cost Neo4j 3.4 ms of CPU, after 30 s 1.9 ms, as in a long run (docs/benchmarks.md,
 * "Entity detail, session 8"): 30 s, so that a row measures the server as it runs, not its start.
 */
const warmup = argValue('warmup', 30);
/** `--only a,b`: run only the cases whose name starts with one of these. */
const only = process.argv.includes('--only')
  ? process.argv[process.argv.indexOf('--only') + 1]!.split(',')
  : null;

/** Periods the overview is asked for: the whole archive and each year of the synthetic corpus. */
const PERIODS: [string | null, string | null][] = [
  [null, null],
  ...Array.from({ length: 10 }, (_, i) => [`${2015 + i}`, `${2015 + i}`] as [string, string]),
];
/** Periods asked once each, for the cold overview: months and quarters never asked before. */
const COLD_PERIODS: [string, string][] = Array.from({ length: 24 }, (_, i) => {
  const y = 2015 + (i % 10);
  const m = String(1 + ((i * 5) % 12)).padStart(2, '0');
  return i % 2 ? [`${y}-${m}`, `${y}-${m}`] : [`${y}-${m}`, `${y + 1}-${m}`];
});
const overviewRequest = ([from, to]: [string | null, string | null]) => ({
  types: OVERVIEW_TYPES,
  from: dateBound(from ?? undefined, 'from'),
  to: dateBound(to ?? undefined, 'to'),
  limit: 150,
});
const overviewPath = ([from, to]: [string | null, string | null]) =>
  from ? `/api/graph?from=${from}&to=${to}` : '/api/graph';

interface Stats {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** `connections` loops calling `work` for `seconds`; latencies in ms. */
async function floor(work: (i: number) => Promise<unknown>, seconds: number): Promise<Stats> {
  const latencies: number[] = [];
  let errors = 0;
  let counter = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        try {
          await work(counter++);
          latencies.push(performance.now() - t);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: latencies.length / seconds,
  };
}

async function overHttp(url: string, paths: string[], seconds: number): Promise<Stats> {
  let i = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
  });
  return {
    requests: result.requests.total,
    errors: result.errors + result.non2xx + result.timeouts,
    p50: result.latency.p50,
    p95: result.latency.p97_5 && result.latency.p90 ? interpolateP95(result.latency) : result.latency.p99,
    p99: result.latency.p99,
    rps: result.requests.average,
  };
}

/** autocannon reports p90 and p97.5; p95 lies between them. */
function interpolateP95(l: { p90: number; p97_5: number }): number {
  return l.p90 + ((l.p97_5 - l.p90) * (95 - 90)) / (97.5 - 90);
}

/** The cold overview's service alone, before (links by query) and after (link index), same run. */
let coldBaseline: Record<string, number> | null = null;

/** Periods never asked before, one request at a time: what the first look at a period costs. */
async function coldOverview(url: string, db: Parameters<typeof readOverview>[0]) {
  console.error(`cold overview: ${COLD_PERIODS.length} new periods, floor then HTTP, one at a time…`);
  const timed = async (work: (p: [string, string]) => Promise<unknown>) => {
    const ms: number[] = [];
    for (const p of COLD_PERIODS) {
      const t = performance.now();
      await work(p);
      ms.push(performance.now() - t);
    }
    return ms.sort((a, b) => a - b);
  };
  // The floor ranks with its own mention index and finds the links in its link index, as the server does
  // once its own is built (at start; the two floors below take far longer than that build, so the
  // server's is ready before the HTTP pass). Baseline in the same run: the same service with the links
  // read by query (a bounded share of each ranked entity's relations), as before the link index.
  const building = performance.now();
  global.gc?.(); // (with NODE_OPTIONS=--expose-gc: the heap the index holds, not what came before)
  const heapBefore = process.memoryUsage().heapUsed;
  const index = await buildMentionIndex(db);
  global.gc?.();
  console.error(
    `  heap held by the index: ~${Math.round((process.memoryUsage().heapUsed - heapBefore) / 1e6)} MB`,
  );
  console.error(
    `  mention index: ${index.size} dates, link index: ${index.links?.size} relations, in ${Math.round(performance.now() - building)} ms`,
  );
  const linksByQuery = Object.assign(Object.create(MentionIndex.prototype) as MentionIndex, index, {
    links: null,
  });
  // Two rounds each, alternating, the second of each kept: both on a page cache the first rounds warmed.
  await timed((p) => readOverview(db, overviewRequest(p), index));
  await timed((p) => readOverview(db, overviewRequest(p), linksByQuery));
  const f = await timed((p) => readOverview(db, overviewRequest(p), index));
  const before = await timed((p) => readOverview(db, overviewRequest(p), linksByQuery));
  coldBaseline = {
    'links by query p50 ms': percentile(before, 50),
    'links by query p95 ms': percentile(before, 95),
    'link index p50 ms': percentile(f, 50),
    'link index p95 ms': percentile(f, 95),
    'p95 ratio (index / query)': percentile(f, 95) / percentile(before, 95),
  };
  const h = await timed(async (p) => {
    const res = await fetch(`${url}${overviewPath(p)}`);
    if (!res.ok) throw new Error(`${overviewPath(p)}: ${res.status}`);
    await res.arrayBuffer();
  });
  const seconds = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / 1000;
  return {
    endpoint: 'overview, cold (1 conn.)',
    'HTTP p50 ms': percentile(h, 50),
    'HTTP p95 ms': percentile(h, 95),
    'HTTP p99 ms': percentile(h, 99),
    'HTTP req/s': h.length / seconds(h),
    errors: 0,
    'floor p95 ms': percentile(f, 95),
    'floor req/s': f.length / seconds(f),
    'p95 ratio': percentile(h, 95) / percentile(f, 95),
    'req/s ratio': f.length / seconds(f) / (h.length / seconds(h)),
  };
}

/** Items the entity panel may open: the first relation, event and statement of each entity's page. */
async function openedItems(db: Parameters<typeof readEntity>[0], entityIds: string[]) {
  const items: CorroboratedItem[] = [];
  for (const id of entityIds) {
    const d = (await readEntity(db, id))!;
    if (d.relations[0]) items.push({ kind: 'relation', ref: relationRefOf(id, d.relations[0]) });
    if (d.events[0]) items.push({ kind: 'event', id: d.events[0].id });
    if (d.statements[0]) items.push({ kind: 'statement', id: d.statements[0].id });
  }
  return items;
}
const corroborationPath = (item: CorroboratedItem) =>
  item.kind === 'relation'
    ? `/api/corroboration/relation?${new URLSearchParams(item.ref)}`
    : `/api/corroboration/${item.kind}/${encodeURIComponent(item.id)}`;

const bench = await startBenchNeo4j(`api-${articles}`);
try {
  const counts = await buildGraph(bench.db, articles, Math.round(articles / 5), 11);
  console.log(`graph: ${JSON.stringify(counts)}`);
  const sample = await bench.db.read((tx) =>
    tx.run('MATCH (e:Person) WITH e ORDER BY e.id LIMIT 400 RETURN collect(e.id) AS ids'),
  );
  const ids = sample.records[0]!.get('ids') as string[];
  const pairs = ids
    .slice(0, 200)
    .map((id, i) => [id, ids[(i * 7 + 13) % ids.length]!] as const)
    .filter(([a, b]) => a !== b);
  const items = await openedItems(bench.db, ids.slice(0, 60));
  const port = await freePort();
  const stopServer = await startBenchServer(port, againstNeo4j(bench.connection));
  const url = `http://127.0.0.1:${port}`;
  const waited = await waitUntilIdle([bench.pid!, stopServer.pid]);
  console.error(`server and Neo4j idle after ${waited.toFixed(0)} s (the server's start-up warm-up)`);
  const enc = encodeURIComponent;
  const cases = [
    {
      name: 'search',
      paths: SURNAMES.map((s) => `/api/search?q=${enc(s)}&limit=10`),
      floor: (i: number) => search(bench.db, SURNAMES[i % SURNAMES.length]!, 10),
    },
    {
      name: 'entity detail',
      paths: ids.map((id) => `/api/entities/${enc(id)}`),
      floor: (i: number) => readEntity(bench.db, ids[i % ids.length]!),
    },
    {
      name: 'corroboration (item opened)',
      paths: items.map(corroborationPath),
      floor: (i: number) => itemCorroboration(bench.db, items[i % items.length]!),
    },
    {
      name: 'neighbours (50)',
      paths: ids.map((id) => `/api/entities/${enc(id)}/neighbors?limit=50`),
      floor: (i: number) => readNeighbors(bench.db, ids[i % ids.length]!, 50),
    },
    {
      name: 'shortest path',
      paths: pairs.map(([a, b]) => `/api/paths?from=${enc(a)}&to=${enc(b)}`),
      floor: (i: number) =>
        readShortestPaths(bench.db, pairs[i % pairs.length]![0], pairs[i % pairs.length]![1]),
    },
    {
      name: 'overview (150 nodes)',
      paths: PERIODS.map(overviewPath),
      floor: (i: number) => cachedOverview(bench.db, overviewRequest(PERIODS[i % PERIODS.length]!)),
      warmUp: true,
    },
  ].filter((c) => !only || only.some((o) => c.name.startsWith(o)));
  const rows: Record<string, string | number>[] = [];
  try {
    for (const c of cases) {
      console.error(`${c.name}: floor (driver) ${duration} s, then HTTP ${duration} s…`);
      // The overview warm: each path asked once, one at a time, before timing, so that what is measured
      // is the answer from the cache (the cold overview has its own row).
      if (c.warmUp) for (let i = 0; i < c.paths.length; i++) await c.floor(i);
      if (warmup > 0) await overHttp(url, c.paths, warmup);
      const f = await floor(c.floor, duration);
      if (c.warmUp) for (const p of c.paths) await (await fetch(`${url}${p}`)).arrayBuffer();
      const cpu0 = [cpuMsOfTree(bench.pid!), cpuMsOfTree(stopServer.pid)];
      const self0 = process.cpuUsage();
      const h = await overHttp(url, c.paths, duration);
      const selfCpu = process.cpuUsage(self0);
      const [neo, server] = [bench.pid!, stopServer.pid].map(
        (pid, k) => (cpuMsOfTree(pid) - cpu0[k]!) / Math.max(1, h.requests),
      );
      const self = (selfCpu.user + selfCpu.system) / 1000 / Math.max(1, h.requests);
      rows.push({
        endpoint: c.name,
        'HTTP p50 ms': h.p50,
        'HTTP p95 ms': h.p95,
        'HTTP p99 ms': h.p99,
        'HTTP req/s': h.rps,
        errors: h.errors,
        'floor p95 ms': f.p95,
        'floor req/s': f.rps,
        'p95 ratio': h.p95 / f.p95,
        'req/s ratio': f.rps / h.rps,
        'CPU ms/req Neo4j': neo!,
        server: server!,
        bench: self,
      });
    }
    if (!only || only.includes('cold')) rows.push(await coldOverview(url, bench.db));
  } finally {
    stopServer();
  }
  console.log(`\nbench:api — ${connections} connections, ${duration} s each, ${counts['Article']} articles`);
  printTable(rows);
  if (coldBaseline) {
    console.log('\ncold overview, the service alone (24 new periods, one at a time):');
    printTable([coldBaseline]);
  }
} finally {
  await bench.stop();
}
