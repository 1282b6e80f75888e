// The states an expulsion's patient only refers back to: "their diplomats", "diplomats of these countries",
// "staff from those states". They are the last list of two or more countries told before the trigger, in its
// sentence or the two before it ("The ambassadors of A, B and C were summoned. They were told that Moscow
// would expel their diplomats" → A, B, C), the expelling states left out. A counted complement ("diplomats
// from the three EU countries") stands for a list of just that many, told before it or set beside it ("from
// the three countries, A, B and C,").
import { countOf } from '../count-words.js';
import { NUMBER } from './group-leads.js';
import { listAfter, listBefore, type NounPhrase } from '../clauses/noun-phrase.js';
import type { Entity } from '../entities/index.js';
import { isCountry } from './envoys.js';
import type { RuleHit } from './hit.js';

/** How many sentences before the trigger's the list may be told in. */
const REACH = 2;

/** A complement that points back at states: "of these countries", "from those nations", "of the said states". */
const BACK =
  /^[^,.;:]{0,40}?\b(?:of|from)\s+(?:these|those|the\s+(?:said|above|aforementioned|above-mentioned))\s+(?:\p{Ll}+\s+)?(?:countries|states|nations|governments)\b/u;

/**
 * A complement that counts the states it points back at: "from the three EU countries", "of the two
 * Baltic states", "from the three European Union nations" (a count, then up to two words of a region).
 */
const COUNTED_BACK = new RegExp(
  String.raw`^[^,.;:]{0,40}?\b(?:of|from)\s+(?:the|these|those|all)\s+(${NUMBER})\s+(?:[\p{L}-]+\s+){0,2}?(?:countries|states|nations|governments)\b`,
  'iu',
);

/** Whether the patient refers back to states: "their <head>" or a complement "of these countries". */
function refersBack(h: RuleHit, np: NounPhrase): boolean {
  const { c, s } = h;
  if (np.entities.length) return false;
  if (/\btheir\s+$/i.test(c.work.slice(Math.max(s.start, np.start - 8), np.start))) return true;
  return !np.owners.length && BACK.test(c.work.slice(np.start, s.end));
}

/** The count of a complement that counts the states it points back at, with where it ends. */
function countedBack(h: RuleHit, np: NounPhrase): { n: number; end: number } | undefined {
  const { c, s } = h;
  if (np.entities.length || np.owners.length) return;
  const m = COUNTED_BACK.exec(c.work.slice(np.start, s.end));
  return m ? { n: countOf(m[1]!), end: np.start + m[0].length } : undefined;
}

/** "the three countries, A, B and C": the states set beside a counted complement, when just that many. */
function besideList(h: RuleHit, at: number, n: number, expellers: Entity[]): Entity[] {
  const { c, s } = h;
  const comma = /^\s*(?:,|\s[–—]|:)\s*(?:namely\s+)?/.exec(c.work.slice(at, s.end));
  if (!comma) return [];
  const first = c.inRange(at + comma[0].length, s.end, ['Place'], true)[0];
  if (!first || !/^(?:the\s+)?$/.test(c.work.slice(at + comma[0].length, first.start))) return [];
  const items = listAfter(c, first, s.end).map((x) => x.entity);
  return items.length === n && items.every((e) => isCountry(e.name) && !expellers.includes(e)) ? items : [];
}

/** The last list of two or more countries in [from, to), the expellers left out (of just `n`, when counted). */
function lastList(h: RuleHit, from: number, to: number, expellers: Entity[], n?: number): Entity[] {
  const { c } = h;
  const countries = c
    .inRange(from, to, ['Place'])
    .filter((m) => isCountry(m.entity.name) && !expellers.includes(m.entity));
  for (const m of countries.reverse()) {
    const items = listBefore(c, from, m)
      .map((x) => x.entity)
      .filter((e) => !expellers.includes(e));
    if (n === undefined ? items.length >= 2 : items.length === n) return items;
  }
  return [];
}

/**
 * The states a patient that refers back to states stands for: the last list before the trigger in its
 * sentence, else in the sentences before it (nearest first); none when the patient names its own.
 */
export function referredStates(h: RuleHit, np: NounPhrase | undefined, expellers: Entity[]): Entity[] {
  const { c, s, at } = h;
  if (!np) return [];
  const counted = countedBack(h, np);
  if (!counted && !refersBack(h, np)) return [];
  const n = counted?.n;
  if (counted) {
    const beside = besideList(h, counted.end, counted.n, expellers);
    if (beside.length) return beside;
  }
  const here = lastList(h, s.start, Math.min(at, np.start), expellers, n);
  if (here.length) return here;
  const si = c.sents.indexOf(s);
  for (let k = si - 1; k >= 0 && si - k <= REACH; k--) {
    const t = c.sents[k]!;
    const found = lastList(h, t.start, t.end, expellers, n);
    if (found.length) return found;
  }
  return [];
}
