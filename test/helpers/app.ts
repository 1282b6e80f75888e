// Starts Dossier in-process for a test file, against the run's managed Neo4j (emptied first, then seeded).
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../server/src/config.js';
import { createLogger } from '../../server/src/logger.js';
import { Database } from '../../server/src/neo4j/database.js';
import { startDossier, type RunningDossier } from '../../server/src/server.js';

export interface TestApp extends RunningDossier {
  config: Config;
}

export function testConfig(env: Record<string, string> = {}): Config {
  const neo4j = inject('neo4j');
  return loadConfig({
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    PORT: '0',
    CYPHER_TIMEOUT_MS: '3000',
    LOG_LEVEL: 'silent',
    SHUTDOWN_GRACE_MS: '3000',
    ...env,
  });
}

/** Deletes every node and relationship of the test database. */
export async function emptyDatabase(): Promise<void> {
  const neo4j = inject('neo4j');
  const db = new Database({ ...neo4j, database: 'neo4j' });
  const session = db.session('WRITE');
  try {
    // CALL { } IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS');
    await session.close();
  } finally {
    await db.close();
  }
}

export async function startTestApp(
  options: { env?: Record<string, string>; buildClient?: boolean; empty?: boolean } = {},
): Promise<TestApp> {
  if (options.empty !== false) await emptyDatabase();
  const config = testConfig(options.env);
  const running = await startDossier(config, {
    logger: createLogger('silent'),
    progress: () => {},
    buildClient: options.buildClient ?? false,
  });
  return { ...running, config };
}

/** fetch + JSON, keeping the status. */
export async function getJson<T = unknown>(
  url: string,
  init?: RequestInit,
): Promise<{ status: number; body: T }> {
  const res = await fetch(url, init);
  return { status: res.status, body: (await res.json()) as T };
}

export async function postJson<T = unknown>(
  url: string,
  body: unknown,
): Promise<{ status: number; body: T }> {
  return getJson<T>(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}
