// The Dossier server as a child process for benchmarks (quiet logs, no rate limit on the console): what
// bench:api, bench:first-view and bench:console measure over HTTP.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../server/src/config.js';

/** Against a benchmark's own Neo4j, without the seed. */
export const againstNeo4j = (neo4j: { uri: string; password: string }) => ({
  NEO4J_URI: neo4j.uri,
  NEO4J_PASSWORD: neo4j.password,
  DOSSIER_SEED: 'never',
});

/**
 * Starts `server/src/index.ts` of the tree `root` (this one unless given: an A/B run also starts a base
 * commit's) on `port` with `env` over the process's; resolves, once it listens, to a function that stops
 * it (its `pid`: the server's process, parent of tsx's node).
 */
export function startBenchServer(
  port: number,
  env: Record<string, string>,
  root = PROJECT_ROOT,
): Promise<(() => void) & { pid: number }> {
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'server/src/index.ts'],
    {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        LOG_LEVEL: 'warn',
        CYPHER_RATE_LIMIT: '1000000',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('running at'))
        resolve(Object.assign(() => child.kill('SIGTERM'), { pid: child.pid! }));
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}
