// The four lists of an entity's detail (relations with evidence, statements, events, source articles),
// each read one page at a time, newest first, with its total. A hub is reported by thousands of articles:
// a page sorts the hub's items but projects only the rows it returns, and totals come from the node's
// degree store where a count needs no end label. Relations, events and statements carry the corroboration
// counts the loader keeps on them (corroboration-writes.ts): read as stored, never judged here.
import type { ManagedTransaction } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { nodeTypeOf } from '../mappers.js';
import { GRAPH_TYPES, readRelationTypes, withRelationTypes } from './relation-types.js';
import {
  ENTITY_LISTS,
  STRUCTURAL_TYPES,
  type CorroborationCounts,
  type EntityListItems,
  type EntityListName,
  type EntityRelation,
  type EvidenceItem,
} from '@dossier/model';

export { ENTITY_LISTS };
/** Evidence items shown per relation (a relation reported by many articles keeps the first ones). */
export const EVIDENCE_CAP = 10;

/** Cypher: the corroboration counts stored on relationship or node `v` (null where none are stored). */
const storedCounts = (v: string) => `CASE WHEN ${v}.corrArticles IS NULL THEN null ELSE
  {articles: ${v}.corrArticles, outlets: ${v}.corrOutlets, independent: ${v}.corrIndependent,
   disputed: ${v}.corrDisputed} END`;

/** Newest first, undated last: ORDER BY's key for an ISO date expression (read once per row). */
const newestFirst = (date: string) => `coalesce(${date}, '') DESC`;

/**
 * Cypher: entity `e`'s relations `r` to `o`, in both directions: its relationships of the relation types
 * the graph holds (relation-types.ts), named in the pattern, so that a hub's thousands of mentions and
 * participations are not read only to be filtered out.
 */
const relationsOf = (types: string[]) =>
  types.length ? `MATCH (e)-[r:${types.join('|')}]-(o)` : 'MATCH (e)-[r]-(o) WHERE false';

/**
 * Per list: a subquery over entity `e` returning one page (`$offset`, `$limit`) under the list's name.
 * A statement is listed once, with the first article that reports it. Relations are the non-structural
 * relationships between entities, in both directions; their evidence carries its outlet and date
 * (evidence-sources.ts), and their places are looked up by id for the page only.
 */
const PAGE = (relationTypes: string[]): Record<EntityListName, string> => ({
  relations: `
    ${relationsOf(relationTypes)}
    WITH e, r, o ORDER BY ${newestFirst('r.date')}, elementId(r)
    SKIP $offset LIMIT $limit
    RETURN collect({
      type: type(r), direction: CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END, key: coalesce(r.key, ''),
      other: o {.id, .name, labels: labels(o)}, date: r.date, event: r.event,
      place: r.place, placeName: head(COLLECT { MATCH (p:Entity {id: r.place}) RETURN p.name }),
      evidenceTotal: size(coalesce(r.articleIds, [])), corroboration: ${storedCounts('r')},
      evidence: [i IN range(0, size(coalesce(r.articleIds, [])) - 1)
                 WHERE i < $evidenceCap |
                 {articleId: r.articleIds[i], text: r.evidence[i], start: r.evidenceStarts[i],
                  end: r.evidenceEnds[i], outlet: r.evidenceOutlets[i],
                  published: r.evidencePublished[i]}]
    }) AS relations`,
  statements: `
    MATCH (e)-[said:SAID]->(s)
    WITH s ORDER BY ${newestFirst('s.date')}, elementId(said)
    SKIP $offset LIMIT $limit
    CALL (s) {
      MATCH (s)-[rep:REPORTED_IN]->(a)
      RETURN a.id AS articleId, rep ORDER BY a.published, a.id LIMIT 1
    }
    RETURN collect({id: s.id, quote: s.quote, date: s.date, articleId: articleId, start: rep.start,
                    end: rep.end, about: [(s)-[:ABOUT]->(x) | x {.id, .name}],
                    corroboration: ${storedCounts('s')}}) AS statements`,
  events: `
    MATCH (e)-[p:PARTICIPATED_IN]->(ev)
    WITH p, ev ORDER BY ${newestFirst('ev.date')}, elementId(p)
    SKIP $offset LIMIT $limit
    RETURN collect({id: ev.id, type: ev.type, label: ev.label, date: ev.date, role: p.role,
                    place: head([(ev)-[:TOOK_PLACE_IN]->(pl) | pl {.id, .name}]),
                    corroboration: ${storedCounts('ev')}}) AS events`,
  articles: `
    MATCH (e)-[m:MENTIONED_IN]->(a)
    WITH m, a ORDER BY ${newestFirst('a.published')}, elementId(m)
    SKIP $offset LIMIT $limit
    RETURN collect({id: a.id, title: a.title, outlet: a.outlet, published: a.published,
                    mentionCount: m.count}) AS articles`,
});

