// Corroboration counts kept on the items, so that an entity page reads them instead of judging every
// listed item: each relation (relationship), event and statement (node) carries `corrArticles`,
// `corrOutlets`, `corrIndependent` and `corrDisputed`, the counts the read-time judging gives
// (corroboration/counts.ts on the COUNTS read of corroboration-reads.ts: the same code, the same numbers).
//
// The loader keeps them current inside each article's write transaction (withCorroborationCounts):
// - before the write, for articles the graph may already hold: the items they report now, and those
//   items' rivals (a retraction can delete an item or change its date: its rivals must be judged again);
// - after it: every item the articles report, their rivals, and the items read before, judged again;
// - "disputed" crosses items: a rival's flag depends on this article's version. A quotation carried by
//   more than COMMON_QUOTE_STATEMENTS statements is a formula, never in dispute: when a write may move a
//   quotation across that line, all its statements are judged again (at most that many plus the batch's).
// Exact within the reads' caps (RIVAL_CAP rivals, EVENT_CANDIDATES events of a party searched): where a cap
// cuts, the read-time judging itself depends on which candidates Neo4j returns first.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { CorroborationCounts, RelationRef } from '@dossier/model';
import { countsOf, type Ground, type RawItem } from '../../corroboration/counts.js';
import { COMMON_QUOTE_STATEMENTS, MIN_QUOTE_WORDS } from '../../corroboration/rules.js';
import {
  COUNTS,
  readEventVersions,
  readRelationVersions,
  readStatementVersions,
  type ReadDepth,
} from './corroboration-reads.js';

/** The items whose counts a write may change. */
export interface CorroborationScope {
  relations: RelationRef[];
  events: string[];
  statements: string[];
  /** Per quotation (quoteKey): statements of it the write may add, and may remove. */
  quotes: Map<string, { added: number; removed: number }>;
}

export const emptyScope = (): CorroborationScope => ({
  relations: [],
  events: [],
  statements: [],
  quotes: new Map(),
});

/** Only the rivals' ids: who must be judged again, not how. */
const RIVALS_ONLY: ReadDepth = { reports: 0, rivalReports: 0 };
/** Items judged per query. */
const CHUNK = 500;

const refKey = (r: RelationRef) => `${r.source}\u0000${r.type}\u0000${r.target}\u0000${r.key}`;
const isQuotation = (quoteKey: string | null) => !!quoteKey && quoteKey.split(' ').length >= MIN_QUOTE_WORDS;

/** Adds `more` to `scope`, each item once. */
function merge(scope: CorroborationScope, more: Partial<CorroborationScope>): CorroborationScope {
  const relations = new Map(scope.relations.map((r) => [refKey(r), r]));
  for (const r of more.relations ?? []) relations.set(refKey(r), r);
  const quotes = new Map(scope.quotes);
  for (const [k, q] of more.quotes ?? []) {
    const was = quotes.get(k) ?? { added: 0, removed: 0 };
    quotes.set(k, { added: was.added + q.added, removed: was.removed + q.removed });
  }
  return {
    relations: [...relations.values()],
    events: [...new Set([...scope.events, ...(more.events ?? [])])],
    statements: [...new Set([...scope.statements, ...(more.statements ?? [])])],
    quotes,
  };
}

/** Runs `read` over `items` in chunks of CHUNK; the results keyed by the item's index in `items`. */
async function chunked<T>(
  items: T[],
  read: (chunk: T[]) => Promise<Map<number, RawItem>>,
): Promise<Map<number, RawItem>> {
  const all = new Map<number, RawItem>();
  for (let at = 0; at < items.length; at += CHUNK) {
    for (const [i, item] of await read(items.slice(at, at + CHUNK))) all.set(at + i, item);
  }
  return all;
}

/** Items with their counts and element ids (as read: what writeCounts writes by). */
export interface Judged {
  relations: { ref: RelationRef; counts: CorroborationCounts; element: string }[];
  events: { id: string; counts: CorroborationCounts; element: string }[];
  statements: { id: string; counts: CorroborationCounts; element: string }[];
  /** The rivals the items' reads found. */
  rivals: Partial<CorroborationScope>;
}

