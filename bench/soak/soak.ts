// `npm run soak [-- --minutes 10 --reads 20 --ingest 1 --sample 10]`: starts the real server (`npm start`'s
// entry point in a child process, managed Neo4j on a throw-away data folder, seed loaded), drives it at a
// steady rate with mixed reads (search, entity detail, neighbours, overview graph, shortest paths, an
// article, a console query) plus ingestion (POST /api/articles of synthetic news text), and samples the
// server's memory every `--sample` seconds: RSS from /proc, heap after a full GC from the process's own
// report (bench/soak/memory-report.ts, preloaded), and the JVM's RSS for reference.
// PASS when no request failed (any non-2xx, network error or timeout counts, 429 included: the soak server
// gets rate limits far above the soak's rate, and its console user keeps to the console's bound of queries
// at once, see consoleQuery) and memory shows no growth trend after warm-up: the
// least-squares slope over the last 2/3 of the samples is below 1 MB/min for RSS and 0.5 MB/min for the
// heap after GC.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../server/src/neo4j/managed/index.js';
import { javaPidsMentioning } from '../../test/helpers/processes.js';
import { argValue, printTable } from '../bench-neo4j.js';
import { generateNewsCorpus } from '../corpus/news-text.js';
import { SURNAMES } from '../corpus/names.js';
import { lastHeapReport, rssOf, slope } from './memory.js';
import { startSoakServer, stopSoakServer, type SoakServer } from './server.js';

const minutes = argValue('minutes', 10);
const readRate = argValue('reads', 20);
const ingestRate = argValue('ingest', 1);
const sampleSeconds = argValue('sample', 10);
/** `--query-log FILE`: the server appends each write transaction's queries and times (query-log.ts). */
const queryLog = process.argv.includes('--query-log')
  ? path.resolve(process.argv[process.argv.indexOf('--query-log') + 1]!)
  : undefined;
const REQUEST_TIMEOUT_MS = 30_000;
const MAX_IN_FLIGHT = 200;
const RSS_SLOPE_LIMIT = 1; // MB/min
const HEAP_SLOPE_LIMIT = 0.5; // MB/min

// ---- the server ---------------------------------------------------------------------------------------
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-soak-'));
const memoryFile = path.join(dataDir, 'memory.jsonl');
const port = await freePort();
const url = `http://127.0.0.1:${port}`;
let server: SoakServer | undefined;
const cleanUp = () => stopSoakServer(server, dataDir);
process.once('SIGINT', () => void cleanUp().then(() => process.exit(130)));

// ---- the load -----------------------------------------------------------------------------------------
interface KindStats {
  requests: number;
  errors: number;
  latencies: number[];
}
const stats = new Map<string, KindStats>();
const failures = new Map<string, number>();
/** The first few failed requests in full, to say why. */
const failureSamples: string[] = [];
let window = {
  requests: 0,
  errors: 0,
  ingests: 0,
  latencies: [] as number[],
  ingestLatencies: [] as number[],
};
let inFlight = 0;
const pending = new Set<Promise<void>>();

const entityIds = new Set<string>();
const articleIds: string[] = [];

