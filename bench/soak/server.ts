// The soak's server: `npm start`'s entry point in a child process (managed Neo4j on a throw-away data
// folder, the seed loaded), with memory-report.ts preloaded, and its orderly stop (the JVM too, the folder
// removed).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { PROJECT_ROOT } from '../../server/src/config.js';
import { javaPidsMentioning, waitForExit } from '../../test/helpers/processes.js';

export interface SoakServer {
  child: ChildProcess;
  /** What the server printed so far (stdout and stderr). */
  output(): string;
}

export interface SoakServerOptions {
  port: number;
  dataDir: string;
  memoryFile: string;
  sampleSeconds: number;
  /** Where query-log.ts appends the write transactions (none: not preloaded). */
  queryLog?: string;
}

/** Starts the server; resolves once it says it is running. */
export function startSoakServer({ port, dataDir, memoryFile, sampleSeconds, queryLog }: SoakServerOptions): {
  server: SoakServer;
  ready: Promise<void>;
} {
  let output = '';
  const child = spawn(
    process.execPath,
    [
      '--expose-gc',
      '--import',
      'tsx',
      '--import',
      new URL('./memory-report.ts', import.meta.url).href,
      ...(queryLog ? ['--import', new URL('./query-log.ts', import.meta.url).href] : []),
      'server/src/index.ts',
    ],
    {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        NEO4J_URI: '',
        DOSSIER_DATA_DIR: dataDir,
        DOSSIER_NEO4J_HEAP: '768m',
        DOSSIER_NEO4J_PAGECACHE: '256m',
        LOG_LEVEL: 'warn',
        // Far above the soak's own rate: a 429 would be a failure of the soak, not of the server.
        INGEST_RATE_LIMIT: '100000',
        CYPHER_RATE_LIMIT: '100000',
        SOAK_MEMORY_FILE: memoryFile,
        SOAK_MEMORY_MS: String(sampleSeconds * 1000),
        SOAK_QUERY_LOG: queryLog ?? '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('running at')) {
        clearInterval(timer);
        resolve();
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`the server exited with ${code} before it was ready:\n${output}`));
    });
  });
  return { server: { child, output: () => output }, ready };
}

/** Stops the server (SIGTERM, then SIGKILL after 30 s), any JVM left on `dataDir`, and removes the folder. */
export async function stopSoakServer(server: SoakServer | undefined, dataDir: string): Promise<void> {
  const child = server?.child;
  if (child && child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM');
    if (!(await waitForExit(child.pid!, 30_000))) child.kill('SIGKILL');
  }
  for (const pid of javaPidsMentioning(dataDir)) {
    process.kill(pid, 'SIGKILL');
    await waitForExit(pid, 10_000);
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
}
