// An unnamed official speaking again: "A State Department official told reporters …" then "“…,” the
// official said": the body or country that introduced the official speaks (as "a senior US official said"
// credits the United States), when no named person holds the role. Reads the last "a/an/one … official"
// phrase in the 1,200 characters before the quotation, and the body, country or demonym in it.
import type { Mention } from '../entities/index.js';
import { demonymCountry } from '../lexicon.js';
import { matchesOf } from '../regex-matches.js';
import type { Attribution } from './speakers.js';

/** "the official said", "the senior official added" (not "the official of X", "the official statement"). */
const THE_OFFICIAL = /\bthe\s+(?:senior\s+|same\s+)?official\b(?!\s+(?:of|for|at|from|in|statement|news)\b)/i;

/** "a State Department official", "a senior U.S. official", "one Russian official" (modifiers in group 1). */
const UNNAMED_OFFICIAL =
  /\b(?:a|an|one|another)\s+((?:[\p{L}.-]+\s+){0,3}?)official\b(?!\s+(?:statement|visit|trip|note|letter|document|website|account|channel|capacity|talks|meeting|ceremony|residence|reception|position|response|version)\b)/giu;

/** "an official of the Foreign Ministry", "an official from the embassy": the body after the official. */
const OF_BODY = /^\s+(?:of|from|at|with)\s+(?:the\s+)?$/;

/**
 * The body or country whose unnamed official the text named last before `open`, for an attribution that
 * says "the official": a body or country mention inside the phrase or right after "official of", else
 * the country of a demonym modifier ("a senior Russian official"). None when the phrase names none.
 */
export function unnamedOfficialBody(
  work: string,
  all: readonly Mention[],
  attribution: string,
  open: number,
): Attribution | undefined {
  if (!/official/i.test(attribution) || !THE_OFFICIAL.test(attribution)) return undefined;
  const from = Math.max(0, open - 1200);
  const phrase = matchesOf(UNNAMED_OFFICIAL, work.slice(from, open)).pop();
  if (!phrase) return undefined;
  const start = from + phrase.index;
  const end = start + phrase[0].length;
  const body = (m: Mention) => m.entity.type === 'Organization' || m.entity.type === 'Place';
  const inside = all.filter((m) => m.start >= start && m.end <= end && body(m)).pop();
  const after = all.find(
    (m) => m.start >= end && m.start <= end + 20 && body(m) && OF_BODY.test(work.slice(end, m.start)),
  );
  const speaker = after?.entity ?? inside?.entity ?? demonymPlace(all, phrase[1]!);
  return speaker && { speaker, rule: 'quotes:unnamed-official-again' };
}

/** The country a demonym among the modifiers names, when the text mentions that country. */
function demonymPlace(all: readonly Mention[], modifiers: string) {
  for (const word of modifiers.split(/\s+/)) {
    const country = word && demonymCountry(word);
    if (!country) continue;
    const place = all.find((m) => m.entity.type === 'Place' && m.entity.name === country);
    if (place) return place.entity;
  }
  return undefined;
}