/**
 * Per list: its length, from the node's degree store (no count names an end label). Structural
 * relationships never link two entities and relations always do, so relations are the degree less the
 * structural ones.
 */
const TOTAL: Record<EntityListName, string> = {
  relations: `COUNT { (e)--() } - COUNT { (e)-[:${STRUCTURAL_TYPES.join('|')}]-() }`,
  statements: `COUNT { (e)-[:SAID]->() }`,
  events: `COUNT { (e)-[:PARTICIPATED_IN]->() }`,
  articles: `COUNT { (e)-[:MENTIONED_IN]->() }`,
};

/** Cypher that pages `list` of entity `e` into `<list>` and `<list>Total`. */
export const listPageQuery = (list: EntityListName, relationTypes: string[]) =>
  `CALL (e) {${PAGE(relationTypes)[list]}\n}\nWITH *, ${TOTAL[list]} AS ${list}Total`;

export const pageParams = (offset: number, limit: number) => ({
  offset: neo4j.int(offset),
  limit: neo4j.int(limit),
  evidenceCap: neo4j.int(EVIDENCE_CAP),
});

interface RawRelation {
  type: string;
  direction: 'out' | 'in';
  key: string;
  other: { id: string; name: string; labels: string[] };
  date: string | null;
  place: string | null;
  placeName: string | null;
  event: string | null;
  evidenceTotal: number;
  corroboration: CorroborationCounts | null;
  evidence: {
    articleId: string;
    text: string | null;
    start: number | null;
    end: number | null;
    /** As kept beside the evidence (evidence-sources.ts); '' for an undated article. */
    outlet: string | null;
    published: string | null;
  }[];
}

function toRelation(r: RawRelation): EntityRelation {
  return {
    type: r.type,
    direction: r.direction,
    key: r.key,
    other: { id: r.other.id, name: r.other.name, type: nodeTypeOf(r.other.labels) },
    date: r.date,
    place: r.place ? { id: r.place, name: r.placeName ?? r.place } : null,
    event: r.event,
    evidenceTotal: r.evidenceTotal,
    ...(r.corroboration ? { corroboration: r.corroboration } : {}),
    evidence: r.evidence.map((e): EvidenceItem => ({
      articleId: e.articleId,
      outlet: e.outlet ?? null,
      published: e.published || null,
      text: e.text ?? '',
      start: e.start ?? null,
      end: e.end ?? null,
    })),
  };
}

/** The page of `list` as the record of a query built with listPageQuery holds it. */
export function pageItems<L extends EntityListName>(
  list: L,
  record: { get(key: string): unknown },
): EntityListItems[L][] {
  const items = record.get(list) as unknown[];
  if (list === 'relations') return (items as RawRelation[]).map(toRelation) as EntityListItems[L][];
  // Items without stored counts (a graph not yet backfilled) carry none: the service judges them.
  return (items as { corroboration?: CorroborationCounts | null }[]).map(({ corroboration, ...x }) =>
    corroboration ? { ...x, corroboration } : x,
  ) as EntityListItems[L][];
}

/** One page of one list of entity $id, or null when there is no such entity. */
export async function readListPage<L extends EntityListName>(
  tx: ManagedTransaction,
  id: string,
  list: L,
  offset: number,
  limit: number,
): Promise<{ items: EntityListItems[L][]; total: number } | null> {
  const query = (types: string[]) =>
    tx.run(
      `MATCH (e:Entity {id: $id})\n${listPageQuery(list, types)}\nRETURN ${list}, ${list}Total` +
        (list === 'relations' ? `, ${GRAPH_TYPES} AS graphTypes` : ''),
      { id, ...pageParams(offset, limit) },
    );
  const rec =
    list === 'relations'
      ? await withRelationTypes(
          () => readRelationTypes(tx),
          async (types) => {
            const first = (await query(types)).records[0];
            return { result: first, graphTypes: (first?.get('graphTypes') as string[] | undefined) ?? null };
          },
        )
      : (await query([])).records[0];
  if (!rec) return null;
  return { items: pageItems(list, rec), total: rec.get(`${list}Total`) as number };
}
