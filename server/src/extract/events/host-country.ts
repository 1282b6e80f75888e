// The story's host country, for a place the text calls only "the country" ("X arrived in the country",
// "as he arrived in the neighbouring country"): the dateline's country ("KABUL, (Agency): …"), else the one
// country the headline names (by its own name or a city's: "Minister completes visit in Honiara"). None when
// the headline names no country or more than one: "the country" is then not resolved (never the last place
// the text named, which is as often the traveller's own country).
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { datelinePlace, datelineCountry } from './arrivals-visits.js';
import { countryOf, datelineState } from './dateline-place.js';

/** The host country of the story, when one country is clear (a dateline before the offset `before`). */
export function hostCountry(c: Ctx, before: number): Entity | undefined {
  const dated = datelineState(c);
  if (dated) return dated;
  const first = c.sents[0];
  const city = datelinePlace(c, before);
  const ofCity = city && countryOf(c, datelineCountry(c, city));
  if (ofCity) return ofCity;
  if (!first) return undefined;
  const named = new Set<Entity>();
  for (const m of c.inRange(first.start, first.end, ['Place'])) {
    const state = countryOf(c, m.entity);
    if (state) named.add(state);
  }
  return named.size === 1 ? [...named][0] : undefined;
}

/** "in the country", "to the neighbouring country", "in the host country" right after a trigger. */
export const THE_COUNTRY = /^\s+(?:in|to|into)\s+the\s+(?:(?:\p{Ll}+ing|host)\s+)?country\b/u;
