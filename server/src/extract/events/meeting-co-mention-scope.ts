// Where the reading of a meeting sentence (meetings.ts, meeting-co-mention.ts) must look for its persons,
// or make none. A meeting word with "between" after it names its own parties: "since the meeting between A
// and B in November, C said", "X conveyed concern over last week's talks between A and B" — C and X,
// named elsewhere in the sentence, were at no meeting with them. A meeting word that is the subject of a
// passive of attending or chairing names those present, not who met whom: "The breakfast meeting was also
// attended by A, B and C", "The summit from Thursday to Friday was attended by A, B, C, D and E", "The
// meeting was called by X, chaired by A, and B" — the attendees of one side or of a many-sided summit.
import type { Entity } from '../entities/index.js';
import { P } from './arguments.js';
import type { RuleHit } from './hit.js';
import { SAYING_RIGHT_AFTER } from '../saying-verbs.js';

/**
 * How one party of "between A and B" follows the last: a comma or "and", then titles, no clause break; a
 * comma may set the name off its title ("and the leader of the Centre Party, B").
 */
const NEXT_PARTY = /^\s*(?:,\s*(?:and\s+)?|and\s+)[^,;.]{0,80}(?:,\s*)?$/;

/** The text between "between" and its first party: titles, no clause break. */
const FIRST_PARTY = /^[^;.]{0,100}$/;

/** The persons "between" after the meeting word names, in order, or undefined when there is no "between". */
export function partiesBetween(h: RuleHit): Entity[] | undefined {
  const { c, s, at, end } = h;
  if (/\bbetween$/.test(c.work.slice(at, end))) return partyChain(h, end);
  const m = /^\s+between\s/.exec(c.work.slice(end, s.end));
  return m ? partyChain(h, end + m[0].length) : undefined;
}

/**
 * The persons listed from `from` (right after "between"): the first after titles, then each after a comma
 * or "and"; the list ends at a clause's own words ("… in November, C said", "…, C told reporters").
 */
export function partyChain(h: RuleHit, from: number): Entity[] {
  const { c, s } = h;
  const out: Entity[] = [];
  let last = from;
  for (const m of c.inRange(from, s.end, P)) {
    // The same person named again right on ("Chinese Ambassador to Korea Xing Haiming"): one party.
    if (out.at(-1) === m.entity && /^\s*$/.test(c.work.slice(last, m.start))) {
      last = m.end;
      continue;
    }
    if (!(out.length ? NEXT_PARTY : FIRST_PARTY).test(c.work.slice(last, m.start))) break;
    // "…between A and B, C said": C opens the main clause.
    if (SAYING_RIGHT_AFTER.test(c.work.slice(m.end, Math.min(s.end, m.end + 20)))) break;
    if (!out.includes(m.entity)) out.push(m.entity);
    last = m.end;
  }
  return out;
}

/**
 * A sentence whose subject is a meeting and whose verb a passive of attending or chairing: "The meeting
 * was attended by", "The breakfast meeting was also attended by", "The summit from Thursday to Friday was
 * attended by", "On Monday, the talks were chaired by", "The meeting was called by X, chaired by".
 */
const ATTENDED_BY =
  /^(?:[^,;]{0,40},\s*)?(?:[Tt]he|[Tt]hat|[Tt]his|[Tt]heir|[Ii]ts)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:[Mm]eetings?|[Tt]alks|[Ss]ummit|[Ss]ession|[Gg]athering|[Cc]onference|[Cc]onsultations|[Dd]ialogue|[Ff]orum|dinner|lunch|luncheon|breakfast)\b[^,;.]{0,60}?\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:also\s+)?(?:attended|chaired|co-chaired|convened|called|organi[sz]ed|moderated)\s+(?:jointly\s+)?by\b/u;

/** Whether the sentence of the hit is one of attendance: its persons were present, not parties. */
export function attendanceList(h: RuleHit): boolean {
  return ATTENDED_BY.test(h.c.work.slice(h.s.start, h.s.end));
}
