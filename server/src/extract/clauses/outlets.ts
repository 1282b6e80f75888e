// News outlets, told apart from other organisations by shape rather than by a list of outlets: a name
// that reads as an agency, paper, broadcaster or channel ("Lumen News Agency", "Delfi TV", "Rossiya 1"),
// or a common noun beside it that calls it one ("the Nova broadcaster", "the daily Kommersant").
// Assemblies, ministries and social platforms are audiences or channels, never outlets.
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { phraseAt } from './noun-phrase.js';

export const OUTLET_NAME =
  /\b(?:news|agency|press|times|post|journal|herald|tribune|gazette|daily|telegraph|guardian|chronicle|television|tv|radio|broadcast\w*|channel|network|media|reuters|afp|ap|tass|xinhua|yonhap|kyodo|interfax|novosti|ria|sputnik|rt|bbc|cnn|cctv|al jazeera|bloomberg|politico|axios|anadolu|efe|dpa|ansa|pap|nhk|fox|nbc|abc|cbs|msnbc|npr|kommersant|izvestia|rossiya(?:[ -]?\d+)?)\b/i;
const OUTLET_NOUN =
  /\b(?:broadcaster|news agency|agency|channel|newspaper|daily|weekly|outlet|network|television|radio|station|magazine|paper|tabloid|website|portal)\b/i;
const OUTLET_AFTER =
  /^\s*(?:\p{Ll}+\s+)?(?:broadcaster|channel|newspaper|news agency|agency|daily|network|television|radio)\b/u;
/** What may stand before the outlet's name in its phrase: a determiner, a possessor, a few modifiers. */
const LEAD = /^\s*(?:(?!(?:that|about|in|at|on|of|reporters|journalists|and)\b)[\p{L}'’.-]+\s+){0,3}$/u;
export const NOT_OUTLET =
  /\b(?:parliament|senate|congress|assembly|council|committee|duma|court|ministry|cabinet|government|embassy|office|police|facebook|twitter|telegram|instagram|youtube|tiktok|vkontakte|x)\b/i;

/** Whether the organisation mentioned at [start, end) is an outlet: its name's shape, or a word beside it. */
export function isOutlet(c: Ctx, e: Entity, start: number, end: number): boolean {
  if (e.type !== 'Organization' || NOT_OUTLET.test(e.name)) return false;
  if (OUTLET_NAME.test(e.name) || [...e.aliases].some((a) => OUTLET_NAME.test(a))) return true;
  const before = c.work
    .slice(Math.max(0, start - 25), start)
    .split(/[,;.]/)
    .pop()!;
  return OUTLET_NOUN.test(before) || OUTLET_AFTER.test(c.work.slice(end, end + 25));
}

/** The outlet named by the phrase at pos ("the Nova broadcaster", "South Korea's Yonhap News Agency"). */
export function outletAt(c: Ctx, pos: number, limit: number): Entity | undefined {
  const np = phraseAt(c, pos, limit);
  const end = Math.min(limit, Math.max(np?.end ?? 0, pos + 40));
  return c
    .inRange(pos, end, ['Organization'], true)
    .find((m) => isOutlet(c, m.entity, m.start, m.end) && LEAD.test(c.work.slice(pos, m.start)))?.entity;
}

/**
 * The organisation named right at pos that ends a sentence as "…, X reports.": the position calls it an
 * outlet whatever its name's shape ("…, ONA reports."), unless it is a body that never is one.
 */
export function reportingOrgAt(c: Ctx, pos: number, limit: number): Entity | undefined {
  const m = c.inRange(pos, limit, ['Organization'], true)[0];
  if (!m || NOT_OUTLET.test(m.entity.name) || !LEAD.test(c.work.slice(pos, m.start))) return undefined;
  return /^\s+(?:reports|reported)\b/.test(c.work.slice(m.end, limit)) ? m.entity : undefined;
}
