// Read queries for corroboration: for relations, events and statements (an entity page's items, or the
// one item the panel opens), every article that reports each one (outlet, date, sentence), and the rival
// versions that may contradict it: the same relation between the same parties on another date, an event
// of the same kind between the same parties on another date, the same quotation given to another
// speaker. Judging is left to server/src/corroboration; these queries only fetch candidates near enough
// in time. How deep they read is the caller's choice (ReadDepth): an entity page reads each item's first
// reports and only the article ids of its rivals (COUNTS), the item opened reads them all (FULL). Work is
// bounded per item, whatever the degree of the entities involved: reports (REPORT_CAP), rival versions
// (RIVAL_CAP), a party's events searched for rivals (EVENT_CANDIDATES), statements of one quotation
// (COMMON_QUOTE_STATEMENTS); a relation is found through its own type's relationships between its two ends.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { RelationRef } from '@dossier/model';
import type { RawItem, RawVersion } from '../../corroboration/counts.js';
import { COMMON_QUOTE_STATEMENTS, independentOutlets, MIN_QUOTE_WORDS } from '../../corroboration/rules.js';
import type { ProjectedEdge } from '../mappers.js';
import { readRelationTypes } from './relation-types.js';

/** Reports read per version of an item (an item reported more often is judged on its first reports). */
export const REPORT_CAP = 300;
/** Reports read per edge of a serialized graph to count its outlets (outlets saturate long before). */
export const EDGE_REPORT_CAP = 50;
/** Rival versions read per item. */
const RIVAL_CAP = 20;
/** Events of the least busy party read per event in search of rivals (its newest first). */
const EVENT_CANDIDATES = 60;

/** Reports read per item (`reports`) and per rival version (`rivalReports`; 0: only its article ids). */
export interface ReadDepth {
  reports: number;
  rivalReports: number;
}
/** One item opened: all it takes to show its outlets and its rivals' side by side. */
export const FULL: ReadDepth = { reports: REPORT_CAP, rivalReports: REPORT_CAP };
/** An entity page's items: counts from the first reports (as edges count), a rival's articles by id only. */
export const COUNTS: ReadDepth = { reports: EDGE_REPORT_CAP, rivalReports: 0 };
const depthParams = (d: ReadDepth) => ({
  cap: neo4j.int(d.reports),
  rivalCap: neo4j.int(d.rivalReports),
  idCap: neo4j.int(REPORT_CAP),
});

export type { RawItem, RawReport, RawVersion } from '../../corroboration/counts.js';

/**
 * Cypher: dates `a` and `b` (any precision) could lie within about two months of each other, or one is
 * missing. A coarse filter; the exact rule is datesContradict.
 */
const nearInTime = (a: string, b: string) => {
  const month = (d: string) => `(toInteger(left(${d}, 4)) * 12 + toInteger(substring(${d}, 5, 2)))`;
  return `(${a} IS NULL OR ${b} IS NULL OR
    CASE WHEN size(${a}) >= 7 AND size(${b}) >= 7 THEN abs(${month(a)} - ${month(b)}) <= 2
         ELSE abs(toInteger(left(${a}, 4)) - toInteger(left(${b}, 4))) <= 1 END)`;
};

/** Cypher: the reports of relationship `v` (parallel lists: entry k is article k's sentence), `cap` of them. */
const relationReports = (v: string, cap: string) => `COLLECT {
    UNWIND range(0, size(${v}.articleIds) - 1) AS k
    WITH k LIMIT ${cap}
    MATCH (a:Article {id: ${v}.articleIds[k]})
    RETURN {articleId: a.id, outlet: a.outlet, published: a.published, texts: [${v}.evidence[k]]} AS rep
  }`;

/** Cypher: the reports of event or statement `v` (its REPORTED_IN articles), `cap` of them. */
const nodeReports = (v: string, texts: string, cap: string) => `COLLECT {
    MATCH (${v})-[rep:REPORTED_IN]->(a:Article)
    RETURN {articleId: a.id, outlet: a.outlet, published: a.published, texts: ${texts}} AS rep
    LIMIT ${cap}
  }`;

/** Cypher: a map entry, the ids of the articles that report event or statement `v` (a rival's). */
const RIVAL_IDS = (v: string) => `,
      articleIds: COLLECT { MATCH (${v})-[:REPORTED_IN]->(a) RETURN a.id LIMIT $idCap }`;

