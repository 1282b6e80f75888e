// `npm start` as a person runs it: the real entry point with the managed Neo4j. It seeds on first start,
// keeps the data across restarts, and never leaves a JVM behind, whether stopped or killed.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { HealthResponse } from '@dossier/model';
import { getJson } from '../helpers/app.js';
import { isAlive, javaPidsMentioning, parentOf, waitForExit } from '../helpers/processes.js';
import { exited, startServerProcess, type ServerProcess } from '../helpers/server-process.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-lifecycle-'));
const started: ChildProcess[] = [];

async function startServer(): Promise<ServerProcess> {
  const s = await startServerProcess({ DOSSIER_DATA_DIR: dataDir });
  started.push(s.child);
  return s;
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
  }, 120_000); // a first start creates the store and seeds it: 54 s of the default 60 s on this machine once

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
