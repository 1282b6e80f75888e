// When Neo4j goes away the API answers 503 with a code, and it recovers by itself when Neo4j is back.
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
  });
});