/** The items by their index in the request; an item no longer in the graph is absent. */
function asItems(rows: { get(k: string): unknown }[]): Map<number, RawItem> {
  const items = new Map<number, RawItem>();
  for (const r of rows) {
    const self = r.get('self') as RawVersion | null;
    if (self) items.set(Number(r.get('i')), { self, rivals: r.get('rivals') as RawVersion[] });
  }
  return items;
}

/**
 * For each relation of the page, in order: its reports, and the same relation on nearby other dates. The
 * relationship is looked up among its type's relationships between its two ends (one branch per type:
 * a type named in a pattern lets Neo4j read only that type's relationships of a hub).
 */
export async function readRelationVersions(
  tx: ManagedTransaction,
  refs: RelationRef[],
  depth: ReadDepth = FULL,
  ofType?: string,
): Promise<Map<number, RawItem>> {
  // Every relation type of the graph, not only the page's: the query's text then stays the same from
  // one page to the next, and Neo4j plans it once (a plan per combination of types took seconds). The
  // loader, whose graph gains types as it grows, asks for one type at a time (`ofType`, every ref of that
  // type): one query text, and one plan, per type.
  const types = ofType ? [ofType] : await readRelationTypes(tx);
  if (ofType && !/^[A-Z][A-Z0-9_]*$/.test(ofType)) throw new Error(`not a relation type: ${ofType}`);
  if (refs.length === 0 || types.length === 0) return new Map();
  const version = (v: string, cap: string, more = '') => `{id: ${v}.key, date: ${v}.date,
      articles: size(COLLECT { UNWIND ${v}.articleIds AS x RETURN DISTINCT x }),
      reports: ${relationReports(v, cap)}, articleIds: ${v}.articleIds[0..$idCap]${more}}`;
  const branch = (type: string) => `
       WITH * WHERE q.type = '${type}'
       MATCH (s)-[r:${type}]->(t) WHERE r.key = q.key
       WITH s, t, r LIMIT 1
       RETURN ${version('r', '$cap', ', element: elementId(r)')} AS self, CASE WHEN r.date IS NULL THEN [] ELSE COLLECT {
         MATCH (s)-[o:${type}]->(t)
         WHERE o <> r AND o.date IS NOT NULL AND ${nearInTime('o.date', 'r.date')}
         WITH o LIMIT ${RIVAL_CAP}
         RETURN ${version('o', '$rivalCap')}
       } END AS rivals`;
  const res = await tx.run(
    `UNWIND range(0, size($refs) - 1) AS i
     WITH i, $refs[i] AS q
     MATCH (s:Entity {id: q.source}), (t:Entity {id: q.target})
     CALL (q, s, t) {${types.map(branch).join('\n       UNION ALL')}
     }
     RETURN i, self, rivals
     ORDER BY i`,
    { refs, ...depthParams(depth) },
  );
  return asItems(res.records);
}

/** For each event: its reports, and events of the same kind between the same parties on nearby dates. */
export async function readEventVersions(
  tx: ManagedTransaction,
  eventIds: string[],
  depth: ReadDepth = FULL,
): Promise<Map<number, RawItem>> {
  if (eventIds.length === 0) return new Map();
  const version = (v: string, cap: string, more = '') => `{id: ${v}.id, date: ${v}.date,
      articles: COUNT { (${v})-[:REPORTED_IN]->() }, reports: ${nodeReports(v, 'rep.evidence', cap)}${more}}`;
  const res = await tx.run(
    `UNWIND range(0, size($ids) - 1) AS i
     MATCH (ev:Event {id: $ids[i]})
     WITH i, ev, COLLECT { MATCH (ev)<-[:PARTICIPATED_IN]-(p) RETURN DISTINCT p.id } AS parties
     // Candidates come through the party with the fewest events (a hub's thousands are not walked).
     CALL (ev) {
       OPTIONAL MATCH (ev)<-[:PARTICIPATED_IN]-(p)
       WITH p ORDER BY COUNT { (p)-[:PARTICIPATED_IN]->() } LIMIT 1
       RETURN p AS pivot
     }
     WITH i, ev, parties, pivot, ev.type AS kind, ev.date AS date
     RETURN i, ${version('ev', '$cap', ', element: elementId(ev)')} AS self,
       CASE WHEN date IS NULL OR pivot IS NULL THEN [] ELSE COLLECT {
         // PARTICIPATED_IN always ends at an event: no label test.
         MATCH (pivot)-[:PARTICIPATED_IN]->(o)
         WITH o LIMIT ${EVENT_CANDIDATES}
         WHERE o <> ev AND o.type = kind AND o.date IS NOT NULL AND ${nearInTime('o.date', 'date')}
         WITH DISTINCT o
         WITH o, COLLECT { MATCH (o)<-[:PARTICIPATED_IN]-(x) RETURN DISTINCT x.id } AS theirs
         WHERE size(theirs) = size(parties) AND all(x IN theirs WHERE x IN parties)
         WITH o LIMIT ${RIVAL_CAP}
         RETURN ${version('o', '$rivalCap', RIVAL_IDS('o'))}
       } END AS rivals
     ORDER BY i`,
    { ids: eventIds, ...depthParams(depth) },
  );
  return asItems(res.records);
}