/** Reads the items at `depth` (as an entity page reads them): their counts, and their rivals. */
async function judge(tx: ManagedTransaction, scope: CorroborationScope, depth: ReadDepth): Promise<Judged> {
  // One type at a time (see readRelationVersions), each item keyed by its index in scope.relations. The
  // reads are sent together (pipelined in the transaction): one round trip, not one per query.
  const relations = new Map<number, RawItem>();
  const indexesByType = new Map<string, number[]>();
  scope.relations.forEach((r, i) => indexesByType.set(r.type, [...(indexesByType.get(r.type) ?? []), i]));
  const [typed, events, statements] = await Promise.all([
    Promise.all(
      [...indexesByType].map(async ([type, indexes]) => {
        const refs = indexes.map((i) => scope.relations[i]!);
        return { indexes, found: await chunked(refs, (c) => readRelationVersions(tx, c, depth, type)) };
      }),
    ),
    chunked(scope.events, (c) => readEventVersions(tx, c, depth)),
    chunked(scope.statements, (c) => readStatementVersions(tx, c, depth)),
  ]);
  for (const { indexes, found } of typed) for (const [k, item] of found) relations.set(indexes[k]!, item);
  const found = <T>(items: T[], raw: Map<number, RawItem>, on: Ground) =>
    [...raw].map(([i, item]) => ({
      item: items[i]!,
      counts: countsOf(item, on),
      element: item.self.element!,
    }));
  const rivalsOf = (raw: Map<number, RawItem>) => [...raw.values()].flatMap((x) => x.rivals.map((r) => r.id));
  return {
    relations: found(scope.relations, relations, 'date').map(({ item, ...x }) => ({ ref: item, ...x })),
    events: found(scope.events, events, 'date').map(({ item, ...x }) => ({ id: item, ...x })),
    statements: found(scope.statements, statements, 'speaker').map(({ item, ...x }) => ({ id: item, ...x })),
    rivals: {
      // A relation's rival is the same relationship type between the same ends, with another key.
      relations: [...relations].flatMap(([i, x]) =>
        x.rivals.map((r) => ({ ...scope.relations[i]!, key: r.id })),
      ),
      events: rivalsOf(events),
      statements: rivalsOf(statements),
    },
  };
}

/**
 * What articles the graph holds report now, and those items' rivals: read before their new version is
 * written (a retraction may delete an item, or change its date, and so its rivals' dispute).
 */
export async function readScopeBefore(
  tx: ManagedTransaction,
  articleIds: string[],
): Promise<CorroborationScope> {
  if (articleIds.length === 0) return emptyScope();
  const res = await tx.run(
    `UNWIND $articleIds AS articleId
     MATCH (a:Article {id: articleId})
     RETURN
       COLLECT { MATCH (a)<-[:MENTIONED_IN]-(s:Entity)-[r]->(t:Entity) WHERE articleId IN r.articleIds
                 RETURN DISTINCT {source: s.id, type: type(r), target: t.id, key: r.key} } AS relations,
       COLLECT { MATCH (a)<-[:REPORTED_IN]-(ev:Event) RETURN ev.id } AS events,
       COLLECT { MATCH (a)<-[:REPORTED_IN]-(st:Statement) RETURN st {.id, .quoteKey} } AS statements`,
    { articleIds },
  );
  let scope = emptyScope();
  for (const rec of res.records) {
    const statements = rec.get('statements') as { id: string; quoteKey: string | null }[];
    scope = merge(scope, {
      relations: rec.get('relations') as RelationRef[],
      events: rec.get('events') as string[],
      statements: statements.map((s) => s.id),
      quotes: new Map(
        statements
          .filter((s) => isQuotation(s.quoteKey))
          .map((s) => [s.quoteKey!, { added: 0, removed: 1 }] as const),
      ),
    });
  }
  return merge(scope, (await judge(tx, scope, RIVALS_ONLY)).rivals);
}

/**
 * The statements of each quotation in `scope` whose formula status (more than COMMON_QUOTE_STATEMENTS
 * statements carry it) the write may have changed: all of them are judged again.
 */
async function quotationsCrossingTheLine(
  tx: ManagedTransaction,
  scope: CorroborationScope,
): Promise<string[]> {
  if (scope.quotes.size === 0) return [];
  const quotes = [...scope.quotes].map(([quoteKey, q]) => ({ quoteKey, ...q }));
  // Enough to tell a quotation that may have crossed from one that was a formula before the write too.
  const cap = COMMON_QUOTE_STATEMENTS + 2 + Math.max(...quotes.map((q) => q.added));
  const res = await tx.run(
    `UNWIND $quotes AS q
     RETURN q.quoteKey AS quoteKey, q.added AS added, q.removed AS removed,
            COLLECT { MATCH (o:Statement {quoteKey: q.quoteKey}) RETURN o.id LIMIT $cap } AS ids`,
    { quotes, cap: neo4j.int(cap) },
  );
  return res.records.flatMap((rec) => {
    const ids = rec.get('ids') as string[];
    const [added, removed] = [rec.get('added') as number, rec.get('removed') as number];
    const formulaNow = ids.length > COMMON_QUOTE_STATEMENTS;
    // Before the write the quotation had between ids.length - added and ids.length + removed statements.
    const mayHaveCrossed = formulaNow
      ? ids.length - added <= COMMON_QUOTE_STATEMENTS
      : ids.length + removed > COMMON_QUOTE_STATEMENTS;
    return mayHaveCrossed ? ids : [];
  });
}

