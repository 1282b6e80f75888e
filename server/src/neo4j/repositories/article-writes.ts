// The Cypher that writes articles' contributions, and takes them back, inside one write transaction:
// many articles in one query (writeArticles: per article, its earlier contributions retracted, then its
// rows merged, each kind of item one UNWIND ... MERGE), then their relations, one query per relation
// type, after the ingestion lock (takeIngestionLock).
// Provenance lists on shared relationships (`articleIds`, `evidence`, `evidenceStarts`, `evidenceEnds`,
// and the article's outlet and date, evidence-sources.ts) are parallel: entry i comes from article i. Entities keep their period (`firstDate`, `lastDate`: the
// earliest and latest date of their articles, relations and events) for entity resolution. Relations,
// events and statements keep their corroboration counts, judged again after every write of the articles
// that report them (corroboration-writes.ts).
import type { ManagedTransaction } from 'neo4j-driver';
import type { ResolutionNote } from '@dossier/model';
import { mergeScopes, readScopeBefore, refreshCounts, scopeOfRows } from './corroboration-writes.js';
import { ENTITY_MENTIONS, PERIOD_OF } from './derived-properties.js';
import { appendEvidenceSources, keepEvidenceSources } from './evidence-sources.js';

export interface ArticleRow {
  id: string;
  title: string;
  outlet: string;
  published: string | null;
  url: string | null;
  language: string;
  text: string;
  bodyStart: number;
  bodyEnd: number;
}
export interface EntityRow {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  description: string | null;
  count: number;
  spans: number[];
  /** The earliest and latest date this article gives the entity (see ingest/resolve/periods.ts). */
  firstDate: string | null;
  lastDate: string | null;
}
export interface EventRow {
  id: string;
  type: string;
  label: string;
  date: string | null;
  place: string | null;
  spans: number[];
  evidence: string[];
}
export interface ParticipantRow {
  event: string;
  entity: string;
  role: string;
}
export interface StatementRow {
  id: string;
  speaker: string;
  quote: string;
  /** The quotation normalised (corroboration/rules.ts): the same quotation given to others is found by it. */
  quoteKey: string;
  date: string | null;
  start: number;
  end: number;
  about: string[];
}
export interface RelationRow {
  source: string;
  type: string;
  target: string;
  key: string;
  date: string | null;
  place: string | null;
  event: string | null;
  evidence: string[];
  evidenceStarts: number[];
  evidenceEnds: number[];
}
export interface ArticleRows {
  article: ArticleRow;
  entities: EntityRow[];
  events: EventRow[];
  participants: ParticipantRow[];
  statements: StatementRow[];
  relations: RelationRow[];
}
/** What a load keeps on the Article node and on the nodes it merged into. */
export interface LoadRecord {
  /** The hash of the input the article was made from (ingest CLI: a rerun skips what is loaded). */
  sourceHash: string | null;
  /** Parallel lists: each extracted entity id, the node id it resolved to and the rule that decided. */
  resolvedFrom: string[];
  resolvedTo: string[];
  resolvedRules: string[];
  /** Merges of a different id, noted on the node (`resolution`), taken back with the article. */
  notes: ResolutionNote[];
}
export interface ArticleWrite extends ArticleRows {
  load: LoadRecord;
  /** The graph may hold an earlier load of this article, to retract first (false: it is known to be new). */
  replaces: boolean;
}

/** Cypher: sets entity `e`'s period from what the graph holds (when a retraction may narrow it). */
const SET_PERIOD = (e: string) => `${PERIOD_OF(e)}
   SET ${e}.firstDate = first, ${e}.lastDate = last`;

/** Cypher: keep the entries of a relationship's parallel provenance lists not from $articleId. */
const WITHOUT_ARTICLE = `
  WITH r, [i IN range(0, size(r.articleIds) - 1) WHERE r.articleIds[i] <> $articleId] AS keep
  WITH r, keep, [i IN keep | r.articleIds[i]] AS ids, [i IN keep | r.evidence[i]] AS ev,
       [i IN keep | r.evidenceStarts[i]] AS starts, [i IN keep | r.evidenceEnds[i]] AS ends
  SET ${keepEvidenceSources('r', 'keep')},
      r.articleIds = ids, r.evidence = ev, r.evidenceStarts = starts, r.evidenceEnds = ends
  WITH r WHERE size(r.articleIds) = 0
  DELETE r`;

