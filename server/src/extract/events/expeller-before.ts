// The expeller of a passive expulsion that names none, told by the sentence before: its subject is a state
// or a state's body that acts ("Poland took action on Monday. Forty-five Russian diplomats were declared
// persona non grata", "The Polish government announced new measures. Two Russian diplomats were
// expelled"). Never the state of the expelled; only when no expulsion was told before (expulsions.ts).
import type { Entity } from '../entities/index.js';
import { CAPITALS, demonymCountry } from '../lexicon.js';
import { isCountry } from './envoys.js';
import type { RuleHit } from './hit.js';
import { countryOfBody, STATE, stateOf } from './parties.js';

/** "The Polish government", "the Polish authorities": a demonym's body opening the sentence. */
const DEMONYM_BODY =
  /^\W*(?:[Tt]he\s+)?((?:North\s+|South\s+)?\p{Lu}\p{Ll}+)\s+(?:government|authorities|foreign ministry|cabinet)\s+\p{Ll}/u;

/** A state, its capital, or its named body. */
const isState = (e: Entity) =>
  e.type === 'Place' ? isCountry(e.name) || !!CAPITALS[e.name.toLowerCase()] : !!countryOfBody(e);

/** The state the sentence before opens with as its subject (a verb right after), not one of `expelled`. */
export function previousSubjectState(h: RuleHit, expelled: Entity[]): Entity | undefined {
  const { c, s } = h;
  const prev = c.sents[c.sents.indexOf(s) - 1];
  if (!prev) return undefined;
  const text = c.work.slice(prev.start, prev.end);
  let state: Entity | undefined;
  const body = DEMONYM_BODY.exec(text);
  const country = body ? demonymCountry(body[1]!) : undefined;
  if (body && country) {
    const at = prev.start + body[0].indexOf(body[1]!);
    state = c.countryByDemonym(country, at, at + body[1]!.length);
  } else {
    const m = c.inRange(prev.start, prev.end, STATE, true)[0];
    if (!m || !/^\W*(?:[Tt]he\s+)?$/.test(c.work.slice(prev.start, m.start))) return undefined;
    // Its verb right after it (an adverb allowed): "Poland took", "Warsaw has also announced".
    if (
      !/^\s+(?:(?:has|have|had|also|then|later|swiftly|quickly|on\s+\p{Lu}\p{Ll}+day)\s+)*\p{Ll}+(?:ed|ok|ew|ent|ade|ave|ought)\b/u.test(
        c.work.slice(m.end, prev.end),
      )
    )
      return undefined;
    if (!isState(m.entity)) return undefined;
    state = stateOf(c, m.entity);
  }
  // (By country name: "Moscow" is Russia's, whether or not the article names Russia.)
  const land = (e: Entity) => (CAPITALS[e.name.toLowerCase()] ?? e.name).toLowerCase();
  return state && !expelled.some((e) => land(stateOf(c, e)) === land(state)) ? state : undefined;
}
