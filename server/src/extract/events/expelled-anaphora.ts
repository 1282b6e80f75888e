// The states an expulsion's patient only refers back to: "their diplomats", "diplomats of these countries",
// "staff from those states". They are the last list of two or more countries told before the trigger, in its
// sentence or the two before it ("The ambassadors of A, B and C were summoned. They were told that Moscow
// would expel their diplomats" → A, B, C), the expelling states left out.
import { listBefore, type NounPhrase } from '../clauses/noun-phrase.js';
import type { Entity } from '../entities/index.js';
import { isCountry } from './envoys.js';
import type { RuleHit } from './hit.js';

/** How many sentences before the trigger's the list may be told in. */
const REACH = 2;

/** A complement that points back at states: "of these countries", "from those nations", "of the said states". */
const BACK =
  /^[^,.;:]{0,40}?\b(?:of|from)\s+(?:these|those|the\s+(?:said|above|aforementioned|above-mentioned))\s+(?:\p{Ll}+\s+)?(?:countries|states|nations|governments)\b/u;

/** Whether the patient refers back to states: "their <head>" or a complement "of these countries". */
function refersBack(h: RuleHit, np: NounPhrase): boolean {
  const { c, s } = h;
  if (np.entities.length) return false;
  if (/\btheir\s+$/i.test(c.work.slice(Math.max(s.start, np.start - 8), np.start))) return true;
  return !np.owners.length && BACK.test(c.work.slice(np.start, s.end));
}

/** The last list of two or more countries in [from, to), the expellers left out. */
function lastList(h: RuleHit, from: number, to: number, expellers: Entity[]): Entity[] {
  const { c } = h;
  const countries = c
    .inRange(from, to, ['Place'])
    .filter((m) => isCountry(m.entity.name) && !expellers.includes(m.entity));
  for (const m of countries.reverse()) {
    const items = listBefore(c, from, m)
      .map((x) => x.entity)
      .filter((e) => !expellers.includes(e));
    if (items.length >= 2) return items;
  }
  return [];
}

/**
 * The states a patient that refers back to states stands for: the last list before the trigger in its
 * sentence, else in the sentences before it (nearest first); none when the patient names its own.
 */
export function referredStates(h: RuleHit, np: NounPhrase | undefined, expellers: Entity[]): Entity[] {
  const { c, s, at } = h;
  if (!np || !refersBack(h, np)) return [];
  const here = lastList(h, s.start, Math.min(at, np.start), expellers);
  if (here.length) return here;
  const si = c.sents.indexOf(s);
  for (let k = si - 1; k >= 0 && si - k <= REACH; k--) {
    const t = c.sents[k]!;
    const found = lastList(h, t.start, t.end, expellers);
    if (found.length) return found;
  }
  return [];
}
