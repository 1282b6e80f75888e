// A console query whose evaluation ignores termination (string building in reduce) is answered by its
// deadline, and the managed Neo4j's JVM stops burning CPU within 10 s of it: read from /proc/PID/stat.
// It starts its own managed Neo4j (through startDossier, as `npm start` does), so that a restart, where the
// JVM cannot stop the thread, hurts no other test file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config.js';
import { createLogger } from '../../server/src/logger.js';
import { startDossier, type RunningDossier } from '../../server/src/server.js';
import { postJson } from '../helpers/app.js';

const TIMEOUT_MS = 3000;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-runaway-'));
let app: RunningDossier;

beforeAll(async () => {
  const config = loadConfig({
    PORT: '0',
    DOSSIER_DATA_DIR: dataDir,
    DOSSIER_NEO4J_HEAP: '512m',
    DOSSIER_NEO4J_PAGECACHE: '64m',
    DOSSIER_SEED: 'never',
    CYPHER_TIMEOUT_MS: String(TIMEOUT_MS),
    LOG_LEVEL: 'silent',
  });
  app = await startDossier(config, { logger: createLogger('silent'), buildClient: false });
}, 240_000);

afterAll(async () => {
  await app?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const TICKS_PER_SECOND = 100;
/** utime + stime of a process, in clock ticks (fields 14 and 15 of /proc/PID/stat). */
function cpuTicks(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/** The share of one core the JVM used over the next `ms`. */
async function coreShare(pid: number, ms: number): Promise<number> {
  const before = cpuTicks(pid);
  await new Promise((r) => setTimeout(r, ms));
  return (cpuTicks(pid) - before) / TICKS_PER_SECOND / (ms / 1000);
}

describe('a runaway console query', () => {
  it('when its evaluation ignores termination, then it is answered by the deadline and the JVM is idle again within 10 s', async () => {
    const pid = app.managed!.pid!;
    // The bound comes from a variable, so no static bound on range() can refuse it: Neo4j must run it.
    const sent = Date.now();
    const { status, body } = await postJson<{ error: { code: string } }>(`${app.url}/api/cypher`, {
      query: "WITH 2000000 AS n RETURN size(reduce(s = '', x IN range(1, n) | s + 'xxxxxxxxxx')) AS size",
    });
    const answeredAfter = Date.now() - sent;
    expect(status).toBe(504);
    expect(body.error.code).toBe('QUERY_TIMEOUT');
    expect(answeredAfter).toBeLessThan(TIMEOUT_MS + 2000);
    const deadline = sent + TIMEOUT_MS;
    let idleAfter: number | null = null;
    while (Date.now() < deadline + 10_000) {
      const share = await coreShare(pid, 1000);
      if (share < 0.2) {
        idleAfter = Date.now() - deadline;
        break;
      }
    }
    expect(idleAfter, 'the JVM still burned CPU 10 s after the deadline').not.toBeNull();
    // Still idle a little later: the thread was stopped, not paused.
    expect(await coreShare(pid, 2000)).toBeLessThan(0.2);
    // And the database still answers.
    const ok = await postJson<{ rows: unknown[][] }>(`${app.url}/api/cypher`, { query: 'RETURN 1 AS one' });
    expect(ok.status).toBe(200);
    expect(ok.body.rows).toEqual([[1]]);
  });
});
