// `npm start` as a person runs it: the real entry point with the managed Neo4j. It seeds on first start,
// keeps the data across restarts, and never leaves a JVM behind, whether stopped or killed. Each test stands
// alone: a start that outlasts its limit fails with the server's last lines, and after every test whatever
// it left running is killed (the JVM with it) and gone before the next one starts on the same data folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { HealthResponse } from '@dossier/model';
import { getJson } from '../helpers/app.js';
import { isAlive, javaPidsMentioning, parentOf, waitForExit } from '../helpers/processes.js';
import {
  exited,
  startServerProcess,
  stopServerProcesses,
  type ServerProcess,
} from '../helpers/server-process.js';

/**
 * Each test's limit. A start with the ingestion's warm-up (the first two tests, as `npm start` runs) gets 180 s:
 * a restart, with no seed but the warm-up, outlasted 55 s in stop 47's CI (the first start took 64 s in the
 * same run), and on a loaded host the first start took 110 s and the restart 59 s (session 38). What these
 * tests check is what a start keeps and stops, not how fast it is. The start without the warm-up keeps 60 s.
 */
const WARM_START_TEST_MS = 180_000;
const COLD_START_TEST_MS = 60_000;
/** Kept from a test's limit for killing a start that outlasted it: its error, not vitest's, fails the test. */
const KILL_RESERVE_MS = 5_000;

let dataDir = '';

function startServer(testMs: number, env: Record<string, string> = {}): Promise<ServerProcess> {
  return startServerProcess(
    { DOSSIER_DATA_DIR: dataDir, ...env },
    { startLimitMs: testMs - KILL_RESERVE_MS },
  );
}

// Made here, not at import: a run that skips every test here (a name filter) runs no hook and left it behind.
beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-lifecycle-'));
});

afterEach(async () => {
  await stopServerProcesses();
  expect(javaPidsMentioning(dataDir)).toEqual([]);
});

afterAll(async () => {
  try {
    await stopServerProcesses();
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

describe('npm start', () => {
  it(
    'when started on an empty data folder, then it seeds, serves, and SIGTERM stops the JVM too',
    async () => {
      const s = await startServer(WARM_START_TEST_MS);
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
    },
    WARM_START_TEST_MS,
  );

  it(
    'when started again, then the graph is still there and nothing is reseeded',
    async () => {
      const s = await startServer(WARM_START_TEST_MS);
      expect(s.output()).not.toContain('seed loaded now');
      const health = await getJson<HealthResponse>(`${s.url}/api/health`);
      expect(health.body.counts?.['Article']).toBe(5);
      s.child.kill('SIGINT');
      expect(await exited(s.child)).toBe(0);
      expect(javaPidsMentioning(dataDir)).toHaveLength(0);
    },
    WARM_START_TEST_MS,
  );

  it(
    'when the server is killed outright, then its JVM stops by itself',
    async () => {
      // What is under test is the JVM outliving its owner, not the start: the ingestion's warm-up (the two
      // tests above and warm-ingestion.test.ts cover it) is skipped, as its first round took 32 s of this
      // test's 55 s start limit once on a loaded machine (session 17's final run).
      await startServer(COLD_START_TEST_MS, { DOSSIER_WARM: 'off' });
      const [jvm] = javaPidsMentioning(dataDir);
      expect(jvm).toBeDefined();
      const owner = parentOf(jvm!);
      process.kill(owner, 'SIGKILL');
      expect(await waitForExit(jvm!, 60_000)).toBe(true);
    },
    COLD_START_TEST_MS,
  );
});
