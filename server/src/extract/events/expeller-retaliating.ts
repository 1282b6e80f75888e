// An expulsion told as the means of a reply aimed at named states: "Moscow retaliated against A, B and C by
// expelling 30 of their diplomats", "Russia hit back at A and B, expelling 20 diplomats", "Minsk responded
// to Warsaw by ordering five diplomats to leave". The reply's subject expels; the states listed at the head
// of its target are the expelled (the participle's nearest state is none of the expellers), not a state
// named inside the target ("responded to the crisis at the border with Belarus"), never a union or bloc,
// never the subject's own state; a capital stands for its country. Only a gerund trigger joined by "by" or
// a comma to "retaliated against / hit (struck) back at / responded to / reacted to". Not "for expelling":
// "Russia retaliated against the UK for expelling 23 diplomats" is read by retaliator (moved here from
// expulsions.ts): the UK expelled, and the subject's own diplomats are the expelled.
import type { Entity } from '../entities/index.js';
import { subjectOf } from '../clauses/subject.js';
import { CAPITALS } from '../lexicon.js';
import { isCountry } from './envoys.js';
import type { RuleHit } from './hit.js';
import { actorsOf, STATE, stateOf } from './parties.js';

/** "A retaliated (in kind) against B for <expelling>": A, a state, and whether it answered in kind. */
const RETALIATED = /\bretaliat\w*(\s+in kind)?\s+against\s+[^,;]{1,60}?\s+for\s+$/;
export function retaliator(h: RuleHit): { state: Entity; inKind: boolean } | undefined {
  const { c, s, at } = h;
  const r = RETALIATED.exec(c.work.slice(s.start, at));
  if (!r) return undefined;
  const state = actorsOf(c, subjectOf(c, s, s.start + r.index), STATE, { at }).find(
    (e) => e.type === 'Place',
  );
  return state ? { state: stateOf(c, state), inKind: !!r[1] } : undefined;
}

/** The reply verb, its target span (group 1), then "by" or a comma right before the gerund trigger. */
const REPLY =
  /\b(?:retaliat(?:ed|es|ing|e)|(?:hit|hits|hitting|struck|strikes|striking)\s+back|respond(?:ed|s|ing)?|react(?:ed|s|ing)?)\s+(?:(?:again|swiftly|quickly|in kind)\s+)?(?:against|at|to)\s+([^;.:]{1,160}?)(?:\s+by|\s*,)\s+$/;

/** The reply's subject as expellers and the states it is aimed at as the expelled, or none. */
export function retaliationTargets(h: RuleHit): { expellers: Entity[]; expelled: Entity[] } | undefined {
  const { c, s, at } = h;
  if (!/^\p{Ll}+ing\b/u.test(c.work.slice(at, h.end))) return undefined;
  const r = REPLY.exec(c.work.slice(s.start, at));
  if (!r) return undefined;
  const expellers = actorsOf(c, subjectOf(c, s, s.start + r.index), STATE, { at: s.start + r.index });
  if (!expellers.length) return undefined;
  const own = new Set(expellers.map((e) => stateOf(c, e)));
  const from = s.start + r.index + r[0].indexOf(r[1]!, 4);
  const expelled: Entity[] = [];
  // Only the states that open the target, listed: "against A, B and C", "to Germany's decision", not "to
  // the crisis at the border with Belarus".
  let last = from;
  for (const m of c.inRange(from, from + r[1]!.length, STATE)) {
    const gap = c.work.slice(last, m.start);
    if (!(last === from ? /^(?:the\s+)?$/ : /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/).test(gap)) break;
    last = m.end;
    const st = stateOf(c, m.entity);
    if (st.type !== 'Place' || own.has(st) || !(isCountry(st.name) || CAPITALS[st.name.toLowerCase()]))
      continue;
    if (!expelled.includes(st)) expelled.push(st);
  }
  return expelled.length ? { expellers, expelled } : undefined;
}
