// A head of state's office named with a capital P (session 28): "the Algerian Presidency said", "the
// Presidency of Nigeria announced". Named "<Demonym> Presidency", as "Algeria's presidency" and "the
// presidency of Algeria" are (patterns.ts). Not a rotating chair: "the Polish Presidency of the EU
// Council", "the G20 Presidency" (no country's demonym), "Presidency of the Council".
import { canonicalPlace, demonymCountry, demonymOf, isKnownPlace } from '../lexicon.js';
import type { Builder } from './builder.js';
import { matchesOf } from '../regex-matches.js';

const DEMONYM_PRESIDENCY = /\b(?:(\p{Lu}\p{Ll}+)\s+)?(\p{Lu}\p{Ll}+)\s+Presidency\b(?!\s+of\b)/gu;
const PRESIDENCY_OF = /\bPresidency\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)/gu;

export function presidencies(b: Builder, work: string): void {
  if (!work.includes('Presidency')) return;
  const make = (dem: string, at: number, end: number, rule: string) => {
    // (The demonym inside is no place mention of its own.)
    b.mentions = b.mentions.filter((x) => !(x.entity.type === 'Place' && x.start >= at && x.end <= end));
    b.mention(b.get('Organization', `${dem} Presidency`, `entities/presidencies:${rule}`), at, end);
  };
  for (const m of matchesOf(DEMONYM_PRESIDENCY, work)) {
    // ("South African Presidency": a demonym of two words; else the one before "Presidency".)
    const two = m[1] ? demonymCountry(`${m[1]} ${m[2]}`) : undefined;
    const country = two ?? demonymCountry(m[2]!);
    const dem = country && demonymOf(country);
    if (!dem) continue;
    const at = two ? m.index : m.index + m[0].length - m[2]!.length - ' Presidency'.length;
    make(dem, at, m.index + m[0].length, 'demonym-presidency');
  }
  for (const m of matchesOf(PRESIDENCY_OF, work)) {
    const of = countryNamed(m[1]!);
    if (!of) continue;
    make(of.dem, m.index, m.index + m[0].indexOf(of.place) + of.place.length, 'presidency-of-country');
  }
}

/**
 * The country one or two capitalised words after "of" name ("of Nigeria", "of South Africa", "of Ghana
 * Nana"): the words as written that name it and its demonym.
 */
export function countryNamed(words: string): { place: string; dem: string } | undefined {
  const place = [words, words.split(/\s+/)[0]!].find((x) => isKnownPlace(x));
  const dem = place && demonymOf(canonicalPlace(place));
  return place && dem ? { place, dem } : undefined;
}