/** Sends one request and records it; the body of a 2xx answer, else null. `answer` gets Retry-After (s). */
async function call(
  kind: string,
  pathAndQuery: string,
  init?: RequestInit,
  answer?: { retryAfterS: number },
): Promise<unknown> {
  const s = stats.get(kind) ?? { requests: 0, errors: 0, latencies: [] };
  stats.set(kind, s);
  s.requests += 1;
  window.requests += 1;
  const t = performance.now();
  let status = 0;
  let body: unknown = null;
  try {
    const res = await fetch(`${url}${pathAndQuery}`, {
      ...init,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    status = res.status;
    if (answer) answer.retryAfterS = Number(res.headers.get('retry-after') ?? 0) || 0;
    body = await res.json().catch(() => null);
  } catch (err) {
    status = (err as Error).name === 'TimeoutError' ? -1 : 0;
  }
  const ms = performance.now() - t;
  s.latencies.push(ms);
  (kind === 'ingest' ? window.ingestLatencies : window.latencies).push(ms);
  if (status < 200 || status > 299) {
    s.errors += 1;
    window.errors += 1;
    const key = `${kind} ${status === -1 ? 'timeout' : status === 0 ? 'network error' : status}`;
    failures.set(key, (failures.get(key) ?? 0) + 1);
    if (failureSamples.length < 10) {
      const error = (body as { error?: unknown } | null)?.error;
      failureSamples.push(
        `${key}: ${init?.method ?? 'GET'} ${pathAndQuery} → ${JSON.stringify(error ?? body)}`,
      );
    }
    return null;
  }
  return body;
}

function fire(kind: string, work: () => Promise<unknown>): void {
  if (inFlight >= MAX_IN_FLIGHT) {
    const key = `${kind} dropped (over ${MAX_IN_FLIGHT} in flight)`;
    failures.set(key, (failures.get(key) ?? 0) + 1);
    window.errors += 1;
    return;
  }
  inFlight += 1;
  const p = work()
    .then(() => undefined)
    .finally(() => {
      inFlight -= 1;
      pending.delete(p);
    });
  pending.add(p);
}

const enc = encodeURIComponent;
let counter = 0;
const pickEntity = () => {
  const ids = [...entityIds];
  return ids[Math.floor(Math.random() * ids.length)] ?? 'person:anatoly-antonov';
};
const remember = (body: unknown) => {
  const nodes = (body as { nodes?: { key: string; attributes: { type: string } }[] } | null)?.nodes ?? [];
  for (const n of nodes)
    if (['Person', 'Organization', 'Place'].includes(n.attributes.type) && entityIds.size < 2000)
      entityIds.add(n.key);
};
const SEARCH_TERMS = [...SURNAMES, 'antonov', 'biden', 'putin', 'moscow', 'washington', 'embassy'];
const CONSOLE_QUERY =
  'MATCH (p:Person)-[m:MENTIONED_IN]->(a:Article) RETURN p.name AS name, count(a) AS articles ORDER BY articles DESC LIMIT 10';

/** Twenty slots a second, in a fixed order: the read mix (the two console slots are added below). */
const READ_MIX: (() => Promise<unknown>)[] = [
  ...Array.from(
    { length: 5 },
    () => () =>
      call('search', `/api/search?q=${enc(SEARCH_TERMS[counter++ % SEARCH_TERMS.length]!)}&limit=10`),
  ),
  ...Array.from({ length: 4 }, () => () => call('entity detail', `/api/entities/${enc(pickEntity())}`)),
  ...Array.from(
    { length: 4 },
    () => () => call('neighbours', `/api/entities/${enc(pickEntity())}/neighbors?limit=50`).then(remember),
  ),
  ...Array.from({ length: 2 }, () => () => call('graph', '/api/graph?limit=300').then(remember)),
  ...Array.from({ length: 2 }, () => () => {
    // Two different nodes: the API refuses a path from a node to itself (400).
    const from = pickEntity();
    let to = pickEntity();
    for (let i = 0; to === from && i < 20; i++) to = pickEntity();
    return to === from
      ? call('search', '/api/search?q=embassy&limit=10')
      : call('paths', `/api/paths?from=${enc(from)}&to=${enc(to)}`);
  }),
  () =>
    call('article', `/api/articles/${enc(articleIds[Math.floor(Math.random() * articleIds.length)] ?? '')}`),
];
// Two console slots a second, half a second apart (slots 10 and 20 of the 20).
READ_MIX.splice(9, 0, consoleQuery);
READ_MIX.push(consoleQuery);

/**
 * The console's user sends one query at a time, as the console panel does: the server runs at most
 * CYPHER_MAX_INFLIGHT console queries at once in all (half the cores: one on a 2-core machine) and answers
 * 429 TOO_MANY_QUERIES with Retry-After past that bound, by design (docs/architecture.md, the console's
 * rules). A console slot that comes while the user's query runs, or before a Retry-After has passed, is
 * skipped and counted (`consoleSkipped`); a 429 still counts as a failed request.
 */
let consoleBusyUntil = 0;
let consoleSkipped = 0;
function consoleQuery(): Promise<unknown> {
  if (performance.now() < consoleBusyUntil) {
    consoleSkipped += 1;
    return Promise.resolve(null);
  }
  consoleBusyUntil = Infinity;
  const answer = { retryAfterS: 0 };
  const init = {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: CONSOLE_QUERY, params: {} }),
  };
  return call('console', '/api/cypher', init, answer).finally(
    () => (consoleBusyUntil = performance.now() + answer.retryAfterS * 1000),
  );
}

