// The places an arrival verb lands in ("arrived in Nairobi", "landed at X airport in Nairobi"): the place
// mentions after the verb up to the clause's end or the trip's purpose, with two readings of the clause's
// shape: a comma that opens the name of a place the text first gave by its kind ("arrived in the Kenyan
// capital, Nairobi, on Monday") does not end the clause, and a place after "from" or "via" is where the
// traveller came from or passed through ("arrived in Beijing from Tokyo"), not where he arrived.
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import type { Sentence } from '../text.js';
import { PL } from './arguments.js';

/** Where the arrival's places end: the clause's end, or the trip's purpose ("on a state visit", "for"). */
const STOP =
  /[,;]|\b(?:after|before|where|when|but|for|to attend|at the invitation)\b|\bon\s+(?:a|an|his|her|their|the)\b/;
/** Before a comma: a place named by its kind, its name after the comma ("in the Kenyan capital, "). */
const KIND_BEFORE_NAME =
  /^\s+(?:\p{Ll}+\s+)?(?:in|at)\s+the\s+(?:[\p{L}-]+\s+){0,3}(?:capital|city|town|port|region|province|state|island)$/u;
/** Right before a place: where the traveller came from or passed through ("from Tokyo", "via Doha"). */
const ORIGIN_BEFORE = /\b(?:from|via)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;

/** The places an arrival verb ending at `end` lands in, in the order the sentence gives them. */
export function arrivalPlaces(c: Ctx, s: Sentence, end: number): Entity[] {
  const rest = c.work.slice(end, s.end);
  let stop = STOP.exec(rest);
  if (stop?.[0] === ',' && KIND_BEFORE_NAME.test(rest.slice(0, stop.index))) {
    const after = stop.index + 1;
    const next = STOP.exec(rest.slice(after));
    stop = next ? Object.assign(next, { index: after + next.index }) : null;
  }
  const to = stop ? end + stop.index : s.end;
  return c
    .inRange(end, to, PL)
    .filter((m) => !ORIGIN_BEFORE.test(c.work.slice(end, m.start)))
    .map((m) => m.entity);
}