/**
 * Cypher, in order, that removes what an earlier load of $articleId contributed, its resolution notes
 * on shared nodes included. An entity's aliases are the union of what its articles gave (each
 * MENTIONED_IN keeps its article's `aliases`), so they are recomputed from the articles that remain
 * (graphs loaded before mentions carried aliases keep theirs), and so is its period.
 */
const RETRACT = [
  // Entity-resolution notes this article left (resolution-writes.ts), found while its mentions still exist.
  `MATCH (:Article {id: $articleId})<-[:MENTIONED_IN]-(e:Entity)
   WHERE e.resolution IS NOT NULL
   WITH e, [x IN e.resolution WHERE NOT x STARTS WITH $articleId + ': '] AS keep
   SET e.resolution = CASE WHEN size(keep) = 0 THEN null ELSE keep END`,
  `MATCH (:Article {id: $articleId})<-[:MENTIONED_IN]-(:Entity)-[r]->(:Entity)
   WHERE $articleId IN r.articleIds
   WITH DISTINCT r ${WITHOUT_ARTICLE}`,
  `MATCH (:Article {id: $articleId})<-[:REPORTED_IN]-(:Event)-[r:TOOK_PLACE_IN|PARTICIPATED_IN]-()
   WHERE $articleId IN r.articleIds
   WITH DISTINCT r
   SET r.articleIds = [x IN r.articleIds WHERE x <> $articleId]
   WITH r WHERE size(r.articleIds) = 0
   DELETE r`,
  `MATCH (a:Article {id: $articleId})<-[rep:REPORTED_IN]-(n)
   DELETE rep
   WITH DISTINCT n
   WHERE NOT (n)-[:REPORTED_IN]->(:Article)
   DETACH DELETE n`,
  `MATCH (a:Article {id: $articleId})<-[m:MENTIONED_IN]-(e:Entity)
   DELETE m
   WITH DISTINCT e
   SET e.mentions = ${ENTITY_MENTIONS('e')}
   WITH e
   CALL (e) {
     OPTIONAL MATCH (e)-[rest:MENTIONED_IN]->()
     WITH collect(rest) AS rests
     WITH rests WHERE size(rests) > 0 AND all(x IN rests WHERE x.aliases IS NOT NULL)
     WITH reduce(acc = [], x IN rests | acc + [al IN x.aliases WHERE NOT al IN acc]) AS aliases
     SET e.aliases = aliases, e.aliasText = reduce(s = '', x IN aliases | s + x + ' ; ')
   }
   WITH e, EXISTS { (e)-[:MENTIONED_IN]->() } AS kept
   CALL (e, kept) {
     WITH e WHERE NOT kept
     DETACH DELETE e
   }
   WITH e WHERE kept
   ${SET_PERIOD('e')}`,
];

const WRITE_ARTICLE_NODE = `
  MERGE (a:Article {id: $article.id})
  SET a.title = $article.title, a.outlet = $article.outlet, a.published = $article.published,
      a.url = $article.url, a.language = $article.language, a.text = $article.text,
      a.bodyStart = $article.bodyStart, a.bodyEnd = $article.bodyEnd, a.name = $article.title,
      a.sourceHash = $load.sourceHash, a.resolvedFrom = $load.resolvedFrom,
      a.resolvedTo = $load.resolvedTo, a.resolvedRules = $load.resolvedRules`;

const WRITE_ENTITIES = `
  MATCH (a:Article {id: $articleId})
  UNWIND $entities AS row
  MERGE (e:Entity {id: row.id})
    ON CREATE SET e.name = row.name
  SET e:$(row.type),
      e.aliases = [x IN coalesce(e.aliases, []) WHERE NOT x IN row.aliases] + row.aliases,
      e.description = coalesce(e.description, row.description),
      e.firstDate = CASE WHEN e.firstDate <= row.firstDate THEN e.firstDate
                         ELSE coalesce(row.firstDate, e.firstDate) END,
      e.lastDate = CASE WHEN e.lastDate >= row.lastDate THEN e.lastDate
                        ELSE coalesce(row.lastDate, e.lastDate) END
  SET e.aliasText = reduce(s = '', x IN e.aliases | s + x + ' ; ')
  MERGE (e)-[m:MENTIONED_IN]->(a)
  SET m.count = row.count, m.spans = row.spans, m.aliases = row.aliases
  SET e.mentions = ${ENTITY_MENTIONS('e')}`;

