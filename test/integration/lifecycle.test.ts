// `npm start` as a person runs it: the real entry point with the managed Neo4j. It seeds on first start,
// keeps the data across restarts, and never leaves a JVM behind, whether stopped or killed.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { HealthResponse } from '../../server/src/shared/wire.js';
import { getJson } from '../helpers/app.js';
import { isAlive, javaPidsMentioning, parentOf, waitForExit } from '../helpers/processes.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-lifecycle-'));
const started: ChildProcess[] = [];

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

function startServer(): Promise<Started> {
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'server/src/index.ts'],
    {
      cwd: root,
      env: {
        ...process.env,
        DOSSIER_DATA_DIR: dataDir,
        PORT: '0',
        DOSSIER_NEO4J_HEAP: '512m',
        DOSSIER_NEO4J_PAGECACHE: '64m',
        LOG_LEVEL: 'warn',
        NEO4J_URI: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  started.push(child);
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

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

afterAll(async () => {
  for (const c of started) if (c.exitCode === null) c.kill('SIGKILL');
  for (const pid of javaPidsMentioning(dataDir)) process.kill(pid, 'SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('when started on an empty data folder, then it seeds, serves, and SIGTERM stops the JVM too', async () => {
    const s = await startServer();
    expect(s.output()).toContain('seed loaded now');
    expect(s.output()).toMatch(/5 articles/);
    const health = await getJson<HealthResponse>(`${s.url}/api/health`);
    expect(health.status).toBe(200);
    expect(health.body.counts?.['Article']).toBe(5);
    const jvms = javaPidsMentioning(dataDir);
    expect(jvms).toHaveLength(1);
    const password = fs.statSync(path.join(dataDir, 'neo4j-password'));
    expect(password.mode & 0o077).toBe(0);
    s.child.kill('SIGTERM');
    expect(await exited(s.child)).toBe(0);
    expect(isAlive(jvms[0]!)).toBe(false);
  });

  it('when started again, then the graph is still there and nothing is reseeded', async () => {
    const s = await startServer();
    expect(s.output()).not.toContain('seed loaded now');
    const health = await getJson<HealthResponse>(`${s.url}/api/health`);
    expect(health.body.counts?.['Article']).toBe(5);
    s.child.kill('SIGINT');
    expect(await exited(s.child)).toBe(0);
    expect(javaPidsMentioning(dataDir)).toHaveLength(0);
  });

  it('when the server is killed outright, then its JVM stops by itself', async () => {
    await startServer();
    const [jvm] = javaPidsMentioning(dataDir);
    expect(jvm).toBeDefined();
    const owner = parentOf(jvm!);
    process.kill(owner, 'SIGKILL');
    expect(await waitForExit(jvm!, 60_000)).toBe(true);
  });
});
