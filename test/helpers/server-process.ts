// Runs `npm start`'s entry point as a real child process (managed Neo4j included), or another entry
// point such as the compiled server, and waits until it prints its URL. The helper owns each child from
// spawn: it leads a process group of its own, so a start that fails or outlasts its limit is killed with
// everything it started (the JVM included) before the start rejects with the last lines it printed, and
// stopServerProcesses() ends whatever a test left running. Both wait until the group is gone, so the
// Neo4j store lock is free for the next test, whatever happened to this one.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { killGroup, killGroupNow } from './process-group.js';

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
  /** Fails the start (group killed, last lines in the error) when no URL is printed within it. */
  startLimitMs?: number;
}

/** Process groups started here and not yet ended by the helper (their leaders' pids). */
const owned = new Set<number>();
process.once('exit', () => owned.forEach(killGroupNow));

const LAST_LINES = 30;

function lastLines(out: string): string {
  const lines = out.trimEnd().split('\n');
  return lines.length > LAST_LINES
    ? `(${lines.length - LAST_LINES} lines before)\n${lines.slice(-LAST_LINES).join('\n')}`
    : lines.join('\n');
}

export function startServerProcess(
  env: Record<string, string>,
  options: ServerProcessOptions = {},
): Promise<ServerProcess> {
  const started = Date.now();
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
      detached: true,
    },
  );
  if (child.pid !== undefined) owned.add(child.pid);
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      clearTimeout(limit);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const report = () =>
        reject(new Error(`${why} (after ${seconds} s). Its last lines:\n${lastLines(out)}`));
      if (child.pid === undefined) return report();
      owned.delete(child.pid);
      killGroup(child.pid).then(report, (err: Error) => reject(new Error(`${why}; ${err.message}`)));
    };
    const poll = setInterval(() => {
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m && !settled) {
        settled = true;
        clearInterval(poll);
        clearTimeout(limit);
        resolve({ child, url: m[1]!, output: () => out });
      }
    }, 100);
    const limit = options.startLimitMs
      ? setTimeout(
          () => fail(`the server printed no URL within ${options.startLimitMs! / 1000} s`),
          options.startLimitMs,
        )
      : undefined;
    child.once('error', (err) => fail(`the server could not be run: ${err.message}`));
    child.once('exit', (code, signal) =>
      fail(`the server exited (code ${code}, signal ${signal}) before it was ready`),
    );
  });
}

/**
 * Kills every server process group this helper started and has not ended yet (a start that never got
 * ready, a server a failed test did not stop), and resolves once all of them are gone.
 */
export async function stopServerProcesses(): Promise<void> {
  const groups = [...owned];
  owned.clear();
  await Promise.all(groups.map((pgid) => killGroup(pgid)));
}

export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}
