// Movements and armed groups named by one word no lexicon knows ("the Taliban", "the Houthis' leader"): after
// "the", a capitalised word that owns something, leads or backs something, or has a spokesman, fighters or a
// takeover ("the Taliban's government", "the Taliban-led government", "the Taliban spokesman") is a body; every
// other use of that word alone on the page is the same body. (With no "the" there is no cue: "Sunni militants",
// "Shia fighters" name a faith's people.)
import { demonymCountry, isKnownPlace, KNOWN_ORGS, lexTags } from '../lexicon.js';
import { patternOf, matchesOf } from '../regex-matches.js';
import type { Builder } from './builder.js';

/** "the X's", "the X-led", "the X spokesman": what a body (not a person, a place or a people) is said to have. */
const GROUP_AT =
  /\b[Tt]he\s+(\p{Lu}\p{Ll}{3,})(?=['’]s\s+(?:government|leaders?|leadership|fighters|takeover|first|spokes(?:wo)?man|spokesperson|forces)\b|-(?:led|run|backed|controlled|ruled)\b|\s+(?:spokes(?:wo)?man|spokesperson|fighters|militants|insurgents|takeover)\b)/gu;

/** Endings of adjectives and peoples' names, no group's: "Islamic", "Zionist", "Sudanese", "Sunni". */
const ADJECTIVE_END = /(?:ic|ist|ian|ese|ish|al|i)$/;

/** The one-word groups of the page, each named wherever it stands alone. */
export function groupNames(b: Builder, work: string): void {
  const words = new Set<string>();
  for (const m of matchesOf(GROUP_AT, work)) {
    const w = m[1]!;
    // (Not an adjective the lexicon lacks: "the Islamic world", "the Zionist regime".)
    if (
      ADJECTIVE_END.test(w) ||
      lexTags(w).length ||
      isKnownPlace(w) ||
      demonymCountry(w) ||
      KNOWN_ORGS.has(w.toLowerCase())
    )
      continue;
    words.add(w);
  }
  for (const w of words) {
    const re = patternOf(String.raw`(?<![\p{L}\p{M}-])${w}(?![\p{L}\p{M}])`, 'gu');
    for (const m of matchesOf(re, work)) {
      // (Not inside a longer capitalised name: "Taliban Foreign Minister X" keeps the body; "X Taliban" too.)
      if (b.mentions.some((x) => x.start <= m.index && x.end >= m.index + w.length)) continue;
      b.orgMention(m.index, m.index + w.length, w, 'entities/group-names:group-word');
    }
  }
}
