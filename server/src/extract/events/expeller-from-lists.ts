// The expellers of a passive expulsion that lists the states its diplomats were sent out of: "Russian
// diplomats have been expelled from Britain, Estonia, Croatia and Sweden", "… were expelled from countries
// such as A, B and C", "… from several states, including A and B", "… from A, B as well as C": every
// state listed expels (fromPlace, in expulsion-gaps.ts, takes only the first). Read only when "from" comes
// right after the passive verb and the clause names no expeller ("by X" wins). Deliberately not taken: the
// places diplomats were posted in ("diplomats posted in A and B were honoured": no expulsion); "expelled
// from the country" (no state named); a state that opens the next clause ("… from Britain, and France said
// …": a verb follows it); the expelled's own state ("Russian diplomats expelled from Moscow").
import type { Entity } from '../entities/index.js';
import { listAfter } from '../clauses/noun-phrase.js';
import { isCountry } from './envoys.js';
import { stateOf } from './parties.js';
import type { RuleHit } from './hit.js';

/** "from (the)" right after the verb, then a group word and its list lead ("countries such as"), or not. */
const FROM_LIST = new RegExp(
  String.raw`^\s+from\s+(?:the\s+)?(?:((?:(?:several|many|some|other|various|numerous|a\s+number\s+of|a\s+dozen|\d+|\p{Ll}+(?:teen|ty)?|\p{Lu}[\p{L}-]*)\s+){0,3}(?:countries|states|nations|capitals|members)\s*,?\s+(?:such\s+as|including|among\s+them|like|notably|namely)\s+(?:the\s+)?))?`,
  'u',
);

/**
 * What may follow an item of the list: punctuation, the next item's separator, or a preposition or time
 * word. Anything else (a verb: "and Russia retaliated", "and France said") makes the item a clause's subject.
 */
const ITEM_END =
  /^(?:\s*[,.;:)–—]|\s*$|\s+(?:and|or|as well as|in|on|at|last|this|after|before|over|following|because|for|amid|as|since|earlier|during|within|from|while|when|with|by|recently|alone|respectively)\b)/;

/** The states a passive expulsion's diplomats were expelled from, when it lists them (two or more, or after a group). */
export function fromListExpellers(h: RuleHit, expelled: readonly Entity[]): Entity[] {
  const { c, s, at, end } = h;
  if (!/^(?:expel|eject|kick|thr)/.test(c.work.slice(at, end))) return [];
  const lead = FROM_LIST.exec(c.work.slice(end, s.end));
  if (!lead) return [];
  const from = end + lead[0].length;
  const first = c.inRange(from, Math.min(s.end, from + 60), ['Place']).find((m) => m.start === from);
  if (!first) return [];
  const own = expelled.map((e) => (e.type === 'Place' ? stateOf(c, e) : e));
  const out: Entity[] = [];
  for (const m of listAfter(c, first, s.end)) {
    if (m !== first && !ITEM_END.test(c.work.slice(m.end, m.end + 16))) break;
    const st = stateOf(c, m.entity);
    if (isCountry(st.name) && !own.includes(st) && !out.includes(st)) out.push(st);
  }
  return out.length > 1 || (lead[1] && out.length) ? out : [];
}
