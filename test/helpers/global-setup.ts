// Vitest global setup for the integration project: one managed Neo4j for the whole run, on a free port
// with a throw-away data folder; test files get its address through inject('neo4j').
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureNeo4jFetched, ManagedNeo4j } from '../../server/src/neo4j/managed/index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; dataDir: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await ensureNeo4jFetched((line) => console.log(line));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-test-neo4j-'));
  const managed = new ManagedNeo4j({ dataDir, heap: '768m', pageCache: '128m', txTimeoutMs: 30_000 });
  const connection = await managed.start();
  project.provide('neo4j', { ...connection, dataDir });
  return async () => {
    await managed.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
