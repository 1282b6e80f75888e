// An external Neo4j, end to end: a second managed Neo4j stands in for someone else's server (Dossier gets
// only its address, user and password), and `npm start`'s real entry point runs against it through
// NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD. The seed loads, ingestion works, the console stays read-only
// (the guard refuses a write, and the database itself refuses one sent in the console's READ
// transaction), Dossier starts no JVM of its own, and stopping it leaves that Neo4j running.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CypherResponse, EntityDetail, ErrorBody, HealthResponse, IngestResponse } from '@dossier/model';
import { Database } from '../../server/src/neo4j/database.js';
import { ManagedNeo4j, type Neo4jConnection } from '../../server/src/neo4j/managed/index.js';
import { runReadQuery } from '../../server/src/neo4j/repositories/index.js';
import { getJson, postJson } from '../helpers/app.js';
import { javaPidsMentioning } from '../helpers/processes.js';
import { exited, startServerProcess, type ServerProcess } from '../helpers/server-process.js';

const neo4jDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-external-neo4j-'));
/** Dossier's own data folder: where it would put a managed Neo4j, which it must not start. */
const dossierDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-external-app-'));
const external = new ManagedNeo4j({
  dataDir: neo4jDir,
  heap: '512m',
  pageCache: '64m',
  txTimeoutMs: 30_000,
  startTimeoutMs: 300_000,
});
let connection: Neo4jConnection;
let db: Database;
let server: ServerProcess | undefined;

beforeAll(async () => {
  connection = await external.start();
  db = new Database({ ...connection, database: 'neo4j' });
  server = await startServerProcess({
    NEO4J_URI: connection.uri,
    NEO4J_USER: connection.user,
    NEO4J_PASSWORD: connection.password,
    DOSSIER_DATA_DIR: dossierDir,
  });
}, 400_000);

afterAll(async () => {
  if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
  await db?.close();
  await external.stop();
  fs.rmSync(neo4jDir, { recursive: true, force: true });
  fs.rmSync(dossierDir, { recursive: true, force: true });
}, 120_000);

const count = async (query: string) => (await db.read((tx) => tx.run(query))).records[0]!.get('n') as number;

describe('an external Neo4j (NEO4J_URI)', { timeout: 120_000 }, () => {
  it('when the server starts against it, then the seed loads there and no managed JVM is started', async () => {
    expect(server!.output()).toContain('seed loaded now');
    const health = await getJson<HealthResponse>(`${server!.url}/api/health`);
    expect(health.body.neo4j).toMatchObject({ connected: true, edition: 'community' });
    expect(health.body.counts?.['Article']).toBe(5);
    expect(await count('MATCH (a:Article) RETURN count(a) AS n')).toBe(5);
    expect(javaPidsMentioning(dossierDir)).toEqual([]);
  });

  it('when an article is posted, then it is loaded into that Neo4j and joins the seed', async () => {
    const res = await postJson<IngestResponse & ErrorBody>(`${server!.url}/api/articles`, {
      text: 'Envoy back in Washington\n\nAnatoly Antonov returned to Washington on Monday, officials said.\n',
      outlet: 'Outside Wire',
      published: '2021-06-28',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.document.entities.map((e) => e.id)).toContain('person:anatoly-antonov');
    expect(await count('MATCH (a:Article) RETURN count(a) AS n')).toBe(6);
    const detail = await getJson<EntityDetail>(`${server!.url}/api/entities/person:anatoly-antonov`);
    expect(detail.body.articles.map((a) => a.id)).toContain(res.body.article.id);
  });

  it('when the console is asked to write, then the guard refuses it, and the database refuses a write in its READ transaction', async () => {
    const refused = await postJson<ErrorBody>(`${server!.url}/api/cypher`, {
      query: "CREATE (n:Intruder {name: 'x'}) RETURN n",
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toMatch(/^[A-Z_]+$/);
    const read = await postJson<CypherResponse>(`${server!.url}/api/cypher`, {
      query: 'MATCH (a:Article) RETURN count(a) AS n',
    });
    expect(read.status).toBe(200);
    expect(read.body.rows).toEqual([[6]]);
    // Under the guard: the console's own transaction on this server is READ, and Neo4j refuses the write.
    await expect(
      runReadQuery(
        db,
        "CREATE (:Intruder {name: 'y'})",
        {},
        { cap: 10, maxBytes: 1_000_000, timeoutMs: 10_000, tag: 'test' },
      ),
    ).rejects.toThrow(/read/i);
    expect(await count('MATCH (n:Intruder) RETURN count(n) AS n')).toBe(0);
  });

  it('when the server stops, then that Neo4j keeps running with the graph', async () => {
    server!.child.kill('SIGTERM');
    expect(await exited(server!.child)).toBe(0);
    expect(await count('MATCH (a:Article) RETURN count(a) AS n')).toBe(6);
  });
});
