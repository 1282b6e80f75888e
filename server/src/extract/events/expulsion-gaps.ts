// Expellers the clause reader does not take. Those told with their verb left out after a count: "Italy
// expelled 30 and Spain 25", "Germany expelled 40 Russian diplomats, France 35 and Slovenia 33": a state
// right after "and" or a comma in the expulsion's clause and followed by nothing but a count ("25",
// "another 12", "ten more") expels the same as the first; it is not one of the expelled. And a state's
// body named in lower case as the subject ("Germany's foreign office ordered …", "the Polish foreign
// ministry has expelled …"): the state.
import type { Entity } from '../entities/index.js';
import { demonymCountry } from '../lexicon.js';
import { stateOf } from './parties.js';
import type { NounPhrase } from '../clauses/noun-phrase.js';
import type { RuleHit } from './hit.js';

const GAP_BEFORE = /(?:,|\band)\s+(?:the\s+)?$/;
const NUMBER =
  /(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{Ll}+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a dozen|dozens)/u
    .source;
/** A count and what may close it: "25", "another 12", "ten more", "four others", then the clause goes on. */
const COUNT_AFTER = new RegExp(
  String.raw`^\s+(?:another\s+)?${NUMBER}(?:\s+(?:more|others?))?(?=\s*(?:[,.;)]|$|[–—]|\s+(?:and|on|in|last|this|earlier|while|whereas|respectively|each)\b))`,
  'u',
);

/** The states a count follows in the clause after the trigger: each is an expeller whose verb was left out. */
export function gappedExpellers(h: RuleHit, patient: NounPhrase | undefined, expellers: Entity[]): Entity[] {
  const { c, s, end } = h;
  if (!expellers.length || !patient) return [];
  const out: Entity[] = [];
  for (const m of c.inRange(end, s.end, ['Place'])) {
    if (m.start < patient.start || expellers.includes(m.entity)) continue;
    if (!GAP_BEFORE.test(c.work.slice(Math.max(end, m.start - 8), m.start))) continue;
    if (COUNT_AFTER.test(c.work.slice(m.end, m.end + 40))) out.push(m.entity);
  }
  return out;
}

/** "Germany's foreign office", "the Polish foreign ministry": a state's body in lower case, then the verb. */
const BODY_BEFORE =
  /(?:^|[\s,;(])(?:[Tt]he\s+)?(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})(['’]s)?\s+(?:foreign (?:office|ministry)|ministry of foreign affairs|government|authorities|cabinet)\s+(?:(?:has|have|had|also|yesterday|today|on\s+\p{Lu}\p{Ll}+)\s+){0,3}$/u;

/** The state whose lower-case body is the subject right before the trigger, when the reader found none. */
export function bodyExpeller(h: RuleHit): Entity | undefined {
  const { c, s, at } = h;
  const b = BODY_BEFORE.exec(c.work.slice(s.start, at));
  if (!b) return undefined;
  const from = s.start + b.index + b[0].indexOf(b[1]!);
  const to = from + b[1]!.length;
  if (b[2]) {
    const m = c.inRange(from, to, ['Place']).find((x) => x.start === from && x.end === to);
    return m ? stateOf(c, m.entity) : undefined;
  }
  const country = demonymCountry(b[1]!);
  return country ? c.countryByDemonym(country, from, to) : undefined;
}
