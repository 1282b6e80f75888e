// Expellers told with their verb left out after a count: "Italy expelled 30 and Spain 25", "Germany
// ordered 40 Russian diplomats out, France 35 and Slovenia 33". A state right after "and" or a comma in the
// expulsion's clause and followed by nothing but a count ("25", "another 12", "ten more") expels the same
// as the first; it is not one of the expelled.
import type { Entity } from '../entities/index.js';
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
