// The outlet and publication date of each evidence item of a relation, kept on the relationship beside
// its other provenance lists (`evidenceOutlets`, `evidencePublished`; entry i is article i's), so that an
// entity page shows who reported each relation without looking up every evidence item's Article. One
// module writes them: the loader appends the article's own values as it writes the relation, a
// retraction keeps the lists parallel, and graphs loaded before get them from their articles at start.
// A list never holds null: an undated article's date is kept as ''.
import type { Database } from '../database.js';

/** The lists, parallel to `articleIds`. */
export const EVIDENCE_SOURCE_LISTS = ['evidenceOutlets', 'evidencePublished'] as const;

/**
 * Cypher SET items for relationship `r` gaining the evidence of `row` (`row.evidence`, one entry each)
 * from the article `row.outlet` / `row.published`. Placed before the SET items that extend
 * `r.articleIds`: a relationship whose lists are missing (loaded before, not yet filled in) keeps them
 * missing rather than out of step, for the start-up fill to write.
 */
export const appendEvidenceSources = (r: string, row: string) => {
  const inStep = (list: string) => `size(coalesce(${r}.${list}, [])) = size(coalesce(${r}.articleIds, []))`;
  const append = (list: string, value: string) =>
    `${r}.${list} = CASE WHEN ${inStep(list)}
       THEN coalesce(${r}.${list}, []) + [x IN ${row}.evidence | ${value}] END`;
  return `${append('evidenceOutlets', `${row}.outlet`)},
      ${append('evidencePublished', `coalesce(${row}.published, '')`)}`;
};

/** Cypher SET items keeping, of relationship `r`'s lists, the entries at the indexes in list `keep`. */
export const keepEvidenceSources = (r: string, keep: string) =>
  EVIDENCE_SOURCE_LISTS.map(
    (list) =>
      `${r}.${list} = CASE WHEN ${r}.${list} IS NULL THEN null ELSE [i IN ${keep} | ${r}.${list}[i]] END`,
  ).join(', ');

/** Cypher SET items writing relationship `r`'s lists from the articles its `articleIds` name. */
const FROM_ARTICLES = (r: string) => {
  const of = (prop: string) =>
    `[id IN ${r}.articleIds | coalesce(head(COLLECT { MATCH (a:Article {id: id}) RETURN a.${prop} }), '')]`;
  return `${r}.evidenceOutlets = ${of('outlet')}, ${r}.evidencePublished = ${of('published')}`;
};

/**
 * Relations of `types` without their evidence sources get them from their articles, in transactions of
 * 5,000; returns how many were written. One pass over the relationships of those types.
 */
export async function backfillEvidenceSources(db: Database, types: string[]): Promise<number> {
  if (types.length === 0) return 0;
  const pattern = `()-[r:${types.join('|')}]->()`;
  const missing = `r.articleIds IS NOT NULL AND r.evidenceOutlets IS NULL`;
  const any = await db.read((tx) => tx.run(`MATCH ${pattern} WHERE ${missing} RETURN true LIMIT 1`));
  if (any.records.length === 0) return 0;
  // CALL { } IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = db.session('WRITE');
  try {
    const res = await session.run(
      `MATCH ${pattern} WHERE ${missing}
       CALL (r) { SET ${FROM_ARTICLES('r')} } IN TRANSACTIONS OF 5000 ROWS
       RETURN count(r) AS n`,
    );
    return res.records[0]!.get('n') as number;
  } finally {
    await session.close();
  }
}
