// A Neo4j that refuses writes (read-only; a full disk answers alike): loading an article fails with a
// clear, coded error, nothing of it is written, and reading goes on.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Neo4jError } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { fromNeo4jError } from '../../server/src/http/error-handler.js';
import { loadArticle } from '../../server/src/ingest/load-articles.js';
import { createLogger } from '../../server/src/logger.js';
import { ManagedNeo4j } from '../../server/src/neo4j/managed/index.js';
import { readCounts, readRelationshipCounts } from '../../server/src/neo4j/repositories/index.js';
import { startDossier, type RunningDossier } from '../../server/src/server.js';
import { getJson, testConfig } from '../helpers/app.js';
import { seedDocuments } from '../helpers/seed-facts.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-readonly-'));
const managed: ManagedNeo4j[] = [];
let app: RunningDossier | undefined;

async function start(extraSettings: string[]): Promise<RunningDossier> {
  const neo4j = new ManagedNeo4j({
    dataDir,
    heap: '512m',
    pageCache: '64m',
    txTimeoutMs: 30_000,
    extraSettings,
  });
  managed.push(neo4j);
  const c = await neo4j.start();
  return startDossier(testConfig({ NEO4J_URI: c.uri, NEO4J_PASSWORD: c.password }), {
    logger: createLogger('silent'),
    buildClient: false,
  });
}

afterAll(async () => {
  await app?.stop();
  for (const m of managed) await m.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

// Two Neo4j starts (writable to seed, then read-only) and two Dossier starts: 56–57 s on a quiet machine, so
// the suite's 60 s per test was no margin; 71 s once on a busier one.
describe('a Neo4j that refuses writes', { timeout: 180_000 }, () => {
  it('when an article is loaded into a read-only database, then a coded error says so and nothing is lost', async () => {
    const writable = await start([]);
    expect(writable.seeded).toBe(true);
    await writable.stop();
    await managed[0]!.stop();

    app = await start(['server.databases.read_only=neo4j']);
    const before = { ...(await readCounts(app.db)), ...(await readRelationshipCounts(app.db)) };
    const { text, doc, file } = seedDocuments()[0]!;
    const edited = structuredClone(doc);
    edited.statements = [];
    const error = await loadArticle(app.db, { file, text, document: edited }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Neo4jError);
    const mapped = fromNeo4jError(error as Neo4jError);
    expect(mapped.code).toBe('NEO4J_READ_ONLY');
    expect(mapped.message).toMatch(/nothing was written/);
    expect({ ...(await readCounts(app.db)), ...(await readRelationshipCounts(app.db)) }).toEqual(before);
    const entity = await getJson<{ statements: unknown[] }>(
      `${app.url}/api/entities/person%3Aanatoly-antonov`,
    );
    expect(entity.status).toBe(200);
    expect(entity.body.statements.length).toBeGreaterThan(0);
  });
});
