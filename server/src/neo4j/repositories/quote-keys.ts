// Statement.quoteKey (the quotation normalised, indexed) lets corroboration find the same quotation given
// to another speaker. The loader writes it; graphs loaded before it existed get it here, once, at start.
import { normalizeSentence } from '../../corroboration/rules.js';
import type { Database } from '../database.js';

const BATCH = 5000;

/** Writes the missing quote keys, in batches; writes nothing (and needs no write access) when none is missing. */
export async function backfillQuoteKeys(db: Database): Promise<number> {
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
