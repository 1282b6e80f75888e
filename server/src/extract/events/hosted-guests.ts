// The guest a host receives is the one who travels: "Ruto welcomed Macron as he arrived in Nairobi",
// "Ruto received Macron and Scholz upon their arrival in Nairobi", "Ruto received Macron during his visit
// to Kenya". The pronoun of the clause of travel stands for the host's object, not for the host who opens
// the sentence; with a passive host ("Macron was received by Ruto upon his arrival") the subject is the guest.
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import type { Sentence } from '../text.js';
import { matchesOf } from '../regex-matches.js';

const P: ['Person'] = ['Person'];

/** A verb of hosting (active, or passive with "was/were … by"). */
const HOSTING =
  /\b(?:(?:was|were|been|being)\s+(?:(?:warmly|personally|also|then|formally|officially)\s+)?)?(?:greeted|greets|welcomed|welcomes|received|receives|hosted|hosts|met|meets)\b/g;

/** The clause of travel after the guests: a conjunction and a pronoun ("as he", "upon their"). */
const TRAVEL_CLAUSE =
  /\b(?:as|when|after|once|while|upon|[Uu]pon|on|during)\s+(?:he|she|they|his|her|their)\b/g;

/** Between the guests and the clause of travel: a date or a place of the reception at most ("at Jomo
 * Kenyatta Airport", "at the airport", "at the presidential palace in Nairobi"). */
const AFTER_GUESTS =
  /^\s*,?\s*(?:(?:on\s+\p{Lu}\p{Ll}+day|today|yesterday|(?:at|in)\s+(?:the\s+)?(?:[\p{Lu}]|(?:(?:\p{Ll}+\s+){0,2}(?:airport|palace|airbase|air\s+base|terminal|house|residence|office|hall|headquarters|ministry)\b))[^,;]{0,50}?)\s*,?\s*)?$/u;

/**
 * The guests of a host's verb before a clause of travel that covers `at` ("as he arrived", "upon their
 * arrival", "during his visit"): the persons the verb takes as objects, or its subject when passive. Empty
 * when the sentence reads otherwise.
 */
export function hostedGuests(c: Ctx, s: Sentence, at: number): Entity[] {
  // Arrivals and visits only ("Ruto met Macron after he returned from Paris" may be Ruto's return).
  if (!/\b(?:arriv|land|touch|reach|visit|trip|tour)/.test(c.work.slice(at, Math.min(s.end, at + 30))))
    return [];
  // The clause of travel: its conjunction before the trigger (or opening the trigger's own match).
  let clause: RegExpExecArray | undefined;
  const win = c.work.slice(s.start, Math.min(s.end, at + 16));
  TRAVEL_CLAUSE.lastIndex = 0;
  for (const m of matchesOf(TRAVEL_CLAUSE, win)) {
    const start = s.start + m.index;
    // No person named between the pronoun and the trigger ("as he met Y, who arrived").
    if (start <= at + 15 && !c.inRange(start, at, P).length && !/[;:]/.test(c.work.slice(start, at)))
      clause = m;
  }
  if (!clause) return [];
  const conj = s.start + clause.index;
  const lead = c.work.slice(s.start, conj);
  const verbs = matchesOf(HOSTING, lead);
  const v = verbs[verbs.length - 1];
  if (!v) return [];
  const vStart = s.start + v.index;
  const vEnd = vStart + v[0].length;
  if (/^(?:was|were|been|being)\b/.test(v[0])) {
    // "Macron was received by Ruto upon his arrival": the subject before the passive.
    // ("was welcomed at the airport by Ruto": a place of the reception may stand before "by".)
    if (!/^\s+(?:(?:at|in)\s+[^,;]{1,60}?\s+)?by\b/.test(c.work.slice(vEnd, conj))) return [];
    const subj = c.subjectBefore(s.start, vStart, P);
    return subj ? [subj] : [];
  }
  // "Ruto welcomed (the visiting) Macron and Scholz (on Sunday) as they arrived": the objects, a list.
  const ms = c.inRange(vEnd, conj, P);
  if (!ms.length) return [];
  if (
    !/^\s+(?:the\s+)?(?:visiting\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,6}$/u.test(
      c.work.slice(vEnd, ms[0]!.start),
    )
  )
    return [];
  const out: Entity[] = [ms[0]!.entity];
  let last = ms[0]!;
  for (const m of ms.slice(1)) {
    if (
      !/^\s*(?:,|,?\s+and|,?\s+as well as)\s+(?:[\p{L}.'’-]+\s+){0,6}$/u.test(c.work.slice(last.end, m.start))
    )
      break;
    if (!out.includes(m.entity)) out.push(m.entity);
    last = m;
  }
  if (!AFTER_GUESTS.test(c.work.slice(last.end, conj))) return [];
  return out;
}

/** A venue one walks into, no place one travels to ("on his arrival at the Presidential Palace"). */
export const VENUE =
  /\b(?:Palace|Hall|House|Hotel|Cent(?:er|re)|Residence|Office|Secretariat|Ministry|Building|Square|Stadium|Mosque|Cathedral|Church|Temple|Memorial|Mausoleum)$/;
