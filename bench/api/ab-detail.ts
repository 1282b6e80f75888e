// `npx tsx bench/api/ab-detail.ts --arms base,pool-8 [--rounds 6 --window 10 --warmup 30]`: entity
// detail over HTTP on the bench:api graph, two or more set-ups (arms) measured side by side in short
// interleaved windows (A B B A A B ...), so that the drift of a shared, noisy machine falls on every arm
// alike; bench:api's back-to-back runs of the same code differ by up to 2x here. Each arm is a server, and
// a Neo4j of its own when its Neo4j settings differ from the first arm's (on a copy of the store, made once
// under .dossier/). Only one arm is loaded at a time; the others sit idle. Prints, per arm, every
// response's latency pooled over its windows, its req/s, the median of its windows' p95, and the CPU time
// per request of its Neo4j, its server and this process.
import autocannon from 'autocannon';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../server/src/config.js';
import { freePort } from '../../server/src/neo4j/managed/index.js';
import { printTable, argValue, startBenchNeo4j } from '../bench-neo4j.js';
import { againstNeo4j, startBenchServer } from '../bench-server.js';
import { cpuMsOfTree, waitUntilIdle } from '../proc-cpu.js';

interface Arm {
  /** neo4j.conf lines (arms with the same ones share a Neo4j). */
  extraSettings?: string[];
  /** The server's environment. */
  env?: Record<string, string>;
}

/** The set-ups one may compare; `base` is what `npm start` runs (bench:api's Neo4j memory). */
const ARMS: Record<string, Arm> = {
  base: {},
  'pool-4': { env: { NEO4J_MAX_POOL_SIZE: '4' } },
  'pool-8': { env: { NEO4J_MAX_POOL_SIZE: '8' } },
  'pool-12': { env: { NEO4J_MAX_POOL_SIZE: '12' } },
  'pool-16': { env: { NEO4J_MAX_POOL_SIZE: '16' } },
  'pool-24': { env: { NEO4J_MAX_POOL_SIZE: '24' } },
};

const names = process.argv.includes('--arms')
  ? process.argv[process.argv.indexOf('--arms') + 1]!.split(',')
  : ['base', 'pool-8'];
for (const n of names) if (!ARMS[n]) throw new Error(`no arm ${n}; known: ${Object.keys(ARMS).join(', ')}`);
const rounds = argValue('rounds', 6);
const windowSeconds = argValue('window', 10);
/** Seconds of unmeasured load per arm before the first round: Neo4j's JIT compiles the page's code. */
const warmup = argValue('warmup', 30);
const connections = argValue('connections', 32);
const articles = argValue('articles', 70_000);
const STORE = `api-${articles}`;

const neo4jKey = (a: Arm) => JSON.stringify(a.extraSettings ?? []);