const WRITE_EVENTS = `
  MATCH (a:Article {id: $articleId})
  UNWIND $events AS row
  MERGE (ev:Event {id: row.id})
    ON CREATE SET ev.type = row.type, ev.label = row.label, ev.name = row.label
  SET ev.date = coalesce(ev.date, row.date)
  MERGE (ev)-[rep:REPORTED_IN]->(a)
  SET rep.spans = row.spans, rep.evidence = row.evidence
  WITH * WHERE row.place IS NOT NULL
  MATCH (p:Entity {id: row.place})
  MERGE (ev)-[t:TOOK_PLACE_IN]->(p)
  SET t.articleIds = [x IN coalesce(t.articleIds, []) WHERE x <> $articleId] + $articleId`;

const WRITE_PARTICIPANTS = `
  UNWIND $participants AS row
  MATCH (e:Entity {id: row.entity}), (ev:Event {id: row.event})
  MERGE (e)-[p:PARTICIPATED_IN {role: row.role}]->(ev)
  SET p.articleIds = [x IN coalesce(p.articleIds, []) WHERE x <> $articleId] + $articleId`;

const WRITE_STATEMENTS = `
  MATCH (a:Article {id: $articleId})
  UNWIND $statements AS row
  MATCH (speaker:Entity {id: row.speaker})
  MERGE (s:Statement {id: row.id})
  SET s.quote = row.quote, s.quoteKey = row.quoteKey, s.date = row.date, s.name = row.quote
  MERGE (speaker)-[:SAID]->(s)
  MERGE (s)-[rep:REPORTED_IN]->(a)
  SET rep.start = row.start, rep.end = row.end
  WITH s, row
  UNWIND row.about AS aboutId
  MATCH (x:Entity {id: aboutId})
  MERGE (s)-[:ABOUT]->(x)`;

/**
 * Relations of one type, merged on (source, type, key, target), each row with its `articleId`. A
 * relationship's type cannot be a parameter and still let Neo4j look only at the relationships of that
 * type between two hubs, so the query names the type (UPPER_SNAKE_CASE by the annotation schema; checked
 * again here): one query text, and one cached plan, per relation type.
 */
function relationsOfType(type: string): string {
  if (!/^[A-Z][A-Z0-9_]*$/.test(type)) throw new Error(`not a relation type: ${type}`);
  return `
  UNWIND $relations AS row
  MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
  MERGE (s)-[r:${type} {key: row.key}]->(t)
  SET r.date = row.date, r.place = row.place, r.event = row.event,
      ${appendEvidenceSources('r', 'row')},
      r.articleIds = coalesce(r.articleIds, []) + [x IN row.evidence | row.articleId],
      r.evidence = coalesce(r.evidence, []) + row.evidence,
      r.evidenceStarts = coalesce(r.evidenceStarts, []) + row.evidenceStarts,
      r.evidenceEnds = coalesce(r.evidenceEnds, []) + row.evidenceEnds`;
}
const relationQueries = new Map<string, string>();
/** A relation row with the article that reports it. */
type ArticleRelationRow = RelationRow & { articleId: string; outlet: string; published: string | null };
const withArticle =
  (w: ArticleWrite) =>
  (r: RelationRow): ArticleRelationRow => ({
    ...r,
    articleId: w.article.id,
    outlet: w.article.outlet,
    published: w.article.published,
  });
/**
 * Merges relations of any types, one query per type, in the order given within a type; the queries are
 * sent together (pipelined in the transaction, run in turn by Neo4j): one round trip, not one per type.
 */
async function writeRelations(tx: ManagedTransaction, relations: ArticleRelationRow[]) {
  const byType = new Map<string, typeof relations>();
  for (const r of relations) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
  const queryOf = (type: string) => {
    let query = relationQueries.get(type);
    if (!query) {
      if (relationQueries.size >= 1000) relationQueries.clear();
      relationQueries.set(type, (query = relationsOfType(type)));
    }
    return query;
  };
  await Promise.all([...byType].map(([type, rows]) => tx.run(queryOf(type), { relations: rows })));
}

/** Entity-resolution notes: "<article id>: 'Antonov' → person:anatoly-antonov (…)", one per merge. */
const WRITE_NOTES = `
  UNWIND $load.notes AS n
  MATCH (e:Entity {id: n.entityId})
  SET e.resolution = [x IN coalesce(e.resolution, []) WHERE x <> n.note] + n.note`;

