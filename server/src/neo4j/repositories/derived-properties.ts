// Properties the loader derives and keeps for fast reads: Statement.quoteKey (the quotation normalised,
// so corroboration finds the same quotation given to another speaker) and Entity.mentions (the articles
// that mention the entity, so the overview ranks the archive from an index). Graphs loaded before these
// existed get them here, once, at start; nothing is written (or needs write access) when none is missing.
import { normalizeSentence } from '../../corroboration/rules.js';
import type { Database } from '../database.js';

const BATCH = 5000;

/** Cypher: the value of Entity.mentions for entity `e` (kept so by the loader's writes and retractions). */
export const ENTITY_MENTIONS = (e: string) => `COUNT { (${e})-[:MENTIONED_IN]->() }`;

async function backfillQuoteKeys(db: Database): Promise<number> {
  let done = 0;
  for (;;) {
    const res = await db.read((tx) =>
      tx.run(
        `MATCH (s:Statement) WHERE s.quoteKey IS NULL AND s.quote IS NOT NULL
         RETURN s.id AS id, s.quote AS quote LIMIT ${BATCH}`,
      ),
    );
    const rows = res.records.map((r) => ({
      id: r.get('id') as string,
      key: normalizeSentence(r.get('quote') as string),
    }));
    if (rows.length === 0) return done;
    await db.write((tx) =>
      tx.run('UNWIND $rows AS row MATCH (s:Statement {id: row.id}) SET s.quoteKey = row.key', { rows }),
    );
    done += rows.length;
  }
}

async function backfillMentions(db: Database): Promise<number> {
  let done = 0;
  for (;;) {
    const missing = await db.read((tx) =>
      tx.run('MATCH (e:Entity) WHERE e.mentions IS NULL RETURN count(e) > 0 AS any'),
    );
    if (!missing.records[0]!.get('any')) return done;
    const res = await db.write((tx) =>
      tx.run(
        `MATCH (e:Entity) WHERE e.mentions IS NULL
         WITH e LIMIT ${BATCH}
         SET e.mentions = ${ENTITY_MENTIONS('e')}
         RETURN count(e) AS n`,
      ),
    );
    done += res.records[0]!.get('n') as number;
  }
}

/** Fills in what graphs loaded by an earlier version lack; returns how many nodes were written. */
export async function backfillDerivedProperties(db: Database): Promise<number> {
  return (await backfillQuoteKeys(db)) + (await backfillMentions(db));
}
