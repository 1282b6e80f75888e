// The place a dateline opens the body with ("WARSAW, May 2 (Agency) –", "Manila: A day after …"), as its
// country: where the article is written from, which is the receiving state of an envoy "here" and of
// envoys presenting credentials to a head of state the text gives no country.
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { postingState } from '../relations/envoys.js';
import { isCountry } from './envoys.js';
import { stateOf } from './parties.js';

/** The country an entity stands for (a capital's, a ministry's), when it is a state. */
export function countryOf(c: Ctx, e: Entity): Entity | undefined {
  const s = stateOf(c, e);
  return s.type === 'Place' && isCountry(s.name) ? s : undefined;
}

/** After a dateline's place: its country, a date, the agency, then a colon or a dash (or the blanks the body
 * step leaves where it took the agency and dash out). */
const DATELINE_TAIL =
  /^(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?(?:,?\s+(?:\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,9}\.?)(?:,?\s+\d{4})?)?\s*(?:\([^)\n]{2,30}\)\s*)?(?::|[—–]|-{1,2}\s|\s{3,})/u;

/** The country of the place a dateline opens a paragraph of the body with ("WARSAW, May 2 (Agency) –"). */
export function datelineState(c: Ctx): Entity | undefined {
  for (const s of c.sents.slice(0, 6)) {
    const m = c.mentions.find((x) => x.start === s.start && x.entity.type === 'Place');
    // (At the start of a line: the text's or after a line break.)
    if (!m || (m.start > 0 && !/\n[ \t]*$/.test(c.work.slice(Math.max(0, m.start - 4), m.start)))) continue;
    if (!DATELINE_TAIL.test(c.work.slice(m.end, m.end + 60))) continue;
    return countryOf(c, postingState(c, m.entity));
  }
  return undefined;
}