const corpus = generateNewsCorpus({ articles: Math.ceil(minutes * 60 * ingestRate) + 100, seed: 2026 });
function ingestOne(): Promise<unknown> {
  const a = corpus.next().value;
  if (!a) return Promise.resolve(null);
  window.ingests += 1;
  return call('ingest', '/api/articles', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      text: a.text,
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      published: a.published,
    }),
  }).then((body) => {
    const id = (body as { article?: { id?: string } } | null)?.article?.id;
    if (id) articleIds.push(id);
  });
}

// ---- the run ------------------------------------------------------------------------------------------
interface Sample {
  minute: number;
  rss: number;
  heap: number;
  jvm: number;
  requests: number;
  ingests: number;
  errors: number;
  p95: number;
  /** Ingests answered in the sample's window: their median latency. */
  ingestP50: number;
}
const samples: Sample[] = [];
const p = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((q / 100) * s.length))] ?? NaN;
};

let serverPid = 0;
try {
  console.error(`Starting the server (managed Neo4j in ${dataDir})…`);
  const starting = startSoakServer({ port, dataDir, memoryFile, sampleSeconds, queryLog });
  server = starting.server;
  await starting.ready;
  serverPid = server.child.pid!;
  console.error(`  ${url}, pid ${serverPid}`);
  remember(await call('graph', '/api/graph?limit=300'));
  const list = (await call('article', '/api/articles')) as { articles?: { id: string }[] } | null;
  for (const a of list?.articles ?? []) articleIds.push(a.id);
  for (const s of stats.values()) Object.assign(s, { requests: 0, errors: 0, latencies: [] });
  window = { requests: 0, errors: 0, ingests: 0, latencies: [], ingestLatencies: [] };

  console.error(
    `Soak: ${minutes} min, ${readRate} reads/s + ${ingestRate} ingest/s, memory every ${sampleSeconds} s…`,
  );
  const started = performance.now();
  // One ticker fires whatever is due by the clock, so a late timer (busy machine) catches up and the
  // rate stays steady: reads at `readRate`, ingests at `ingestRate`, over the whole run.
  let reads = 0;
  let ingests = 0;
  const ticker = setInterval(() => {
    const elapsed = (performance.now() - started) / 1000;
    while (reads < Math.floor(elapsed * readRate)) fire('read', READ_MIX[reads++ % READ_MIX.length]!);
    while (ingests < Math.floor(elapsed * ingestRate)) {
      ingests += 1;
      fire('ingest', ingestOne);
    }
  }, 10);
  const heapLines = () =>
    fs.existsSync(memoryFile) ? fs.readFileSync(memoryFile, 'utf8').split('\n').length : 0;
  await new Promise<void>((resolve) => {
    const sampler = setInterval(() => {
      const heap = lastHeapReport(memoryFile);
      const sample: Sample = {
        minute: (performance.now() - started) / 60_000,
        rss: rssOf(serverPid),
        heap: heap?.heapUsed ?? NaN,
        jvm: javaPidsMentioning(dataDir).reduce((s, pid) => s + rssOf(pid), 0),
        requests: window.requests,
        ingests: window.ingests,
        errors: window.errors,
        p95: p(window.latencies, 95),
        ingestP50: p(window.ingestLatencies, 50),
      };
      samples.push(sample);
      window = { requests: 0, errors: 0, ingests: 0, latencies: [], ingestLatencies: [] };
      console.error(
        `  ${sample.minute.toFixed(1)} min: rss ${sample.rss.toFixed(1)} MB, heap ${sample.heap.toFixed(1)} MB, ` +
          `JVM ${sample.jvm.toFixed(0)} MB, ${sample.requests} requests (${sample.ingests} ingests), ` +
          `${sample.errors} errors, read p95 ${sample.p95.toFixed(0)} ms, ingest p50 ${sample.ingestP50.toFixed(0)} ms (heap reports: ${heapLines() - 1})`,
      );
      if (performance.now() - started >= minutes * 60_000) {
        clearInterval(sampler);
        resolve();
      }
    }, sampleSeconds * 1000);
  });
  clearInterval(ticker);
  await Promise.race([Promise.all(pending), new Promise((r) => setTimeout(r, REQUEST_TIMEOUT_MS + 1000))]);
  if (server.child.exitCode !== null)
    throw new Error(`the server exited during the soak:\n${server.output()}`);
} finally {
  await cleanUp();
}

