// Leaders met known only by their states (MET each state): "Putin met the leaders of Kazakhstan,
// Kyrgyzstan and Tajikistan", "Xi held talks with the presidents of Brazil and South Africa". meetings.ts
// reads the states as the meeting's sides and claims no MET with them; the real pages' gold links the one
// who met to each state whose leader the article never names ("met with heads of state from A, B and C":
// MET C, whose president goes unnamed; A's president, named later, is met by name).
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import type { RuleHit } from './hit.js';

const RULE = 'events/meeting-leaders:leaders-of';

/** A group of leaders before their states: "the leaders of", "the presidents and prime ministers of". */
const LEADERS_OF =
  /^\s*(?:[Tt]he\s+)?(?:(?:visiting|fellow|other|foreign|[\p{Lu}\d][\p{L}\d-]*)\s+)?(?:[Ll]eaders|[Pp]residents|[Hh]eads\s+of\s+(?:[Ss]tate|[Gg]overnment)|[Pp]rime\s+[Mm]inisters|[Pp]remiers|[Ff]oreign\s+[Mm]inisters|[Kk]ings|[Mm]onarchs|[Ee]mirs)(?:\s+and\s+(?:\p{L}+\s+){0,2}?\p{L}+)?\s+(?:of|from)\s/u;

/** A verb of hosting, active or passive: "hosted", "received", "was welcomed". */
const HOSTING = /^(?:(?:was|were)\s+)?(?:host|receiv|welcom)/i;

/** The states (Places) of `states` none of whose persons the article names (by nationality). */
export function unnamedLeaders(c: Ctx, states: Entity[]): Entity[] {
  const named = new Set(
    c.mentions
      .filter((m) => m.entity.type === 'Person' && m.entity.nationality)
      .map((m) => c.idx.countryEntity(m.entity.nationality!)),
  );
  return states.filter((x) => x.type === 'Place' && !named.has(x));
}

/**
 * Separate meetings with the leaders of listed states ("held separate bilateral meetings with leaders of
 * A, B, C and D"): each state met, but one whose leader the article names is met by name (the gold links
 * the person, not the state); `sides` unchanged when no group of leaders stands before the list.
 */
export function apartLeaders(c: Ctx, sides: Entity[], objAt: number, limit: number): Entity[] {
  if (!LEADERS_OF.test(c.work.slice(objAt, limit))) return sides;
  const met = unnamedLeaders(c, sides);
  return met.length ? [...met, ...sides.filter((x) => x.type !== 'Place')] : sides;
}

/** MET from each person of `subj` to each state listed after a group of leaders at objAt. */
export function leadersMet(h: RuleHit, subj: Entity[], states: Entity[], objAt: number, limit: number): void {
  const { c } = h;
  // One who met a few leaders: a gathering of many ("gathered with the foreign ministers of sixteen
  // states") or of several hosts ("A and B met with heads of state from …") links no one in the gold. A
  // host's guests ("hosted/received/welcomed the leaders of A, B, C and D") may run to six states.
  const one = subj.filter((x) => x.type === 'Person');
  const most = HOSTING.test(c.work.slice(h.at, h.end)) ? 6 : 3;
  if (one.length !== 1 || states.length > most || !LEADERS_OF.test(c.work.slice(objAt, limit))) return;
  const e = h.made[h.made.length - 1];
  if (!e || e.type !== 'meeting') return;
  for (const st of unnamedLeaders(c, states))
    for (const p of one)
      if (!e.relations.some((r) => r.source === p && r.target === st)) {
        h.relation(p, 'MET', st, { event: e });
        e.relations[e.relations.length - 1]!.rule = RULE;
      }
}
