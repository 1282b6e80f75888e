// An item's versions as the corroboration reads fetch them (its reports, and the rival versions that may
// contradict it), and the counts an entity page shows for it: articles, outlets, independent outlets,
// disputed. Pure: the read-time judging (services/corroboration.ts) and the counts the loader keeps on
// the items (neo4j/repositories/corroboration-writes.ts) both count here, so their numbers are the same.
import type { CorroborationCounts } from '@dossier/model';
import { datesContradict, independentOutlets, outletKey, withinWindow, type Report } from './rules.js';

/** One article's report: its outlet and date, and the sentences (relation or event evidence) it gives. */
export interface RawReport {
  articleId: string;
  outlet: string | null;
  published: string | null;
  texts: string[];
}
export interface RawVersion {
  id: string;
  date: string | null;
  /** Articles that report it (all of them, not only the first REPORT_CAP). */
  articles: number;
  reports: RawReport[];
  /** Rivals: the articles that report it (the first REPORT_CAP), read even when `reports` are not. */
  articleIds?: string[];
  speaker?: { id: string; name: string };
  /** The item's own version: its node's or relationship's element id (the loader writes counts by it). */
  element?: string;
}
/** An item and the versions that may rival it. */
export interface RawItem {
  self: RawVersion;
  rivals: RawVersion[];
}

/** What two versions of an item disagree on: the date (relations, events) or the speaker (statements). */
export type Ground = 'date' | 'speaker';

/** A version's reports, one per sentence (a report without a sentence counts once, with none). */
export const reportsOf = (v: RawVersion): Report[] =>
  v.reports.flatMap((r) =>
    (r.texts.length ? r.texts : ['']).map((text) => ({
      articleId: r.articleId,
      outlet: r.outlet,
      published: r.published,
      text,
    })),
  );

/** The rivals that contradict the item: another date (events, relations) or speaker (statements). */
export function contradicting(item: RawItem, on: Ground): RawVersion[] {
  const ownArticles = new Set(item.self.reports.map((r) => r.articleId));
  return item.rivals.filter(
    (rival) =>
      // An article that tells both versions tells of two events (or two statements), not of a dispute.
      !(rival.articleIds ?? rival.reports.map((r) => r.articleId)).some((id) => ownArticles.has(id)) &&
      (on === 'date'
        ? datesContradict(item.self.date, rival.date)
        : rival.speaker?.id !== item.self.speaker?.id && withinWindow(item.self.date, rival.date)),
  );
}

/** An item's counts, as an entity page shows them (the item read with COUNTS depth). */
export function countsOf(item: RawItem, on: Ground): CorroborationCounts {
  return {
    articles: item.self.articles,
    outlets: new Set(item.self.reports.map(outletKey)).size,
    independent: independentOutlets(reportsOf(item.self)).independent,
    disputed: contradicting(item, on).length > 0,
  };
}
