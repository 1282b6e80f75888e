// The Dossier server as a child process against a benchmark's Neo4j (no seed, quiet logs, no rate limit
// on the console): what bench:api and bench:first-view measure over HTTP.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../server/src/config.js';

/** Starts `server/src/index.ts` on `port`; resolves, once it listens, to a function that stops it. */
export function startBenchServer(
  neo4j: { uri: string; password: string },
  port: number,
): Promise<() => void> {
  const child = spawn(
    process.execPath,
    [path.join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'server/src/index.ts'],
    {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NEO4J_URI: neo4j.uri,
        NEO4J_PASSWORD: neo4j.password,
        PORT: String(port),
        DOSSIER_SEED: 'never',
        LOG_LEVEL: 'warn',
        CYPHER_RATE_LIMIT: '1000000',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('running at')) resolve(() => child.kill('SIGTERM'));
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}