/**
 * For each statement: its reports, and statements with the same quotation (`quoteKey`) given to another
 * speaker at a nearby date, unless the quotation is a formula (more than COMMON_QUOTE_STATEMENTS
 * statements carry it: no more than that many are read). Report texts are empty: every report of a
 * statement carries its quote.
 */
export async function readStatementVersions(
  tx: ManagedTransaction,
  statementIds: string[],
  depth: ReadDepth = FULL,
): Promise<Map<number, RawItem>> {
  if (statementIds.length === 0) return new Map();
  const version = (v: string, speaker: string, cap: string, more = '') => `{id: ${v}.id, date: ${v}.date,
      speaker: ${speaker} {.id, .name}, articles: COUNT { (${v})-[:REPORTED_IN]->() },
      reports: ${nodeReports(v, '[]', cap)}${more}}`;
  const res = await tx.run(
    `UNWIND range(0, size($ids) - 1) AS i
     MATCH (st:Statement {id: $ids[i]})<-[:SAID]-(sp:Entity)
     WITH i, st, head(collect(sp)) AS sp
     WITH i, st, sp, CASE WHEN size(split(coalesce(st.quoteKey, ''), ' ')) < $minWords THEN [] ELSE COLLECT {
         MATCH (o:Statement {quoteKey: st.quoteKey}) RETURN o LIMIT $common + 1
       } END AS same
     RETURN i, ${version('st', 'sp', '$cap', ', element: elementId(st)')} AS self,
       CASE WHEN size(same) > $common THEN [] ELSE COLLECT {
         UNWIND same AS o
         MATCH (o)<-[:SAID]-(other:Entity)
         WHERE o <> st AND other <> sp AND ${nearInTime('o.date', 'st.date')}
         WITH o, other LIMIT ${RIVAL_CAP}
         RETURN ${version('o', 'other', '$rivalCap', RIVAL_IDS('o'))}
       } END AS rivals
     ORDER BY i`,
    {
      ids: statementIds,
      ...depthParams(depth),
      minWords: MIN_QUOTE_WORDS,
      common: neo4j.int(COMMON_QUOTE_STATEMENTS),
    },
  );
  return asItems(res.records);
}

/**
 * Sets `outlets` on each edge: the outlets that report it independently (from its first
 * EDGE_REPORT_CAP reports), with one lookup of all their articles' outlets. Edges without evidence (participation,
 * place) count their articles' distinct outlets.
 */
export async function countEdgeOutlets(tx: ManagedTransaction, edges: ProjectedEdge[]): Promise<void> {
  const ids = [...new Set(edges.flatMap((e) => (e.articleIds ?? []).slice(0, EDGE_REPORT_CAP)))];
  if (ids.length === 0) {
    for (const e of edges) e.outlets = 0;
    return;
  }
  const res = await tx.run(
    'UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.outlet AS outlet',
    { ids },
  );
  const outletOf = new Map(res.records.map((r) => [r.get('id') as string, r.get('outlet') as string | null]));
  for (const e of edges) {
    const reports = (e.articleIds ?? []).slice(0, EDGE_REPORT_CAP).map((articleId, k) => ({
      articleId,
      outlet: outletOf.get(articleId) ?? null,
      published: null,
      text: e.evidence?.[k] ?? '',
    }));
    e.outlets = independentOutlets(reports).independent;
  }
}
