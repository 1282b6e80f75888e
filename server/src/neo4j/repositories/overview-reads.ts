// Read queries of the overview (the first view of an archive): the entities most reported in a period,
// the typed relations among them, the events behind those relations, and how many nodes the period holds.
// Ranking over the whole archive reads the precomputed, indexed `Entity.mentions` (kept by the loader)
// in index order; ranking within a period counts the mentions of the period's articles (indexed by
// `Article.published`). Choosing which links to draw is the overview service's job.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { ProjectedEdge, ProjectedNode } from '../mappers.js';
import { dateLowerBound, dateUpperBound, edgeProjection, nodeProjection } from './projections.js';
import { readRelationTypes } from './relation-types.js';

export interface Period {
  /** `YYYY-MM-DD` lower bound (inclusive; `-00` for "from the start of"), or null. */
  from: string | null;
  /** `YYYY-MM-DD` upper bound (inclusive; `-99` for "to the end of"), or null. */
  to: string | null;
}

/** A typed relation between two ranked entities: the most reported of its type between them. */
export interface CandidateLink {
  source: string;
  target: string;
  /** Articles that report the relations of this type between the two (all of them, parallel ones too). */
  weight: number;
  /** The relationship's element id (its projection is read for the chosen links only). */
  rel: string;
  event: string | null;
}

/** Cypher: variable `v`'s date (any precision) may fall in the period; undated items always do. */
export const inPeriod = (v: string) => `
  ($from IS NULL OR ${v}.date IS NULL OR ${dateUpperBound(`${v}.date`)} >= $from) AND
  ($to IS NULL OR ${v}.date IS NULL OR ${dateLowerBound(`${v}.date`)} <= $to)`;

/**
 * Cypher: the date `expr` (any precision, not null) may fall in the period. The range on the raw value
 * (a year's prefix sorts before its days; a date sorts before its last possible day) lets a range index
 * serve it; the exact test follows.
 */
const datedIn = (expr: string, p: Period) =>
  [
    p.from ? `${expr} >= left($from, 4) AND ${dateUpperBound(expr)} >= $from` : null,
    p.to ? `${expr} <= $to AND ${dateLowerBound(expr)} <= $to` : null,
  ]
    .filter(Boolean)
    .join(' AND ');

/** Cypher: article `a` is published in the period. */
const publishedIn = (p: Period) => datedIn('a.published', p);

/** The entity types, when the overview asks for all of them: no label test is needed then. */
const ENTITY_TYPES = ['Person', 'Organization', 'Place'];

/** The top of a ranking: ids and element ids, in order, and how many were ranked. */
export interface RankedEntities {
  ids: string[];
  elementIds: string[];
  total: number;
  /** Articles the ranking counted: the period's (null for the whole archive). */
  articles: number | null;
}

/**
 * The ids of the `limit` entities of `types` most reported in the period (by articles that mention
 * them), and how many entities of those types the period holds. Within a period, every mention of the
 * period's articles is counted (work in proportion to the period); the order of ties is by id, and only
 * the entities at or above the cut are read for it.
 */
export async function readTopEntities(
  tx: ManagedTransaction,
  types: string[],
  period: Period,
  limit: number,
): Promise<RankedEntities> {
  if (types.length === 0) return { ids: [], elementIds: [], total: 0, articles: null };
  const params = { types, limit: neo4j.int(limit), ...period };
  if (!period.from && !period.to) {
    const top = await tx.run(
      `MATCH (n:Entity) WHERE n.mentions IS NOT NULL AND any(l IN labels(n) WHERE l IN $types)
       WITH n ORDER BY n.mentions DESC, n.id LIMIT $limit
       RETURN collect(n.id) AS ids, collect(elementId(n)) AS elementIds`,
      params,
    );
    const total = await tx.run(
      types.map((t) => `MATCH (n:${asLabel(t)}) RETURN count(n) AS c`).join(' UNION ALL '),
    );
    return {
      ids: top.records[0]!.get('ids') as string[],
      elementIds: top.records[0]!.get('elementIds') as string[],
      total: total.records.reduce((sum, r) => sum + (r.get('c') as number), 0),
      articles: null,
    };
  }
  const ofTypes = ENTITY_TYPES.every((t) => types.includes(t))
    ? ''
    : `WHERE n:${types.map(asLabel).join('|')}`;
  const res = await tx.run(
    `MATCH (a:Article) WHERE ${publishedIn(period)}
     WITH collect(a) AS articles
     UNWIND articles AS a
     MATCH (a)<-[:MENTIONED_IN]-(n) ${ofTypes}
     WITH size(articles) AS articles, n, count(*) AS weight
     WITH articles, collect({n: n, weight: weight}) AS counted
     CALL (counted) {
       UNWIND counted AS x
       WITH x.weight AS weight ORDER BY weight DESC LIMIT $limit
       RETURN min(weight) AS cut
     }
     UNWIND [x IN counted WHERE x.weight >= cut] AS x
     WITH articles, size(counted) AS total, x.n AS n, x.weight AS weight
     ORDER BY weight DESC, n.id LIMIT $limit
     RETURN articles, total, collect(n.id) AS ids, collect(elementId(n)) AS elementIds`,
    params,
  );
  const r = res.records[0];
  if (!r) return { ids: [], elementIds: [], total: 0, articles: 0 };
  return {
    ids: r.get('ids') as string[],
    elementIds: r.get('elementIds') as string[],
    total: r.get('total') as number,
    articles: r.get('articles') as number,
  };
}

