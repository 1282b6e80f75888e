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

/** Capitalised title words right before a name: "First Deputy Foreign Minister ", "Ambassador ". */
const TITLE_BEFORE = /(?:\p{Lu}[\p{L}.-]*\s+)+$/u;

/**
 * The one role a group names ("the foreign ministers of", "the ambassadors of"), as a test of a person's
 * description: a person of the state named with another role ("India's Deputy Foreign Minister X",
 * "Ambassador Y" after "the foreign ministers of") is not the state's member of the group. None for a
 * group of no one role ("the leaders of", "delegations from"): any person of the state counts.
 */
function groupRole(group: string): RegExp | undefined {
  const head = String.raw`(?<!\b(?:[Dd]eputy|[Vv]ice|[Aa]ssistant|[Uu]nder|[Ff]ormer|[Jj]unior)[\s-]+)`;
  if (/\b[Ff]oreign\s+[Mm]inisters\b/.test(group))
    return new RegExp(
      String.raw`${head}\b(?:[Ff]oreign\s+[Mm]inister|[Mm]inister\s+(?:of|for)\s+(?:[Ff]oreign|[Ee]xternal))`,
    );
  if (/\b(?:[Pp]rime\s+[Mm]inisters|[Pp]remiers)\b/.test(group))
    return new RegExp(String.raw`${head}\b(?:[Pp]rime\s+[Mm]inister|[Pp]remier)`);
  if (/\b[Pp]residents\b/.test(group)) return new RegExp(String.raw`${head}\b[Pp]resident`);
  if (/\b(?:[Aa]mbassadors|[Ee]nvoys)\b/.test(group))
    return new RegExp(String.raw`${head}\b(?:[Aa]mbassador|[Ee]nvoy|[Hh]igh\s+[Cc]ommissioner|[Cc]harg)`);
  return undefined;
}

/**
 * The states (Places) of `states` none of whose persons the article names (by nationality); with the
 * group's words (`group`, "the foreign ministers of"), only a person named with that role (or with no
 * role) counts.
 */
export function unnamedLeaders(c: Ctx, states: Entity[], group = ''): Entity[] {
  const role = groupRole(group);
  const persons = c.mentions.filter((m) => m.entity.type === 'Person' && m.entity.nationality);
  // The capitalised title right before a mention ("India's First Deputy Foreign Minister X"), if any.
  const titles = new Map<Entity, string[]>();
  for (const m of persons) {
    const t = TITLE_BEFORE.exec(c.work.slice(Math.max(0, m.start - 60), m.start))?.[0];
    titles.set(m.entity, [...(titles.get(m.entity) ?? []), ...(t ? [t] : [])]);
  }
  // With a role, a person counts when one of his titles is that role, or when none is told.
  const holds = (p: Entity): boolean => {
    const ts = titles.get(p) ?? [];
    return !role || !ts.length || ts.some((t) => role.test(t));
  };
  const named = new Set(
    persons.filter((m) => holds(m.entity)).map((m) => c.idx.countryEntity(m.entity.nationality!)),
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
  const group = LEADERS_OF.exec(c.work.slice(objAt, limit))![0];
  for (const st of unnamedLeaders(c, states, group))
    for (const p of one)
      if (!e.relations.some((r) => r.source === p && r.target === st)) {
        h.relation(p, 'MET', st, { event: e });
        e.relations[e.relations.length - 1]!.rule = RULE;
      }
}
