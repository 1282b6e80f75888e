// `npm run bench:console [-- --duration 20 --connections 4 --hostile 4 --max-inflight N]`: what hostile
// console queries cost everyone else. One run starts Dossier (its own managed Neo4j with the seed, default
// settings) and measures search and neighbours over HTTP (autocannon) twice: quiet, then while `hostile`
// loops, each from its own client address (127.0.0.2, .3, …), keep sending console queries that run to a
// limit (memory, deadline, a runaway reduce, every path). Prints p50/p95 of both and the ratio
// hostile/quiet, what the hostile queries were answered, and how many were in flight on average (the
// console's admission bound caps that).
import autocannon from 'autocannon';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../server/src/config.js';
import { freePort } from '../../server/src/neo4j/managed/index.js';
import { isEntityId, type WireGraph } from '@dossier/model';
import { argValue, printTable } from '../bench-neo4j.js';
import { startBenchServer } from '../bench-server.js';

const duration = argValue('duration', 20);
const connections = argValue('connections', 4);
const hostileLoops = argValue('hostile', 4);
/** CYPHER_MAX_INFLIGHT for the server (0: its default). */
const maxInFlight = argValue('max-inflight', 0);

const HOSTILE = [
  'UNWIND range(1, 30000000) AS x WITH collect(x) AS c RETURN size(c)',
  "WITH 2000000 AS n RETURN size(reduce(s = '', x IN range(1, n) | s + 'xxxxxxxxxx'))",
  'MATCH p = (a)-[*]-(b) RETURN count(p) AS n',
  'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n',
];

async function measure(url: string, paths: string[]): Promise<{ p50: number; p95: number; errors: number }> {
  let i = 0;
  const r = await autocannon({
    url,
    connections,
    duration,
    requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
  });
  // autocannon reports p90 and p97.5; p95 lies between them.
  const p95 = r.latency.p90 + ((r.latency.p97_5 - r.latency.p90) * 5) / 7.5;
  return { p50: r.latency.p50, p95, errors: r.errors + r.non2xx + r.timeouts };
}

/** POST /api/cypher from the local address `from`; resolves to the status and the error code, if any. */
function postCypherFrom(url: string, from: string, query: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}/api/cypher`,
      { method: 'POST', localAddress: from, headers: { 'content-type': 'application/json' } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => {
          const code = (JSON.parse(body) as { error?: { code: string } }).error?.code ?? 'OK';
          resolve(`${res.statusCode} ${code}`);
        });
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ query }));
  });
}

/**
 * `hostileLoops` loops, each from its own client address, sending hostile console queries until `stop()`;
 * counts the answers by code, and samples how many were waiting for an answer (a 429 comes at once).
 */
function hostileLoad(url: string): { stop(): Promise<{ answers: Record<string, number>; running: number }> } {
  const answers: Record<string, number> = {};
  let going = true;
  let waiting = 0;
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(waiting), 100);
  const loops = Array.from({ length: hostileLoops }, async (_, k) => {
    for (let n = k; going; n++) {
      waiting += 1;
      const code = await postCypherFrom(url, `127.0.0.${2 + k}`, HOSTILE[n % HOSTILE.length]!);
      waiting -= 1;
      answers[code] = (answers[code] ?? 0) + 1;
      if (code.startsWith('429')) await new Promise((r) => setTimeout(r, 250));
    }
  });
  return {
    stop: async () => {
      going = false;
      clearInterval(sampler);
      await Promise.all(loops);
      return { answers, running: samples.reduce((a, b) => a + b, 0) / Math.max(1, samples.length) };
    },
  };
}

const port = await freePort();
console.error('Starting Dossier with its own managed Neo4j (.dossier/bench-console)…');
const stopServer = await startBenchServer(port, {
  NEO4J_URI: '',
  DOSSIER_DATA_DIR: path.join(PROJECT_ROOT, '.dossier', 'bench-console'),
  ...(maxInFlight > 0 ? { CYPHER_MAX_INFLIGHT: String(maxInFlight) } : {}),
});
const url = `http://127.0.0.1:${port}`;
try {
  const overview = (await (await fetch(`${url}/api/graph?limit=200`)).json()) as WireGraph;
  const ids = overview.nodes.map((n) => n.key).filter(isEntityId);
  const names = [...new Set(overview.nodes.map((n) => n.attributes.label.split(' ').pop()!))].slice(0, 50);
  const cases = [
    { name: 'search', paths: names.map((s) => `/api/search?q=${encodeURIComponent(s)}&limit=10`) },
    {
      name: 'neighbours (50)',
      paths: ids.map((id) => `/api/entities/${encodeURIComponent(id)}/neighbors?limit=50`),
    },
  ];
  const rows: Record<string, string | number>[] = [];
  const quiet: Record<string, { p50: number; p95: number; errors: number }> = {};
  for (const c of cases) {
    console.error(`${c.name}: quiet, ${duration} s…`);
    quiet[c.name] = await measure(url, c.paths);
  }
  console.error(`${hostileLoops} hostile console loops start…`);
  const load = hostileLoad(url);
  await new Promise((r) => setTimeout(r, 2000));
  for (const c of cases) {
    console.error(`${c.name}: under hostile load, ${duration} s…`);
    const h = await measure(url, c.paths);
    const q = quiet[c.name]!;
    rows.push({
      endpoint: c.name,
      'quiet p50 ms': q.p50,
      'quiet p95 ms': q.p95,
      'hostile p50 ms': h.p50,
      'hostile p95 ms': h.p95,
      'p95 ratio': h.p95 / q.p95,
      errors: q.errors + h.errors,
    });
  }
  const { answers, running } = await load.stop();
  console.log(
    `\nbench:console — ${connections} connections, ${duration} s per phase, ${hostileLoops} hostile loops, ` +
      `CYPHER_MAX_INFLIGHT ${maxInFlight || 'default'}, ` +
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}, ${os.cpus().length} cores`,
  );
  printTable(rows);
  console.log(
    `hostile console answers: ${Object.entries(answers)
      .map(([k, v]) => `${k} ×${v}`)
      .join(', ')}; on average ${running.toFixed(1)} hostile queries in flight`,
  );
} finally {
  stopServer();
}
