// `npm run ingest` as a real child process against the test run's Neo4j (DOSSIER_SEED=never).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { inject } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');

const quoteSh = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Runs the CLI; with `tty`, under script(1), so that stdout and stderr are a terminal. A run still going
 * after `timeoutMs` is killed (code null), so that no test leaves a loader running into the next one.
 */
export function runIngest(
  args: string[],
  tty = false,
  timeoutMs = 200_000,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const neo4j = inject('neo4j');
  const argv = [
    path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
    'server/src/cli/ingest.ts',
    ...args,
  ];
  const child = spawn(
    tty ? 'script' : process.execPath,
    tty ? ['-qec', [process.execPath, ...argv].map(quoteSh).join(' '), '/dev/null'] : argv,
    {
      cwd: root,
      env: {
        ...process.env,
        NEO4J_URI: neo4j.uri,
        NEO4J_USER: neo4j.user,
        NEO4J_PASSWORD: neo4j.password,
        DOSSIER_SEED: 'never',
        LOG_LEVEL: 'silent',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
}
