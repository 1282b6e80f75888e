// Read queries for /api/health: server version and edition, counts per label (from the count store),
// and which of the seed articles a start missed the graph holds now.
import { NODE_TYPES } from '@dossier/model';
import type { Database } from '../database.js';

export async function readServerInfo(db: Database): Promise<{ version: string; edition: string }> {
  const info = await db.driver.getServerInfo({ database: db.name });
  const session = db.session('READ');
  try {
    const res = await session.run(
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS v, edition',
    );
    const rec = res.records[0];
    return {
      version: (rec?.get('v') as string) ?? info.agent ?? 'unknown',
      edition: (rec?.get('edition') as string) ?? 'unknown',
    };
  } finally {
    await session.close();
  }
}

export async function readCounts(db: Database): Promise<Record<string, number>> {
  return db.read(async (tx) => {
    const labelCounts = NODE_TYPES.map((l) => `COUNT { (:${l}) } AS ${l}`).join(', ');
    const res = await tx.run(`RETURN ${labelCounts}, COUNT { ()-[]->() } AS relationships`);
    return res.records[0]!.toObject() as Record<string, number>;
  });
}

/** Relationship counts per type, for the seed report. */
export async function readRelationshipCounts(db: Database): Promise<Record<string, number>> {
  return db.read(async (tx) => {
    const res = await tx.run('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type');
    return Object.fromEntries(res.records.map((r) => [r.get('type') as string, r.get('n') as number]));
  });
}

/** Which of these article ids the graph holds (health: seed articles a start missed, loaded since?). */
export async function readArticleIdsPresent(db: Database, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const records = await db.readQuery('MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id', { ids });
  return new Set(records.map((r) => r.get('id') as string));
}
