// The expeller of an expulsion told as a noun whose diplomats already have their state, then "from" a
// place: that place's state ("Kyiv condemned the expulsion of 21 Ukrainian diplomats from Belarus", "the
// expulsion of two US diplomats from Russia", "after the expulsion of Russia's envoys from Washington").
// The clause's subject there often reacts to the expulsion rather than makes it; the place they are sent
// out of is who sends them. Without a state of their own ("the expulsion of diplomats from Germany") the
// place may be theirs, so nothing is read.
import type { Entity } from '../entities/index.js';
import type { NounPhrase } from '../clauses/noun-phrase.js';
import { stateOf } from './parties.js';
import type { RuleHit } from './hit.js';

const FROM_BEFORE = /(?:^|\s)from[^\S\n]+(?:the[^\S\n]+)?$/;

/** The state a nominal expulsion's diplomats are sent out of, when it is not their own. */
export function nominalFromState(
  h: RuleHit,
  patient: NounPhrase | undefined,
  expelled: readonly Entity[],
): Entity | undefined {
  const { c, s, at, end } = h;
  if (!patient || !/^expulsions?\b/.test(c.work.slice(at, end))) return undefined;
  const own = expelled.filter((e) => e.type === 'Place').map((e) => stateOf(c, e));
  if (!own.length) return undefined;
  // The place right after "from", inside the phrase ("Ukrainian diplomats from Belarus") or after it.
  const m = c
    .inRange(patient.start, Math.min(s.end, patient.end + 40), ['Place'])
    .find((x) => FROM_BEFORE.test(c.work.slice(Math.max(patient.start, x.start - 12), x.start)));
  if (!m) return undefined;
  const state = stateOf(c, m.entity);
  return own.includes(state) ? undefined : state;
}
