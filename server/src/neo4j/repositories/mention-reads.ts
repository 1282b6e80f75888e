// Reads for the mention index (services/mention-index.ts): every entity (element id, id, type) and, per
// publication date of the archive's articles, how many of that date's articles mention each entity. One
// pass over every mention of the archive, run when the index is built, not per request; and every typed
// relation between entities, for the link index (services/link-index.ts).
import type { ManagedTransaction } from 'neo4j-driver';

export interface EntityTable {
  elementIds: string[];
  ids: string[];
  types: string[];
}

/** The articles published on one date (any precision) and the entities they mention, with counts. */
export interface MentionRow {
  published: string;
  articles: number;
  /** Element ids of the entities mentioned, parallel to `counts`. */
  entities: string[];
  counts: number[];
}

export async function readEntityTable(tx: ManagedTransaction): Promise<EntityTable> {
  const res = await tx.run(
    `MATCH (n:Entity)
     WITH n, CASE WHEN n:Person THEN 'Person' WHEN n:Organization THEN 'Organization'
                  WHEN n:Place THEN 'Place' END AS type
     WHERE type IS NOT NULL
     RETURN collect(elementId(n)) AS elementIds, collect(n.id) AS ids, collect(type) AS types`,
  );
  const r = res.records[0]!;
  return {
    elementIds: r.get('elementIds') as string[],
    ids: r.get('ids') as string[],
    types: r.get('types') as string[],
  };
}

/**
 * Per publication date, the entities the date's articles mention and how many of them mention each
 * (MENTIONED_IN is read from the article's side: element ids only, no property of the entity).
 */
export async function readMentionRows(tx: ManagedTransaction): Promise<MentionRow[]> {
  const res = await tx.run(
    `MATCH (a:Article) WHERE a.published IS NOT NULL
     WITH a.published AS published, collect(a) AS articles
     CALL (articles) {
       UNWIND articles AS a
       MATCH (a)<-[:MENTIONED_IN]-(n)
       WITH elementId(n) AS n, count(*) AS c
       RETURN collect(n) AS entities, collect(c) AS counts
     }
     RETURN published, size(articles) AS articles, entities, counts`,
  );
  return res.records.map((r) => ({
    published: String(r.get('published')),
    articles: r.get('articles') as number,
    entities: r.get('entities') as string[],
    counts: r.get('counts') as number[],
  }));
}

/** One typed relation between two entities, as the link index keeps it. */
export interface LinkRow {
  /** Element ids of its ends. */
  source: string;
  target: string;
  type: string;
  /** Its date (any precision), or null when undated. */
  date: string | null;
  /** How many articles report it. */
  weight: number;
  event: string | null;
  /** The relationship's element id. */
  rel: string;
}

/**
 * Every typed relation between entities (not mentions, reports or participations), streamed into `take`
 * one row at a time so that the archive's relations are never held as driver records all at once.
 */
export async function readLinkRows(
  tx: ManagedTransaction,
  types: string[],
  take: (row: LinkRow) => void,
): Promise<void> {
  if (types.length === 0) return;
  const result = tx.run(
    `MATCH (a:Entity)-[r:${types.join('|')}]->(b:Entity)
     RETURN elementId(a) AS source, elementId(b) AS target, type(r) AS type, r.date AS date,
            coalesce(size(r.articleIds), 0) AS weight, r.event AS event, elementId(r) AS rel`,
  );
  for await (const r of result)
    take({
      source: r.get('source') as string,
      target: r.get('target') as string,
      type: r.get('type') as string,
      date: (r.get('date') as string | null) ?? null,
      weight: Number(r.get('weight')),
      event: (r.get('event') as string | null) ?? null,
      rel: r.get('rel') as string,
    });
}
