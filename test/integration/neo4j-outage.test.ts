// When Neo4j goes away the API answers 503 with a code, and it recovers by itself when Neo4j is back; a stop
// asked while Neo4j is still starting (a shutdown during a restart) ends too.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/src/logger.js';
import { freePort, ManagedNeo4j } from '../../server/src/neo4j/managed/index.js';
import { startDossier, type RunningDossier } from '../../server/src/server.js';
import { getJson, testConfig } from '../helpers/app.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-outage-'));
let neo4j: ManagedNeo4j;
let app: RunningDossier;

beforeAll(async () => {
  neo4j = new ManagedNeo4j({
    dataDir,
    heap: '512m',
    pageCache: '64m',
    txTimeoutMs: 30_000,
    boltPort: await freePort(),
  });
  const c = await neo4j.start();
  const config = testConfig({ NEO4J_URI: c.uri, NEO4J_PASSWORD: c.password });
  app = await startDossier(config, { logger: createLogger('silent'), buildClient: false });
});

afterAll(async () => {
  await app?.stop();
  await neo4j?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function until(check: () => Promise<boolean>, limitMs: number): Promise<boolean> {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

describe('a Neo4j outage', () => {
  it('when Neo4j stops, then the API answers 503 with a code; when it is back, the API recovers', async () => {
    expect((await getJson(`${app.url}/api/health`)).status).toBe(200);
    await neo4j.stop();
    const health = await getJson<{ error: { code: string } }>(`${app.url}/api/health`);
    expect(health.status).toBe(503);
    expect(health.body.error.code).toBe('NEO4J_UNAVAILABLE');
    const search = await getJson<{ error: { code: string } }>(`${app.url}/api/search?q=antonov`);
    expect(search.status).toBe(503);
    expect(search.body.error.code).toBe('NEO4J_UNAVAILABLE');
    await neo4j.start();
    expect(await until(async () => (await getJson(`${app.url}/api/health`)).status === 200, 60_000)).toBe(
      true,
    );
    const again = await getJson<{ results: { id: string }[] }>(`${app.url}/api/search?q=antonov`);
    expect(again.status).toBe(200);
    expect(again.body.results[0]?.id).toBe('person:anatoly-antonov');
  }, 180_000); // an orderly stop and a JVM start: over a minute on a loaded machine

  it('when a stop is asked while Neo4j is still starting, then the stop ends, the JVM is gone, and it starts again', async () => {
    await neo4j.stop();
    const starting = neo4j.start(); // spawns the JVM at once; it is ready seconds later
    const pid = neo4j.pid;
    expect(pid).toBeDefined();
    await neo4j.stop(); // a restart interrupted by the server's shutdown: this once waited forever
    await Promise.allSettled([starting]);
    expect(neo4j.running).toBe(false);
    expect(() => process.kill(pid!, 0)).toThrow(/ESRCH/);
    await neo4j.start();
    expect(await until(async () => (await getJson(`${app.url}/api/health`)).status === 200, 60_000)).toBe(
      true,
    );
  }, 240_000);
});
