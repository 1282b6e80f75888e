// The graph's schema: uniqueness constraints on every label's id and the full-text index for search.
import type { Database } from './database.js';

export const NODE_LABELS = [
  'Article',
  'Entity',
  'Person',
  'Organization',
  'Place',
  'Event',
  'Statement',
] as const;
/** The full-text index over entity names and aliases and article titles (DESIGN.md, search). */
export const SEARCH_INDEX = 'dossierSearch';
/** Relationship types that carry structure and provenance, as opposed to facts between entities. */
export const STRUCTURAL_TYPES = [
  'MENTIONED_IN',
  'SAID',
  'REPORTED_IN',
  'ABOUT',
  'PARTICIPATED_IN',
  'TOOK_PLACE_IN',
] as const;

export const SCHEMA_STATEMENTS: string[] = [
  ...NODE_LABELS.map(
    (label) =>
      `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS
     FOR (n:Person|Organization|Place|Article) ON EACH [n.name, n.aliasText, n.title]`,
  'CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)',
];

/** Creates what is missing (idempotent) and waits for the indexes to come online. */
export async function applySchema(db: Database): Promise<void> {
  const session = db.session('WRITE');
  try {
    for (const statement of SCHEMA_STATEMENTS) await session.run(statement);
    await session.run('CALL db.awaitIndexes(60)');
  } finally {
    await session.close();
  }
}
