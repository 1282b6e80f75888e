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

/**
 * Cypher: the four corroboration counts stored on relationship or node `v`, as four columns of a row
 * (nulls where none are stored; countsAt reads them back).
 */
const storedCounts = (v: string) =>
  `${v}.corrArticles, ${v}.corrOutlets, ${v}.corrIndependent, ${v}.corrDisputed`;

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
 * Each item is a row (a list, not a map: no key names to encode in Neo4j and decode in the driver), read
 * back into the wire's objects by ROW below. A statement is listed once, with the first article that
 * reports it. Relations are the non-structural relationships between entities, in both directions; their
 * evidence carries its outlet and date (evidence-sources.ts), read as the first $evidenceCap entries of the
 * relationship's parallel lists, and their places are looked up by id for the page only.
 */
const PAGE = (relationTypes: string[]): Record<EntityListName, string> => ({
  relations: `
    ${relationsOf(relationTypes)}
    WITH e, r, o ORDER BY ${newestFirst('r.date')}, elementId(r)
    SKIP $offset LIMIT $limit
    RETURN collect([
      type(r), startNode(r) = e, coalesce(r.key, ''), o.id, o.name, labels(o), r.date, r.event, r.place,
      head(COLLECT { MATCH (p:Entity {id: r.place}) RETURN p.name }), size(coalesce(r.articleIds, [])),
      ${storedCounts('r')}, r.articleIds[0..$evidenceCap], r.evidence[0..$evidenceCap],
      r.evidenceStarts[0..$evidenceCap], r.evidenceEnds[0..$evidenceCap],
      r.evidenceOutlets[0..$evidenceCap], r.evidencePublished[0..$evidenceCap]
    ]) AS relations`,
  statements: `
    MATCH (e)-[said:SAID]->(s)
    WITH s ORDER BY ${newestFirst('s.date')}, elementId(said)
    SKIP $offset LIMIT $limit
    CALL (s) {
      MATCH (s)-[rep:REPORTED_IN]->(a)
      RETURN a.id AS articleId, rep ORDER BY a.published, a.id LIMIT 1
    }
    RETURN collect([s.id, s.quote, s.date, articleId, rep.start, rep.end,
                    [(s)-[:ABOUT]->(x) | [x.id, x.name]], ${storedCounts('s')}]) AS statements`,
  events: `
    MATCH (e)-[p:PARTICIPATED_IN]->(ev)
    WITH p, ev ORDER BY ${newestFirst('ev.date')}, elementId(p)
    SKIP $offset LIMIT $limit
    RETURN collect([ev.id, ev.type, ev.label, ev.date, p.role,
                    head([(ev)-[:TOOK_PLACE_IN]->(pl) | [pl.id, pl.name]]), ${storedCounts('ev')}]) AS events`,
  articles: `
    MATCH (e)-[m:MENTIONED_IN]->(a)
    WITH m, a ORDER BY ${newestFirst('a.published')}, elementId(m)
    SKIP $offset LIMIT $limit
    RETURN collect([a.id, a.title, a.outlet, a.published, m.count]) AS articles`,
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

type Row = unknown[];
const text = (v: unknown) => v as string;
const maybe = (v: unknown) => (v ?? null) as string | null;
const named = (v: unknown) => (v ? { id: (v as Row)[0] as string, name: (v as Row)[1] as string } : null);

/** The corroboration counts at columns i..i+3 of a row (storedCounts), or nothing where none are stored. */
function countsAt(row: Row, i: number): { corroboration?: CorroborationCounts } {
  if (row[i] == null) return {};
  const [articles, outlets, independent, disputed] = row.slice(i, i + 4) as [number, number, number, boolean];
  return { corroboration: { articles, outlets, independent, disputed } };
}

function toRelation(row: Row): EntityRelation {
  const [type, out, key, otherId, otherName, otherLabels, date, event, place, placeName, evidenceTotal] = row;
  const [ids, texts, starts, ends, outlets, published] = row.slice(15, 21) as (unknown[] | null)[];
  return {
    type: text(type),
    direction: out ? 'out' : 'in',
    key: text(key),
    other: { id: text(otherId), name: text(otherName), type: nodeTypeOf(otherLabels as string[]) },
    date: maybe(date),
    place: place ? { id: text(place), name: maybe(placeName) ?? text(place) } : null,
    event: maybe(event),
    evidenceTotal: evidenceTotal as number,
    ...countsAt(row, 11),
    evidence: (ids ?? []).map((articleId, i): EvidenceItem => ({
      articleId: text(articleId),
      outlet: maybe(outlets?.[i]),
      // '' for an undated article, as kept beside the evidence (evidence-sources.ts).
      published: maybe(published?.[i]) || null,
      text: maybe(texts?.[i]) ?? '',
      start: (starts?.[i] ?? null) as number | null,
      end: (ends?.[i] ?? null) as number | null,
    })),
  };
}

/** Each list's row (as PAGE returns it) read into the wire's item. */
const ROW: { [L in EntityListName]: (row: Row) => EntityListItems[L] } = {
  relations: toRelation,
  statements: (r) => ({
    id: text(r[0]),
    quote: text(r[1]),
    date: maybe(r[2]),
    articleId: text(r[3]),
    start: r[4] as number,
    end: r[5] as number,
    about: (r[6] as Row[]).map((x) => named(x)!),
    // Items without stored counts (a graph not yet backfilled) carry none: the service judges them.
    ...countsAt(r, 7),
  }),
  events: (r) => ({
    id: text(r[0]),
    type: text(r[1]),
    label: text(r[2]),
    date: maybe(r[3]),
    role: text(r[4]),
    place: named(r[5]),
    ...countsAt(r, 6),
  }),
  articles: (r) => ({
    id: text(r[0]),
    title: text(r[1]),
    outlet: text(r[2]),
    published: maybe(r[3]),
    mentionCount: r[4] as number,
  }),
};

/** The page of `list` as the record of a query built with listPageQuery holds it. */
export function pageItems<L extends EntityListName>(
  list: L,
  record: { get(key: string): unknown },
): EntityListItems[L][] {
  return (record.get(list) as Row[]).map(ROW[list]);
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
