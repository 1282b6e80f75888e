// Runs `npm start`'s entry point as a real child process (managed Neo4j included), or another entry
// point such as the compiled server, and waits until it prints its URL.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
}

export interface ServerProcessOptions {
  /** node's arguments; by default tsx running server/src/index.ts. */
  args?: string[];
  cwd?: string;
}

export function startServerProcess(
  env: Record<string, string>,
  options: ServerProcessOptions = {},
): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    options.args ?? [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'server/src/index.ts'],
    {
      cwd: options.cwd ?? root,
      env: {
        ...process.env,
        PORT: '0',
        DOSSIER_NEO4J_HEAP: '512m',
        DOSSIER_NEO4J_PAGECACHE: '64m',
        LOG_LEVEL: 'warn',
        NEO4J_URI: '',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m) {
        clearInterval(timer);
        resolve({ child, url: m[1]!, output: () => out });
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`the server exited with ${code} before it was ready:\n${out}`));
    });
  });
}

export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}
