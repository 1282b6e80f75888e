// A person met whom the clause names only by a role, resolved to the one person the article names with it:
// "met the Portuguese Prime Minister" (the one Portuguese person titled prime minister), "held talks with
// her counterpart" (the one person with the same title as hers and another nationality), and a subject
// "X and her Chilean counterpart" (both sides), and the name set after a body's role ("the secretary-general of
// NATO, X"). A visiting guest known by role is guests.ts's.
// meetings.ts tries these before it falls back on the state of the role.
import type { Entity } from '../entities/index.js';
import { demonymCountry } from '../lexicon.js';
import { personByRole as speakerByRole, THE_ROLE } from '../quotes/role-coreference.js';
import { counterpartOf } from './counterparts.js';
import { P } from './arguments.js';
import type { RuleHit } from './hit.js';

const ROLE = String.raw`(?:[Pp]rime\s+[Mm]inister|[Ff]oreign\s+[Mm]inister|[Dd]efen[cs]e\s+[Mm]inister|[Mm]inister|[Pp]resident|[Cc]hancellor|[Pp]remier|[Kk]ing|[Ee]mir|[Ss]ecretary\s+of\s+[Ss]tate|[Ss]ecretary|[Aa]mbassador|[Ee]nvoy|FM|PM|NSA|EAM)`;

/** "the Portuguese Prime Minister", "Portugal's foreign minister" with no name after it. */
const STATE_ROLE = new RegExp(
  String.raw`^\s*(?:(?:the|his|her|their)\s+)?(?:((?:North\s+|South\s+)?\p{Lu}\p{Ll}+)\s+|(\p{Lu}[\p{L}]+)['’]s?\s+)(${ROLE})\b(?!\s*,?\s+\p{Lu})`,
  'u',
);

/** "his counterpart", "her host" with no state and no name after it. */
const BARE_COUNTERPART =
  /^\s*(?:his|her|their)\s+(?:counterpart|opposite number)\b(?!\s*,?\s*\p{Lu})(?!\s+(?:from|of)\b)/u;

/**
 * A role "of" a body set before the name by a comma: "the president of the main opposition party Nepali
 * Congress, Sher Bahadur Deuba", "the secretary-general of NATO, Jens Stoltenberg".
 */
const ROLE_OF_BODY =
  /^\s*(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:president|leader|head|chair|chairman|chairwoman|chairperson|chief|secretary[- ]general|director[- ]general|director|governor|speaker|mayor|founder|commander|prime minister|foreign minister|minister|king|emir|ambassador|envoy)\s+(?:of|at|for)\s+[^,;()]{2,70}?,\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/** Abbreviated roles of headlines and tweets ("meets Syrian FM"), spelt out. */
const SPELT: Record<string, string> = {
  FM: 'foreign minister',
  PM: 'prime minister',
  NSA: 'national security',
  EAM: 'external affairs minister',
};

const head = (role: string) => SPELT[role] ?? role.toLowerCase().replace(/\s+/g, ' ');

/** Whether a person's title holds the role ("Foreign Minister" holds "minister" and "foreign minister"). */
function titled(e: Entity, role: string): boolean {
  return !!e.title && e.title.toLowerCase().replace(/\s+/g, ' ').includes(head(role));
}

/** The distinct persons the article names, in order (before pos first, then after it). */
function personsAround(h: RuleHit, pos: number): Entity[] {
  const before = h.c.inRange(0, pos, P).map((m) => m.entity);
  const after = h.c.inRange(pos, h.c.work.length, P).map((m) => m.entity);
  return [...new Set([...before.reverse(), ...after])];
}

/** The one person a role phrase at pos names ("the Portuguese Prime Minister", "her counterpart"). */
export function personByRole(h: RuleHit, pos: number, limit: number): Entity[] {
  const text = h.c.work.slice(pos, limit);
  const st = STATE_ROLE.exec(text);
  if (st) {
    const country = st[1] ? demonymCountry(st[1]) : st[2];
    if (!country) return [];
    const fit = personsAround(h, pos).filter((e) => e.nationality === country && titled(e, st[3]!));
    return fit.length === 1 ? fit : [];
  }
  if (BARE_COUNTERPART.test(text)) {
    const own = h.c.lastPersonBefore(pos);
    if (!own?.title) return [];
    const fit = personsAround(h, pos).filter(
      (e) =>
        e !== own &&
        e.title?.toLowerCase() === own.title!.toLowerCase() &&
        (!own.nationality || !e.nationality || e.nationality !== own.nationality),
    );
    return fit.length === 1 ? fit : [];
  }
  return [];
}

/**
 * A person met known by a role phrase alone ("received the minister", "met the Russian diplomat"): the
 * person last introduced with that role before the sentence, as a speaker's role is resolved
 * (quotes/role-coreference.ts); nobody the sentence itself names (the subject is no one it meets).
 */
export function personByRolePhrase(h: RuleHit, pos: number, limit: number): Entity[] {
  const role = THE_ROLE.exec(h.c.work.slice(pos, limit).trimStart());
  if (!role) return [];
  const persons = h.c.mentions.filter((m) => m.entity.type === 'Person' && m.end <= h.s.start);
  const named = speakerByRole(h.c.work, persons, role[3]!, h.s.start, role[1], role[2] ?? '');
  return named ? [named] : [];
}

/**
 * The person named after a body's role at pos ("the president of the main opposition party X, Name"), even
 * where the role phrase itself was taken for a person named before.
 */
export function nameAfterBodyRole(h: RuleHit, pos: number, limit: number): Entity[] {
  const named = h.c.inRange(pos, Math.min(limit, pos + 130), P, true)[0];
  return named && ROLE_OF_BODY.test(h.c.work.slice(pos, named.start)) ? [named.entity] : [];
}

/** "X and her Chilean counterpart" as a subject right before pos. */
const AND_COUNTERPART =
  /^\s+and\s+(?:his|her|their)\s+(?:((?:North\s+|South\s+)?\p{Lu}\p{Ll}+)\s+)?(?:counterpart|host|guest|opposite number)\s*(?:,[^,]{0,40},\s*)?(?:(?:also|later|then|on\s+\p{Lu}\p{Ll}+day)\s+)*$/u;

/**
 * The subject "A and his X counterpart" of the verb at pos (a person named, then the counterpart): A and
 * the counterpart, or nothing when the counterpart is not the one person the article names so.
 */
export function subjectCounterpart(h: RuleHit, from: number, pos: number): Entity[] {
  const { c } = h;
  const a = c.inRange(from, pos, P).pop();
  if (!a || c.inRange(a.end, pos).length) return [];
  // Only a fronted adverbial and titles before A ("On Monday, Foreign Minister A and …").
  if (!/^(?:[^,;]{0,60},\s*)?(?:[\p{L}.'’-]+\s+){0,5}$/u.test(c.work.slice(from, a.start))) return [];
  const m = AND_COUNTERPART.exec(c.work.slice(a.end, pos));
  if (!m) return [];
  const other = m[1]
    ? counterpartOf(h, a.end + m[0].indexOf(m[1]), m[1])
    : personByRole(h, a.end + m[0].indexOf(' ', 2), pos);
  return other.length === 1 && other[0] !== a.entity ? [a.entity, other[0]!] : [];
}
