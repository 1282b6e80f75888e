// The seed on a database that refuses an article for a while, for real: a Neo4j of its own with a short
// transaction timeout (10 s), and another session holding a write lock on a node only one seed article
// writes (Crimea, in the Moscow Times article), so every transaction that writes that article waits and
// is stopped at the timeout, as the first cold transaction on a busy host was. Held through every try:
// the start comes up with the other four and says which is missing (progress lines,
// RunningDossier.seedGaps, /api/health) until a later load adds it. Released after the first refusal:
// the retry, alone and after the others, loads it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { HealthResponse } from '@dossier/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../server/src/ingest/seed.js';
import { createLogger } from '../../server/src/logger.js';
import { Database } from '../../server/src/neo4j/database.js';
import { ManagedNeo4j } from '../../server/src/neo4j/managed/index.js';
import { readCounts } from '../../server/src/neo4j/repositories/index.js';
import { applySchema } from '../../server/src/neo4j/schema.js';
import { startDossier, type RunningDossier } from '../../server/src/server.js';
import { getJson, testConfig } from '../helpers/app.js';
import { seedDocuments } from '../helpers/seed-facts.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-seed-retry-'));
const neo4j = new ManagedNeo4j({ dataDir, heap: '512m', pageCache: '64m', txTimeoutMs: 10_000 });
let connection: { uri: string; user: string; password: string } | undefined;
let holder: Database | undefined;
let app: RunningDossier | undefined;

/** The held article: the Moscow Times one, the only one that names Crimea. */
const HELD_NODE = 'place:crimea';
const heldDoc = seedDocuments().find((s) => s.doc.entities.some((e) => e.id === HELD_NODE))!.doc;
const held = heldDoc.article.id;

/** Locks the held node in a transaction of its own with a long time limit, until released. */
async function holdLock(): Promise<() => Promise<void>> {
  const session = holder!.session('WRITE');
  const tx = session.beginTransaction({ timeout: 150_000 });
  await tx.run('MATCH (n:Entity {id: $id}) SET n.heldByTest = true RETURN n', { id: HELD_NODE });
  return async () => {
    await tx.rollback().catch(() => undefined);
    await session.close();
  };
}

beforeAll(async () => {
  connection = await neo4j.start();
  holder = new Database({ ...connection, database: 'neo4j' });
  // The constraints first (creating them would wait for a held transaction), then the held node, which
  // only the Moscow Times article writes (derived properties set: the start's backfill leaves it alone);
  // no Article yet, so the start loads the seed.
  await applySchema(holder);
  await holder.write((tx) =>
    tx.run("CREATE (:Entity:Place {id: $id, name: 'Crimea', mentions: 0})", { id: HELD_NODE }),
  );
  expect(seedDocuments().filter((s) => s.doc.entities.some((e) => e.id === HELD_NODE))).toHaveLength(1);
});

afterAll(async () => {
  await app?.stop();
  await holder?.close();
  await neo4j.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const health = async () => (await getJson<HealthResponse>(`${app!.url}/api/health`)).body;

describe('a seed article the database refuses for a while', { timeout: 300_000 }, () => {
  it('when its lock is held through every try, then the start comes up without it and says so until it is loaded', async () => {
    const release = await holdLock();
    const lines: string[] = [];
    try {
      const c = connection!;
      app = await startDossier(testConfig({ NEO4J_URI: c.uri, NEO4J_PASSWORD: c.password }), {
        logger: createLogger('silent'),
        buildClient: false,
        progress: (l) => lines.push(l),
        seedRetry: { retries: 2, pauseMs: 200 },
      });
    } finally {
      await release();
    }
    expect(app.seeded).toBe(true);
    expect(app.seedGaps.map((g) => g.article)).toContain(held);
    const gap = app.seedGaps.find((g) => g.article === held)!;
    expect(gap.reason).toMatch(/Neo\.\w+Error\.Transaction\./);
    const retried = lines.filter((l) => l.includes(held) && l.includes('loading it again alone'));
    expect(retried, lines.join('\n')).toHaveLength(2);
    expect(lines.find((l) => l.startsWith('WARNING: the seed is incomplete'))).toContain(held);
    expect(app.counts['Article']).toBe(5 - app.seedGaps.length);

    const before = await health();
    expect(before.status).toBe('ok');
    expect(before.seedMissing?.map((g) => g.article)).toEqual(app.seedGaps.map((g) => g.article));

    // Lock gone: loading the seed again (npm run seed) adds what was missing; health stops naming it.
    const outcomes = await loadSeed(app.db);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect((await readCounts(app.db))['Article']).toBe(5);
    expect((await health()).seedMissing).toBeUndefined();
  });

  it('when its lock is released after its first refusal, then the retry loads it after the others', async () => {
    const release = await holdLock();
    const lines: string[] = [];
    let released: Promise<void> | undefined;
    try {
      const outcomes = await loadSeed(app!.db, {
        retries: 3,
        pauseMs: 200,
        log: (l) => {
          lines.push(l);
          if (l.includes('loading it again alone')) released ??= release();
        },
      });
      expect(outcomes.map((o) => o.ok)).toEqual([true, true, true, true, true]);
    } finally {
      await (released ?? release());
    }
    expect(lines.some((l) => l.includes(held) && l.includes('loading it again alone'))).toBe(true);
    expect(lines.some((l) => l.includes(held) && /loaded on try \d/.test(l))).toBe(true);
    const props = await app!.db.read((tx) =>
      tx.run('MATCH (n:Entity {id: $id}) RETURN n.heldByTest AS h', { id: HELD_NODE }),
    );
    expect(props.records[0]!.get('h')).toBeNull();
    expect((await readCounts(app!.db))['Article']).toBe(5);
  });
});
