// The place an arrival names only through the trip's purpose: "arrived on a two-day visit to China". The
// visited place may stand after its kind or the state's long form ("on an official visit to the capital of
// the Republic of X", "to the Kingdom of X") and be followed by its city in apposition ("— the city of Y",
// ", the capital, Y"): both, the city last (the most specific). Not taken: a visit to anything that is not
// a place right after those words ("on a visit to the headquarters of the company").
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import type { Sentence } from '../text.js';
import { PL } from './arguments.js';

/** Right after an arrival: "on a (two-day state) visit to (the) (capital of) (the Republic of)". */
const VISIT_TO =
  /^\s+(?:(?:here|today|yesterday|on\s+\p{Lu}\p{Ll}+day)\s+)?on\s+(?:a|an|his|her|their)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:visit|trip|tour)\s+to\s+(?:the\s+)?(?:(?:capital|city|province|region|island|town)\s+of\s+(?:the\s+)?)?(?:(?:Republic|Kingdom|Sultanate|Emirate|Principality|Federation|State)\s+of\s+(?:the\s+)?)?/u;
/** After the visited state, its city named by apposition: "— the city of", ", the capital,". */
const CITY_AFTER = /^\s*[—–,]\s*(?:the\s+)?(?:city|capital|town)(?:\s+of)?\s*,?\s*/u;

/** The places of "on a visit to …" right after an arrival verb ending at `end`; empty when none. */
export function visitPlaces(c: Ctx, s: Sentence, end: number): Entity[] {
  const visit = VISIT_TO.exec(c.work.slice(end, s.end));
  if (!visit) return [];
  const at = end + visit[0].length;
  const visited = c.inRange(at, s.end, PL, true)[0];
  if (!visited || visited.start !== at) return [];
  const city = CITY_AFTER.exec(c.work.slice(visited.end, s.end));
  const next = city ? c.inRange(visited.end + city[0].length, s.end, PL, true)[0] : undefined;
  if (next && next.start === visited.end + city![0].length) return [visited.entity, next.entity];
  return [visited.entity];
}
