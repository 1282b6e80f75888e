// Corroboration of an entity page: for each relation, event and statement on the page (the capped page,
// not all of a hub's items), the outlets that report it, how many do so independently, and the rival
// versions where articles disagree. Rules: server/src/corroboration/rules.ts.
import {
  datesContradict,
  independentOutlets,
  outletKey,
  withinWindow,
  type Report,
} from '../corroboration/rules.js';
import type { Database } from '../neo4j/database.js';
import {
  readEventVersions,
  readRelationVersions,
  readStatementVersions,
  type RawItem,
  type RawReport,
  type RawVersion,
  type RelationRef,
} from '../neo4j/repositories/corroboration-reads.js';
import type { Corroboration, EntityDetail, EntityRelation, ItemVersion, OutletReport } from '@dossier/model';

/** Rival versions shown beside an item's own. */
const MAX_RIVALS = 4;

/** The relationship an entity page's relation stands for (its key is what the loader merges on). */
export function relationRef(entityId: string, r: EntityRelation): RelationRef {
  const [source, target] = r.direction === 'out' ? [entityId, r.other.id] : [r.other.id, entityId];
  return { source, type: r.type, target, key: `${r.date ?? ''}|${r.place?.id ?? ''}` };
}

const reportsOf = (v: RawVersion): Report[] =>
  v.reports.flatMap((r) =>
    (r.texts.length ? r.texts : ['']).map((text) => ({
      articleId: r.articleId,
      outlet: r.outlet,
      published: r.published,
      text,
    })),
  );

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
export function judge(item: RawItem, on: 'date' | 'speaker'): Corroboration {
  const { groupOf, independent } = independentOutlets(reportsOf(item.self));
  const ownArticles = new Set(item.self.reports.map((r) => r.articleId));
  const contradicts = (rival: RawVersion) =>
    // An article that tells both versions tells of two events (or two statements), not of a dispute.
    !rival.reports.some((r) => ownArticles.has(r.articleId)) &&
    (on === 'date'
      ? datesContradict(item.self.date, rival.date)
      : rival.speaker?.id !== item.self.speaker?.id && withinWindow(item.self.date, rival.date));
  const rivals = item.rivals.filter(contradicts).slice(0, MAX_RIVALS);
  return {
    articles: item.self.articles,
    outlets: outletsOf(item.self, groupOf),
    independent,
    ...(rivals.length ? { dispute: { on, versions: [item.self, ...rivals].map(asVersion) } } : {}),
  };
}

/** The entity page (or a page of its lists) with `corroboration` on each relation, event and statement. */
export async function corroborateEntity<
  T extends Pick<EntityDetail, 'id' | 'relations' | 'events' | 'statements'>,
>(db: Database, detail: T): Promise<T> {
  const eventIds = [...new Set(detail.events.map((e) => e.id))];
  const statementIds = [...new Set(detail.statements.map((s) => s.id))];
  const [relations, events, statements] = await db.read(async (tx) => [
    await readRelationVersions(
      tx,
      detail.relations.map((r) => relationRef(detail.id, r)),
    ),
    await readEventVersions(tx, eventIds),
    await readStatementVersions(tx, statementIds),
  ]);
  const byEvent = new Map(eventIds.map((id, i) => [id, events.get(i)]));
  const byStatement = new Map(statementIds.map((id, i) => [id, statements.get(i)]));
  const withJudgement = <T extends object>(x: T, item: RawItem | undefined, on: 'date' | 'speaker'): T =>
    item ? { ...x, corroboration: judge(item, on) } : x;
  return {
    ...detail,
    relations: detail.relations.map((r, i) => withJudgement(r, relations.get(i), 'date')),
    events: detail.events.map((e) => withJudgement(e, byEvent.get(e.id), 'date')),
    statements: detail.statements.map((s) => withJudgement(s, byStatement.get(s.id), 'speaker')),
  };
}