/** A copy of the bench store for a second Neo4j (made once; the bench graph is only read here). */
function storeCopy(k: number): string {
  if (k === 0) return STORE;
  const name = `${STORE}-ab${k}`;
  const from = path.join(PROJECT_ROOT, '.dossier', `bench-${STORE}`, 'neo4j', 'data');
  const to = path.join(PROJECT_ROOT, '.dossier', `bench-${name}`, 'neo4j', 'data');
  if (!fs.existsSync(to)) {
    console.error(`copying the store to ${to}…`);
    fs.cpSync(from, to, { recursive: true });
  }
  return name;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

const keys = [...new Set(names.map((n) => neo4jKey(ARMS[n]!)))];
const stores = keys.map((_, k) => storeCopy(k)); // before any Neo4j runs on the original
const neo4js = [];
for (const [k, key] of keys.entries()) {
  const arm = ARMS[names.find((n) => neo4jKey(ARMS[n]!) === key)!]!;
  neo4js.push(await startBenchNeo4j(stores[k]!, { extraSettings: arm.extraSettings }));
}
const stops: (() => void)[] = [];
try {
  const sample = await neo4js[0]!.db.read((tx) =>
    tx.run('MATCH (e:Person) WITH e ORDER BY e.id LIMIT 400 RETURN collect(e.id) AS ids'),
  );
  const paths = (sample.records[0]!.get('ids') as string[]).map(
    (id) => `/api/entities/${encodeURIComponent(id)}`,
  );
  const arms: { name: string; url: string; pids: number[] }[] = [];
  for (const name of names) {
    const neo = neo4js[keys.indexOf(neo4jKey(ARMS[name]!))]!;
    const port = await freePort();
    const stop = await startBenchServer(port, { ...againstNeo4j(neo.connection), ...ARMS[name]!.env });
    stops.push(stop);
    arms.push({
      name,
      url: `http://127.0.0.1:${port}`,
      pids: [neo.pid!, stop.pid],
    });
  }
  const waited = await waitUntilIdle(arms.flatMap((a) => a.pids));
  console.error(`servers and Neo4j idle after ${waited.toFixed(0)} s`);

  /** `connections` connections on one arm for `seconds`; latencies kept when `keep`. */
  const load = async (arm: (typeof arms)[number], seconds: number, keep: boolean) => {
    let i = 0;
    const cpu0 = arm.pids.map(cpuMsOfTree);
    const self0 = process.cpuUsage();
    const latencies: number[] = [];
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: arm.url,
          connections,
          duration: seconds,
          requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
        },
        (err, res) => (err ? reject(err as Error) : resolve(res)),
      );
      instance.on('response', (_client, status: number, _bytes, ms: number) => {
        if (status === 200) latencies.push(ms);
      });
    });
    const self = process.cpuUsage(self0);
    const cpu = arm.pids.map((p, k) => cpuMsOfTree(p) - cpu0[k]!);
    if (result.errors + result.non2xx + result.timeouts > 0) throw new Error(`${arm.name}: errors`);
    return { latencies, seconds, cpu, self: (self.user + self.system) / 1000, keep };
  };

  for (const arm of arms) await load(arm, warmup, false); // the JIT, the page cache
  const windows: Record<string, Awaited<ReturnType<typeof load>>[]> = {};
  const started = new Date().toISOString();
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 ? [...arms].reverse() : arms;
    for (const arm of order) {
      const w = await load(arm, windowSeconds, true);
      (windows[arm.name] ??= []).push(w);
      const sorted = [...w.latencies].sort((a, b) => a - b);
      console.error(
        `round ${r + 1} ${arm.name}: p95 ${percentile(sorted, 95)} ms, ${(sorted.length / w.seconds).toFixed(0)} req/s, ` +
          `CPU ms/req ${w.cpu.map((c) => (c / sorted.length).toFixed(2)).join(' / ')}`,
      );
    }
  }
  const rows = arms.map((arm) => {
    const ws = windows[arm.name]!;
    const all = ws.flatMap((w) => w.latencies).sort((a, b) => a - b);
    const n = all.length;
    const p95s = ws
      .map((w) =>
        percentile(
          [...w.latencies].sort((a, b) => a - b),
          95,
        ),
      )
      .sort((a, b) => a - b);
    const sum = (f: (w: (typeof ws)[number]) => number) => ws.reduce((a, w) => a + f(w), 0);
    return {
      arm: arm.name,
      windows: ws.length,
      requests: n,
      'p50 ms': percentile(all, 50),
      'p95 ms': percentile(all, 95),
      'p99 ms': percentile(all, 99),
      'req/s': n / sum((w) => w.seconds),
      'median window p95': percentile(p95s, 50),
      'CPU ms/req Neo4j': sum((w) => w.cpu[0]!) / n,
      server: sum((w) => w.cpu[1]!) / n,
      bench: sum((w) => w.self) / n,
    };
  });
  console.log(
    `\nentity detail A/B — ${connections} connections, ${rounds} rounds of ${windowSeconds} s per arm, from ${started}`,
  );
  printTable(rows);
  const [a, ...others] = rows;
  for (const b of others)
    console.log(
      `${b.arm} / ${a!.arm}: p95 ${(b['p95 ms'] / a!['p95 ms']).toFixed(2)}x, req/s ${(b['req/s'] / a!['req/s']).toFixed(2)}x`,
    );
} finally {
  for (const stop of stops) stop();
  for (const neo of neo4js) await neo.stop();
}
