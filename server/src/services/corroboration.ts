// Corroboration: who reports a relation, event or statement, how many outlets do so independently, and
// the rival versions where articles disagree. An entity page's items carry the counts the loader keeps
// on them (judged here, shallow, only where a graph lacks them: each item's first reports, its rivals'
// article ids); the one item the panel opens gets it all, outlets with their sentences and the versions
// side by side. Rules: server/src/corroboration/rules.ts, counts.ts.
import {
  contradicting,
  countsOf,
  reportsOf,
  type Ground,
  type RawItem,
  type RawReport,
  type RawVersion,
} from '../corroboration/counts.js';
import { independentOutlets, outletKey } from '../corroboration/rules.js';
import { NotFoundError } from '../errors.js';
import type { Database } from '../neo4j/database.js';
import {
  COUNTS,
  FULL,
  readEventVersions,
  readRelationVersions,
  readStatementVersions,
} from '../neo4j/repositories/corroboration-reads.js';
import {
  relationRefOf,
  type CorroboratedItem,
  type Corroboration,
  type EntityDetail,
  type ItemVersion,
  type OutletReport,
} from '@dossier/model';

/** Rival versions shown beside an item's own. */
const MAX_RIVALS = 4;

/** One entry per outlet (its earliest article, with the longest sentence it gives), the earliest first. */
function outletsOf(v: RawVersion, groupOf: Map<string, number>): OutletReport[] {
  const byOutlet = new Map<string, { first: RawReport; texts: string[]; articles: Set<string> }>();
  const byDate = [...v.reports].sort((a, b) => (a.published ?? '9').localeCompare(b.published ?? '9'));
  for (const r of byDate) {
    const key = outletKey(r);
    const entry = byOutlet.get(key) ?? { first: r, texts: [], articles: new Set<string>() };
    entry.articles.add(r.articleId);
    if (r.articleId === entry.first.articleId) entry.texts.push(...r.texts);
    byOutlet.set(key, entry);
  }
  return [...byOutlet].map(([key, { first, texts, articles }]) => ({
    outlet: first.outlet,
    articleId: first.articleId,
    published: first.published,
    text: texts.reduce((a, b) => (b.length > a.length ? b : a), ''),
    articles: articles.size,
    copyGroup: groupOf.get(key) ?? 0,
  }));
}

function asVersion(v: RawVersion): ItemVersion {
  const { groupOf } = independentOutlets(reportsOf(v));
  return {
    id: v.id,
    date: v.date,
    ...(v.speaker ? { speaker: v.speaker } : {}),
    outlets: outletsOf(v, groupOf),
  };
}

/** Judges one item: its outlets, the independent count, and a dispute when a rival contradicts it. */
export function judge(item: RawItem, on: Ground): Corroboration {
  const { groupOf, independent } = independentOutlets(reportsOf(item.self));
  const rivals = contradicting(item, on).slice(0, MAX_RIVALS);
  return {
    articles: item.self.articles,
    outlets: outletsOf(item.self, groupOf),
    independent,
    ...(rivals.length ? { dispute: { on, versions: [item.self, ...rivals].map(asVersion) } } : {}),
  };
}

/**
 * The entity page (or a page of its lists) with the counts of `corroboration` on each item: as the
 * loader stored them (corroboration-writes.ts), judged here only for items that lack them (a graph not
 * yet backfilled), or for every item with `{ judgeAll: true }` (what an entity page cost before the
 * counts were stored: bench/api/profile-queries.ts compares the two).
 */
export async function corroborateEntity<
  T extends Pick<EntityDetail, 'id' | 'relations' | 'events' | 'statements'>,
>(db: Database, detail: T, options: { judgeAll?: boolean } = {}): Promise<T> {
  const unjudged = <X extends { corroboration?: unknown }>(xs: X[]) =>
    options.judgeAll ? xs : xs.filter((x) => !x.corroboration);
  const relations = unjudged(detail.relations);
  const eventIds = [...new Set(unjudged(detail.events).map((e) => e.id))];
  const statementIds = [...new Set(unjudged(detail.statements).map((s) => s.id))];
  if (relations.length + eventIds.length + statementIds.length === 0) return detail;
  const [relationItems, events, statements] = await db.read(async (tx) => [
    await readRelationVersions(
      tx,
      relations.map((r) => relationRefOf(detail.id, r)),
      COUNTS,
    ),
    await readEventVersions(tx, eventIds, COUNTS),
    await readStatementVersions(tx, statementIds, COUNTS),
  ]);
  const byRelation = new Map(relations.map((r, i) => [r, relationItems.get(i)]));
  const byEvent = new Map(eventIds.map((id, i) => [id, events.get(i)]));
  const byStatement = new Map(statementIds.map((id, i) => [id, statements.get(i)]));
  const withCounts = <X extends object>(x: X, item: RawItem | undefined, on: Ground): X => {
    const { corroboration: _, ...rest } = x as X & { corroboration?: unknown };
    return item ? ({ ...rest, corroboration: countsOf(item, on) } as X) : (rest as X);
  };
  const judged = <X extends { corroboration?: unknown }>(x: X, item: RawItem | undefined, on: Ground) =>
    x.corroboration && !options.judgeAll ? x : withCounts(x, item, on);
  return {
    ...detail,
    relations: detail.relations.map((r) => judged(r, byRelation.get(r), 'date')),
    events: detail.events.map((e) => judged(e, byEvent.get(e.id), 'date')),
    statements: detail.statements.map((s) => judged(s, byStatement.get(s.id), 'speaker')),
  };
}

/** One item's corroboration in full (GET /api/corroboration/...); 404 when the graph has no such item. */
export async function itemCorroboration(db: Database, item: CorroboratedItem): Promise<Corroboration> {
  const found = await db.read((tx) =>
    item.kind === 'relation'
      ? readRelationVersions(tx, [item.ref], FULL)
      : (item.kind === 'event' ? readEventVersions : readStatementVersions)(tx, [item.id], FULL),
  );
  const raw = found.get(0);
  if (!raw) {
    const { kind } = item;
    const id =
      kind === 'relation'
        ? `${item.ref.source} ${item.ref.type} ${item.ref.target} ${item.ref.key}`
        : item.id;
    throw new NotFoundError(kind, id, 'Open the entity again: the graph may have changed since');
  }
  return judge(raw, item.kind === 'statement' ? 'speaker' : 'date');
}