/**
 * Counts onto items by element id (as the judging read them, in the same transaction, or in the read just
 * before: the item's own id is checked too, so an element id reused since cannot take another item's
 * counts): relations, events and statements in one query, one text for every write, whatever the
 * relation types. It was one query per relation type plus two, twice per transaction (session 12).
 */
const SET_COUNTS = `CALL () {
    UNWIND $relations AS row
    MATCH ()-[r]->() WHERE elementId(r) = row.element
    WITH r, row WHERE r.key = row.key AND type(r) = row.type
    SET r.corrArticles = row.counts.articles, r.corrOutlets = row.counts.outlets,
        r.corrIndependent = row.counts.independent, r.corrDisputed = row.counts.disputed
  }
  CALL () {
    UNWIND $nodes AS row
    MATCH (n) WHERE elementId(n) = row.element
    WITH n, row WHERE n.id = row.id
    SET n.corrArticles = row.counts.articles, n.corrOutlets = row.counts.outlets,
        n.corrIndependent = row.counts.independent, n.corrDisputed = row.counts.disputed
  }`;

/** Writes judged counts onto their items, in one query. */
export async function writeCounts(tx: ManagedTransaction, judged: Judged): Promise<void> {
  if (judgedItems(judged) === 0) return;
  await tx.run(SET_COUNTS, {
    relations: judged.relations.map(({ ref, counts, element }) => ({
      element,
      key: ref.key,
      type: ref.type,
      counts,
    })),
    nodes: [...judged.events, ...judged.statements],
  });
}

/** Judges the items of `scope` as the graph now holds them (an item no longer in it is left out). */
export const judgeCounts = (tx: ManagedTransaction, scope: CorroborationScope): Promise<Judged> =>
  judge(tx, scope, COUNTS);

/** How many items were judged. */
export const judgedItems = (j: Judged) => j.relations.length + j.events.length + j.statements.length;

/**
 * After a write: judges again the items in `scope` (what the write touched, and what was read before
 * it), the rivals they have now, and the statements of quotations that may have crossed the formula
 * line, and writes their counts.
 */
export async function refreshCounts(tx: ManagedTransaction, scope: CorroborationScope): Promise<void> {
  const [first, crossing] = await Promise.all([
    judge(tx, scope, COUNTS),
    quotationsCrossingTheLine(tx, scope),
  ]);
  const seen = merge(emptyScope(), scope);
  const rivals = merge(emptyScope(), first.rivals);
  rivals.statements.push(...crossing);
  const seenRelations = new Set(seen.relations.map(refKey));
  const [seenEvents, seenStatements] = [new Set(seen.events), new Set(seen.statements)];
  const again: CorroborationScope = {
    relations: rivals.relations.filter((r) => !seenRelations.has(refKey(r))),
    events: rivals.events.filter((id) => !seenEvents.has(id)),
    statements: [...new Set(rivals.statements)].filter((id) => !seenStatements.has(id)),
    quotes: new Map(),
  };
  // Judging reads no counts: the rivals are read while the first counts are written.
  const [, second] = await Promise.all([writeCounts(tx, first), judge(tx, again, COUNTS)]);
  await writeCounts(tx, second);
}

/** The items a batch of articles' rows report (their quotations counted as added). */
export function scopeOfRows(
  rows: {
    relations: RelationRef[];
    events: { id: string }[];
    statements: { id: string; quoteKey: string }[];
  }[],
): CorroborationScope {
  const quotes = new Map<string, { added: number; removed: number }>();
  for (const s of rows.flatMap((r) => r.statements)) {
    if (!isQuotation(s.quoteKey)) continue;
    const q = quotes.get(s.quoteKey) ?? { added: 0, removed: 0 };
    quotes.set(s.quoteKey, { added: q.added + 1, removed: 0 });
  }
  return merge(emptyScope(), {
    relations: rows.flatMap((r) =>
      r.relations.map(({ source, type, target, key }) => ({ source, type, target, key })),
    ),
    events: rows.flatMap((r) => r.events.map((e) => e.id)),
    statements: rows.flatMap((r) => r.statements.map((s) => s.id)),
    quotes,
  });
}

export { merge as mergeScopes };
