// `npx tsx bench/api/profile-server.ts [--connections 4] [--duration 15] [--path entity]`: where the API
// server's CPU goes under bench:api's entity-detail load. Starts the bench:api Neo4j and the server with
// V8's CPU profiler (--cpu-prof), loads it with autocannon (unmeasured warm-up first), stops it, and
// prints the self time by package (node_modules/<name>, the server's own files, node's internals) and
// the heaviest functions.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../server/src/config.js';
import { freePort } from '../../server/src/neo4j/managed/index.js';
import { argValue, printTable, startBenchNeo4j } from '../bench-neo4j.js';
import { againstNeo4j } from '../bench-server.js';
import { waitUntilIdle } from '../proc-cpu.js';

const connections = argValue('connections', 4);
const duration = argValue('duration', 15);

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-server-prof-'));
const bench = await startBenchNeo4j('api-70000');
try {
  const res = await bench.db.read((tx) =>
    tx.run('MATCH (e:Person) WITH e ORDER BY e.id LIMIT 400 RETURN collect(e.id) AS ids'),
  );
  const ids = res.records[0]!.get('ids') as string[];
  const port = await freePort();
  // The server as bench:api starts it, but in one node process with the profiler on.
  const child = spawn(
    process.execPath,
    ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--import', 'tsx', 'server/src/index.ts'],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn', ...againstNeo4j(bench.connection) },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('running at')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
  const stop = Object.assign(() => child.kill('SIGTERM'), { pid: child.pid! });
  try {
    await waitUntilIdle([bench.pid!, stop.pid]);
    let i = 0;
    const run = (seconds: number) =>
      autocannon({
        url: `http://127.0.0.1:${port}`,
        connections,
        duration: seconds,
        requests: [
          {
            setupRequest: (req) => ({
              ...req,
              path: `/api/entities/${encodeURIComponent(ids[i++ % ids.length]!)}`,
            }),
          },
        ],
      });
    await run(5);
    const r = await run(duration);
    console.log(`${r.requests.total} requests, ${r.requests.average} req/s, p50 ${r.latency.p50} ms`);
    const sample = await fetch(`http://127.0.0.1:${port}/api/entities/${encodeURIComponent(ids[0]!)}`);
    console.log(`one page: ${(await sample.arrayBuffer()).byteLength} bytes`);
  } finally {
    stop();
  }
  await new Promise((r) => setTimeout(r, 3000));
} finally {
  await bench.stop();
}
// The server's profile (the largest file, should a child process have written one too).
const files = fs.readdirSync(dir).map((f) => path.join(dir, f));
const largest = files.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0];
if (!largest) throw new Error(`no profile written in ${dir}`);
const profile = JSON.parse(fs.readFileSync(largest, 'utf8')) as Profile;
const self = new Map<number, number>();
profile.samples.forEach((id, k) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[k] ?? 0)));
const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
const byPackage = new Map<string, number>();
const byFunction = new Map<string, number>();
let total = 0;
for (const [id, us] of self) {
  const { functionName, url, lineNumber } = byNode.get(id)!.callFrame;
  const pkg =
    /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ??
    (url.includes('/server/src/')
      ? 'server/src'
      : url.includes('/model/')
        ? 'model'
        : url
          ? 'node:' + path.basename(url)
          : functionName || '(native)');
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
  const fn = `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '').replace(/^.*\/server\/src\//, 'server/src/')}:${lineNumber}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  total += us;
}
const top = (m: Map<string, number>, n: number, key: string) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, us]) => ({ [key]: k, 'self ms': us / 1000, share: `${((100 * us) / total).toFixed(1)}%` }));
console.log(`\nprofile ${largest}: ${(total / 1000).toFixed(0)} ms sampled`);
printTable(top(byPackage, 20, 'package'));
console.log('');
printTable(top(byFunction, 30, 'function'));