/** The events of the period most reported (for an overview of events alone). */
export async function readTopEvents(
  tx: ManagedTransaction,
  period: Period,
  limit: number,
): Promise<string[]> {
  const res = await tx.run(
    `MATCH (n:Event) WHERE ${inPeriod('n')}
     WITH n ORDER BY COUNT { (n)-[:REPORTED_IN]->() } DESC, n.date DESC, n.id LIMIT $limit
     RETURN collect(n.id) AS ids`,
    { ...period, limit: neo4j.int(limit) },
  );
  return res.records[0]!.get('ids') as string[];
}

/**
 * How many events the period holds: within a period, the events dated in it (read from the date index;
 * undated events, which every period shows, are not counted), or all of them.
 */
export async function countEvents(tx: ManagedTransaction, period: Period): Promise<number> {
  const res = await tx.run(
    period.from || period.to
      ? `MATCH (n:Event) WHERE ${datedIn('n.date', period)} RETURN count(n) AS c`
      : 'MATCH (n:Event) RETURN count(n) AS c',
    period,
  );
  return res.records[0]!.get('c') as number;
}

/** Node labels are interpolated only from this list (the types the API accepts). */
function asLabel(type: string): string {
  if (!['Person', 'Organization', 'Place', 'Event', 'Statement', 'Article'].includes(type))
    throw new Error(`not a node type: ${type}`);
  return type;
}

/**
 * The typed relations among the given entities (ids and element ids, in the same order) in the period:
 * per pair and type, the most reported relationship, with the articles of all of them as its weight.
 * Work is bounded per entity: at most `reads` of its outgoing typed relationships are read (a hub's
 * newest first, as Neo4j keeps them), whatever its degree; the period and the far end are tested on those.
 * Types are spelled out in the pattern so that Neo4j walks only those chains of a hub, not its thousands
 * of mentions; the far end is tested against a parameter list by element id (no property read).
 */
export async function readCandidateLinks(
  tx: ManagedTransaction,
  entities: { ids: string[]; elementIds: string[] },
  period: Period,
  reads: number,
): Promise<CandidateLink[]> {
  const types = await readRelationTypes(tx);
  if (entities.ids.length < 2 || types.length === 0) return [];
  const res = await tx.run(
    `UNWIND $ids AS id
     MATCH (a:Entity {id: id})
     CALL (a) {
       MATCH (a)-[r:${types.join('|')}]->(b)
       WITH r, b LIMIT $reads
       WHERE elementId(b) IN $elementIds AND ${inPeriod('r')}
       RETURN r, b
     }
     WITH a, b, type(r) AS t, r, size(r.articleIds) AS w
     ORDER BY w DESC
     WITH a, b, t, collect(r)[0] AS best, sum(w) AS weight
     RETURN a.id AS source, b.id AS target, weight, best.event AS event, elementId(best) AS rel`,
    { ...entities, ...period, reads: neo4j.int(reads) },
  );
  return res.records.map((r) => ({
    source: r.get('source') as string,
    target: r.get('target') as string,
    weight: r.get('weight') as number,
    event: r.get('event') as string | null,
    rel: r.get('rel') as string,
  }));
}

/**
 * The nodes to draw (entities and events by id) and the edges: the chosen relationships (by element id)
 * and the events' participation and place edges to any of the entities.
 */
export async function readOverviewGraph(
  tx: ManagedTransaction,
  ids: string[],
  eventIds: string[],
  rels: string[],
): Promise<{ nodes: ProjectedNode[]; edges: ProjectedEdge[] }> {
  const res = await tx.run(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id})
     RETURN ${nodeProjection('n')} AS node, [] AS edges
     UNION ALL
     UNWIND $eventIds AS id
     MATCH (n:Event {id: id})
     RETURN ${nodeProjection('n')} AS node,
       [(n)-[r:PARTICIPATED_IN|TOOK_PLACE_IN]-(x:Entity) WHERE x.id IN $ids | ${edgeProjection('r')}] AS edges
     UNION ALL
     UNWIND $rels AS rel
     MATCH ()-[r]->() WHERE elementId(r) = rel
     RETURN null AS node, [${edgeProjection('r')}] AS edges`,
    { ids, eventIds, rels },
  );
  return {
    nodes: res.records.map((r) => r.get('node') as ProjectedNode | null).filter((n) => n !== null),
    edges: res.records.flatMap((r) => r.get('edges') as ProjectedEdge[]),
  };
}

/** How many articles the archive holds (from the count store). */
export async function countArticles(tx: ManagedTransaction): Promise<number> {
  const res = await tx.run('MATCH (a:Article) RETURN count(a) AS c');
  return res.records[0]!.get('c') as number;
}

/**
 * A value that changes whenever articles are loaded, edited or removed: the numbers of articles, nodes and
 * relationships (from the count store) and the stamp every loading transaction leaves on the ingestion
 * lock (`IngestLock`, article-writes.ts), which also catches an edit that leaves every count as it was.
 * Cheap: three count-store reads and one unique-index lookup.
 */
export async function readArchiveVersion(tx: ManagedTransaction): Promise<string> {
  const res = await tx.run(
    `CALL () { MATCH (a:Article) RETURN count(a) AS articles }
     CALL () { MATCH (n) RETURN count(n) AS nodes }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
     OPTIONAL MATCH (l:IngestLock {id: 'ingest'})
     RETURN [articles, nodes, relationships, l.at] AS version`,
  );
  return JSON.stringify(res.records[0]!.get('version'));
}
