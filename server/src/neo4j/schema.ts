// The graph's schema: uniqueness constraints on every label's id, the full-text index for search and the
// full-text index over entity names that entity resolution reads.
import { NODE_TYPES } from '@dossier/model';
import type { Database } from './database.js';
import { backfillDerivedProperties } from './repositories/derived-properties.js';

/** Every node type's label, and `Entity`, the helper label on people, organizations and places. */
export const NODE_LABELS = ['Entity', ...NODE_TYPES] as const;
/** The full-text index over entity names and aliases and article titles (docs/architecture.md, search). */
export const SEARCH_INDEX = 'dossierSearch';
/**
 * The full-text index over entity names and aliases only (no Article, whose title is also its `name`):
 * entity resolution reads every node it finds for a name or surname (resolution-reads.ts), so no article
 * title may count among the hits.
 */
export const ENTITY_NAME_INDEX = 'dossierEntityNames';

/** Each schema item by name (as SHOW INDEXES lists it; a constraint's index has its name) and its DDL. */
export const SCHEMA_ITEMS: { name: string; create: string }[] = [
  ...NODE_LABELS.map((label) => ({
    name: `${label.toLowerCase()}_id`,
    create: `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  })),
  {
    name: SEARCH_INDEX,
    create: `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS
       FOR (n:Person|Organization|Place|Article) ON EACH [n.name, n.aliasText, n.title]`,
  },
  {
    name: ENTITY_NAME_INDEX,
    create: `CREATE FULLTEXT INDEX ${ENTITY_NAME_INDEX} IF NOT EXISTS
       FOR (n:Person|Organization|Place) ON EACH [n.name, n.aliasText]`,
  },
  { name: 'event_date', create: 'CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)' },
  // Loading: the ingestion lock's one node (article-writes.ts), and the input an article came from.
  {
    name: 'ingest_lock_id',
    create: 'CREATE CONSTRAINT ingest_lock_id IF NOT EXISTS FOR (n:IngestLock) REQUIRE n.id IS UNIQUE',
  },
  {
    name: 'article_source_hash',
    create: 'CREATE INDEX article_source_hash IF NOT EXISTS FOR (n:Article) ON (n.sourceHash)',
  },
  {
    name: 'statement_quote_key',
    create: 'CREATE INDEX statement_quote_key IF NOT EXISTS FOR (n:Statement) ON (n.quoteKey)',
  },
  // The overview: the archive's most reported entities in index order, a period's articles by date.
  {
    name: 'entity_mentions',
    create: 'CREATE INDEX entity_mentions IF NOT EXISTS FOR (n:Entity) ON (n.mentions)',
  },
  {
    name: 'article_published',
    create: 'CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published)',
  },
];

/**
 * Creates what is missing and waits for the indexes to come online (an index added by a later version is
 * created on a graph loaded before it, and Neo4j fills it from the nodes already there). Nothing is written when all is in
 * place, so a database that refuses writes (read-only, full disk) can still be served.
 */
export async function applySchema(db: Database): Promise<void> {
  const session = db.session('WRITE');
  try {
    const existing = await session.run('SHOW INDEXES YIELD name RETURN collect(name) AS names');
    const names = new Set(existing.records[0]?.get('names') as string[]);
    for (const item of SCHEMA_ITEMS) if (!names.has(item.name)) await session.run(item.create);
    await session.run('CALL db.awaitIndexes(60)');
  } finally {
    await session.close();
  }
  await backfillDerivedProperties(db);
}
