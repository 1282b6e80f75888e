// A country named inside a "pro-" or "anti-" compound is a place mention ("anti-China protests",
// "pro-Russia parties", "anti-India remarks"), as the real pages' gold marks it; an adjective ("anti-Russian",
// "pro-Western") names no place.
import { canonicalPlace, demonymOf, isKnownPlace } from '../lexicon.js';
import type { Builder } from './builder.js';
import { matchesOf } from '../regex-matches.js';

const PREFIXED = /\b(?:[Pp]ro|[Aa]nti)-(\p{Lu}[\p{L}.]*)(?:[^\S\n]+(\p{Lu}[\p{L}]*))?/gu;

/** A country's name (one or two words) right after the prefix, if it is one. */
function countryAfter(first: string, second: string | undefined): string | undefined {
  for (const words of second ? [`${first} ${second}`, first] : [first])
    if (isKnownPlace(words) && demonymOf(canonicalPlace(words))) return words;
  return undefined;
}

/** Adds the countries named inside "pro-X"/"anti-X" compounds. */
export function prefixedPlaces(b: Builder): void {
  const work = b.work;
  if (!work.includes('ro-') && !work.includes('nti-')) return;
  for (const m of matchesOf(PREFIXED, work)) {
    const name = countryAfter(m[1]!, m[2]);
    if (!name) continue;
    const start = m.index + m[0].indexOf('-') + 1;
    const end = start + name.length;
    if (b.mentions.some((x) => x.start < end && x.end > start)) continue;
    b.placeMention(start, end, name, 'entities/prefixed-places:pro-anti-country');
  }
}