/** Runs statements as unit subqueries of one query: one round trip, executed in order. */
const asOneQuery = (parts: string[], scope = '') => parts.map((q) => `CALL (${scope}) {\n${q}\n}`).join('\n');
const RETRACT_ALL = asOneQuery(RETRACT);
/** One article's writes but its relations, in order (each takes the parameters of `ArticleWrite` plus $articleId). */
const WRITES = [
  WRITE_ARTICLE_NODE,
  WRITE_ENTITIES,
  WRITE_EVENTS,
  WRITE_PARTICIPANTS,
  WRITE_STATEMENTS,
  WRITE_NOTES,
];
/** Per row: the query's parameters ($articleId, $entities…) read from the row `b` of $batch. */
const fromRow = (parts: string[]) =>
  asOneQuery(
    parts.map((q) => q.replace(/\$(\w+)/g, 'b.$1')),
    'b',
  );
/**
 * Per row `b` of $batch, in order: retract the article's earlier contributions (unless it is known to be
 * new), then write it (but its relations). One query text for every batch: Neo4j plans it once.
 */
const WRITE_BATCH = `UNWIND $batch AS b
CALL (b) {
  CALL (b) {
    WITH b WHERE b.replaces
    ${fromRow(RETRACT)}
  }
  ${fromRow(WRITES)}
}`;

/**
 * Takes the ingestion lock: a write lock on one node, held until the transaction ends, that every loading
 * transaction takes first. Loads from any process or server are so serialised: entity resolution, read
 * after the lock, sees everything loaded before, and two loads naming the same new person make one node.
 */
export async function takeIngestionLock(tx: ManagedTransaction): Promise<void> {
  await tx.run(`MERGE (l:IngestLock {id: 'ingest'}) SET l.at = timestamp()`);
}

/**
 * Writes articles, in the order given (an article may build on nodes an earlier one created), each after
 * retracting what an earlier load of it contributed (skipped for an article known to be new): one query for all of
 * them, then their relations, one query per relation type. A batch never holds the same article twice,
 * so a later retraction takes nothing from an earlier article's relations.
 */
export async function writeArticles(tx: ManagedTransaction, batch: ArticleWrite[]): Promise<void> {
  const before = await readScopeBefore(
    tx,
    batch.filter((w) => w.replaces).map((w) => w.article.id),
  );
  // Sent together: Neo4j runs them in turn (the relations after the nodes they join), one round trip.
  await Promise.all([
    tx.run(WRITE_BATCH, {
      batch: batch.map(({ relations: _, ...w }) => ({ articleId: w.article.id, ...w })),
    }),
    writeRelations(
      tx,
      batch.flatMap((w) => w.relations.map(withArticle(w))),
    ),
  ]);
  await refreshCounts(tx, mergeScopes(before, scopeOfRows(batch)));
}

/**
 * Removes everything an earlier load of this article contributed (what other articles report stays),
 * and judges again the corroboration of what it reported and of their rivals.
 */
export async function retractArticle(tx: ManagedTransaction, articleId: string): Promise<void> {
  const before = await readScopeBefore(tx, [articleId]);
  await tx.run(RETRACT_ALL, { articleId });
  await refreshCounts(tx, before);
}

/**
 * The benchmarks' baseline (bench:load, bench:ingest): the same writes as writeArticles for one article,
 * one statement per item and one round trip each, after retracting its earlier load in the same
 * transaction, and its corroboration counts.
 */
export async function writeArticleRowAtATime(tx: ManagedTransaction, w: ArticleWrite): Promise<void> {
  const articleId = w.article.id;
  const before = await readScopeBefore(tx, [articleId]);
  await tx.run(RETRACT_ALL, { articleId });
  const one = async <T>(query: string, key: string, items: T[]) => {
    for (const item of items) await tx.run(query, { articleId, [key]: [item] });
  };
  await tx.run(WRITE_ARTICLE_NODE, { article: w.article, load: w.load });
  await one(WRITE_ENTITIES, 'entities', w.entities);
  await one(WRITE_EVENTS, 'events', w.events);
  await one(WRITE_PARTICIPANTS, 'participants', w.participants);
  await one(WRITE_STATEMENTS, 'statements', w.statements);
  for (const r of w.relations) await writeRelations(tx, [withArticle(w)(r)]);
  for (const note of w.load.notes) await tx.run(WRITE_NOTES, { load: { notes: [note] } });
  await refreshCounts(tx, mergeScopes(before, scopeOfRows([w])));
}
