// The state whose diplomats an expulsion expels when the patient gives no nationality ("expelled 30
// diplomats"): the one foreign state its sentence names as the cause or the diplomats' allegiance —
// "in response to Russia's invasion", "accusing Russia of spying", "spying for Russia", then "the embassy
// of Russia", "diplomats from Russia". A state named twice over the same way, or none, gives nothing.
import type { NounPhrase } from '../clauses/noun-phrase.js';
import type { Entity } from '../entities/index.js';
import { isCountry } from './envoys.js';
import type { RuleHit } from './hit.js';
import { stateOf } from './parties.js';

/** Heads of a patient that are a state's staff, whose state the sentence may name elsewhere. */
const STAFF =
  /^(?:diplomats?|envoys?|ambassadors?|consuls?(?:[- ]general)?|staff(?:ers)?|employees?|officials?|officers?|spies|spy|agents?|attach[ée]s?|personnel|representatives?|members?|workers?|charg[ée]s? d['’]affaires)$/;

/** The first tier: a possessor ("Russia's war"), an accused, who the staff work or spy for. */
const CAUSE_BEFORE = /\b(?:accus\w*|blam\w*|against|for)\s+(?:the\s+)?$/;
/** The second tier: a complement ("the embassy of Russia", "diplomats from Russia", "ties with Russia"). */
const OF_BEFORE = /\b(?:of|from|with)\s+(?:the\s+)?$/;

/** The one state of a tier, or nothing when the tier names none or several. */
function one(states: Entity[]): Entity | undefined {
  const set = [...new Set(states)];
  return set.length === 1 ? set[0] : undefined;
}

/** The foreign state the expulsion's sentence names as the expelled staff's, or nothing. */
export function namedForeignState(
  h: RuleHit,
  patient: NounPhrase | undefined,
  expellers: Entity[],
): Entity | undefined {
  const { c, s } = h;
  if (!patient?.head || patient.entities.length || patient.owners.length || patient.pronoun) return undefined;
  if (!STAFF.test(patient.head) || !expellers.length) return undefined;
  const own = new Set(expellers.map((e) => stateOf(c, e)));
  const first: Entity[] = [];
  const second: Entity[] = [];
  for (const m of c.inRange(s.start, s.end, ['Place'])) {
    const st = stateOf(c, m.entity);
    if (own.has(st) || expellers.includes(m.entity) || !isCountry(st.name)) continue;
    const before = c.work.slice(Math.max(s.start, m.start - 24), m.start);
    if (/^['’]s\b/.test(c.work.slice(m.end, m.end + 3)) || CAUSE_BEFORE.test(before)) first.push(st);
    else if (OF_BEFORE.test(before)) second.push(st);
  }
  return first.length ? one(first) : one(second);
}