// ---- the report ---------------------------------------------------------------------------------------
const min = Math.min(...samples.map((s) => s.rss));
const max = Math.max(...samples.map((s) => s.rss));
const bar = (v: number) => '#'.repeat(1 + Math.round(((v - min) / (max - min || 1)) * 39));
console.log(
  `\nsoak — ${minutes} min, ${readRate} reads/s + ${ingestRate} ingest/s, ${os.cpus().length} cores`,
);
printTable(
  samples.map((s) => ({
    't (m:ss)': `${Math.floor(s.minute)}:${String(Math.round((s.minute % 1) * 60)).padStart(2, '0')}`,
    'rss MB': s.rss.toFixed(1),
    'heap MB': s.heap.toFixed(1),
    'JVM rss MB': s.jvm.toFixed(0),
    requests: s.requests,
    ingests: s.ingests,
    errors: s.errors,
    'read p95 ms': s.p95.toFixed(0),
    'ingest p50 ms': s.ingestP50.toFixed(0),
    [`rss ${min.toFixed(0)}…${max.toFixed(0)} MB`]: bar(s.rss),
  })),
);
console.log('');
printTable(
  [...stats.entries()].map(([kind, s]) => ({
    request: kind,
    count: s.requests,
    errors: s.errors,
    'p50 ms': p(s.latencies, 50).toFixed(0),
    'p95 ms': p(s.latencies, 95).toFixed(0),
    'p99 ms': p(s.latencies, 99).toFixed(0),
  })),
);
const tail = samples.slice(Math.floor(samples.length / 3));
const rssSlope = slope(
  tail.map((s) => s.minute),
  tail.map((s) => s.rss),
);
const heapSlope = slope(
  tail.map((s) => s.minute),
  tail.map((s) => s.heap),
);
const dropped = [...failures].reduce((n, [k, v]) => n + (k.includes('dropped') ? v : 0), 0);
const errors = [...stats.values()].reduce((n, s) => n + s.errors, 0) + dropped;
const total = [...stats.values()].reduce((n, s) => n + s.requests, 0);
const growthOk = tail.length >= 3 && rssSlope < RSS_SLOPE_LIMIT && heapSlope < HEAP_SLOPE_LIMIT;
console.log(
  `\nslope over the last ${tail.length} of ${samples.length} samples: RSS ${rssSlope.toFixed(2)} MB/min ` +
    `(limit ${RSS_SLOPE_LIMIT}), heap after GC ${heapSlope.toFixed(2)} MB/min (limit ${HEAP_SLOPE_LIMIT})`,
);
console.log(
  `requests: ${total}, failed: ${errors}${failures.size ? ` (${[...failures].map(([k, n]) => `${k}: ${n}`).join(', ')})` : ''}`,
);
console.log(`console slots skipped while the console's one query ran: ${consoleSkipped}`);
for (const f of failureSamples) console.log(`  ${f}`);
const pass = errors === 0 && growthOk;
const reasons = [errors ? 'requests failed' : '', growthOk ? '' : 'memory grows'].filter(Boolean);
console.log(pass ? 'PASS' : `FAIL: ${reasons.join('; ')}`);
process.exitCode = pass ? 0 : 1;
