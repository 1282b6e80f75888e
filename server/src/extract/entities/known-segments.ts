// Chunks (or parts of chunks) that are no person name, segmented into known places and organisations:
// lexicon places and organisations, "X Airport"-style places by head word, a building named after a
// place ("Hyderabad House"), acronyms, party words.
import {
  canonicalPlace,
  demonymCountry,
  isCommonWord,
  isKnownPlace,
  isLexOrg,
  KNOWN_ORGS,
  nameKey,
  NOT_ACRONYM_ORGS,
  ORG_ALIASES,
  ORG_HEADS,
} from '../lexicon.js';
import type { Token } from '../text.js';
import type { Builder } from './builder.js';
import { SITE_WORDS } from './thing-names.js';
import { isKnownOrgWord, PLACE_ABBREVIATIONS } from './chunking.js';

export const PLACE_HEADS =
  /^(airport|airbase|airfield|airstrip|square|street|avenue|island|islands|river|sea|oblast|krai|kray|okrug|governorate|prefecture|county|province|district|bay|strait|mountains|peninsula|region|palace|base|port|station|bridge|border|city|resort|hotel|memorial|museum|stadium|monument|mausoleum|cemetery|plaza|boulevard|shoal|reef|atoll|corridor|valley|ocean|gulf|canal|desert)$/i;
/** A geographic feature's, a site's or a gathering's head word ending a chunk: "Second Thomas Shoal", "Gandhi Memorial", "Leaders Special Retreat" are no person. */
export const GEO_FEATURE = new RegExp(
  `^(?:Summit|Retreat|Conference|Session|Forum|Dialogue|${SITE_WORDS}|Shoal|Reef|Atoll|Strait|Islands|Ocean|Gulf|Canal|Desert|Valley|Corridor|Peninsula|Oblast|Krai|Kray|Okrug|Governorate|Prefecture|County|Province)$`,
);
export const PARTY_WORDS: Record<string, string> = {
  labour: 'Labour Party',
  conservative: 'Conservative Party',
  conservatives: 'Conservative Party',
  tory: 'Conservative Party',
  tories: 'Conservative Party',
  republican: 'Republican Party',
  republicans: 'Republican Party',
  democrat: 'Democratic Party',
  democrats: 'Democratic Party',
};
/** An acronym before one of these is a weapon or system ("SCALP missiles"), not an organisation. */
export const WEAPON_AFTER = /^\s+(?:missiles?|rockets?|systems?|tanks?|jets?|drones?|launchers?|rifles?)\b/;

/**
 * "Russia-Ukraine", "India-EU", "ASEAN-China": a hyphenated pair (or more) of known places, or of places and
 * known bodies, with a place among them: no person's name (classification.ts), its parts named apart.
 */
export function placeCompound(word: string): boolean {
  if (!word.includes('-')) return false;
  const parts = word.split('-');
  return (
    parts.length >= 2 &&
    parts.every((p) => p && (isKnownPlace(p) || isKnownOrgWord(p))) &&
    parts.some((p) => isKnownPlace(p))
  );
}

/**
 * The hyphenated token c[i]'s last part read with the chunk's next one or two words as one known place
 * ("US-North Korea", "Russia-Saudi Arabia"): its end and how many more tokens it takes, if any.
 */
function joinedTail(text: string, c: Token[], i: number, last: string) {
  for (let n = Math.min(2, c.length - i - 1); n >= 1; n--) {
    const from = c[i]!.end - last.length;
    const span = text.slice(from, c[i + n]!.end);
    if (/^\S+(?: \S+)+$/.test(span) && isKnownPlace(span)) return { end: c[i + n]!.end, words: n };
  }
  return undefined;
}

/** Greedy left-to-right segmentation of a chunk without a person name into known places and orgs. */
export function knownSegments(b: Builder, c: Token[]): void {
  const { text, work } = b;
  for (let i = 0; i < c.length;) {
    let done = false;
    for (let len = Math.min(4, c.length - i); len >= 1 && !done; len--) {
      const seg = c.slice(i, i + len);
      const surface = text.slice(seg[0]!.start, seg[len - 1]!.end);
      const key = nameKey(surface);
      const nextTok = c[i + len];
      if (
        len === 2 &&
        (PLACE_ABBREVIATIONS.test(seg[0]!.text) || seg[0]!.text === 'Saint') &&
        !ORG_HEADS.has(seg[1]!.text.toLowerCase()) &&
        !(nextTok && ORG_HEADS.has(nextTok.text.toLowerCase()))
      ) {
        // "St. Petersburg", "St Kitts", "Saint Lucia": a saint's or a mount's name is a place's, spelled
        // out or abbreviated with or without its point ("St Petersburg" is "Saint Petersburg").
        b.placeMention(
          seg[0]!.start,
          seg[1]!.end,
          canonicalPlace(surface),
          'entities/known-segments:saint-place',
        );
        done = true;
      } else if (
        len >= 2 &&
        PLACE_HEADS.test(seg[len - 1]!.text) &&
        // (A title's "of" or "for" is no part of the place: "Minister for Western Province" names
        // "Western Province".)
        !seg.some((t) => t.text === 'of' || t.text === 'for')
      ) {
        b.placeMention(
          seg[0]!.start,
          seg[len - 1]!.end,
          surface.replace(/\s+\S+$/, (h) => h.replace(/\b\p{Ll}/u, (x) => x.toUpperCase())),
          'entities/known-segments:place-head-word',
        );
        done = true;
      } else if (
        !(len === 1 && /^\p{Lu}\p{Ll}$/u.test(surface)) &&
        (KNOWN_ORGS.has(key) || key in ORG_ALIASES || (len === 1 && isLexOrg(key) && !isKnownPlace(key)))
      ) {
        b.orgMention(seg[0]!.start, seg[len - 1]!.end, surface, 'entities/known-segments:known-organization');
        done = true;
      } else if (isKnownPlace(key) && nextTok?.text === 'House' && !KNOWN_ORGS.has(`${key} house`)) {
        // "Hyderabad House", "India House": a building named after a place is a place of its own.
        b.placeMention(seg[0]!.start, nextTok.end, `${surface} House`, 'entities/known-segments:place-house');
        i += 1;
        done = true;
      } else if (isKnownPlace(key) && !(len === 1 && nextTok && ORG_HEADS.has(nextTok.text.toLowerCase()))) {
        b.placeMention(seg[0]!.start, seg[len - 1]!.end, surface, 'entities/known-segments:known-place');
        done = true;
      } else if (
        len === 1 &&
        /^[A-Z][A-Z0-9]{1,5}$/.test(key.toUpperCase()) &&
        surface === surface.toUpperCase() &&
        /^[A-Z]/.test(surface) &&
        !NOT_ACRONYM_ORGS.has(surface) &&
        surface.length <= 6 &&
        !WEAPON_AFTER.test(work.slice(seg[0]!.end, seg[0]!.end + 12))
      ) {
        b.orgMention(seg[0]!.start, seg[0]!.end, surface, 'entities/known-segments:acronym');
        done = true;
      } else if (
        len === 1 &&
        /-/.test(surface) &&
        // (Not a hyphenated surname with a city in it: "Kwabe Otieno-Lusaka".)
        !surface
          .split('-')
          .some((p) => /^\p{Lu}\p{Ll}/u.test(p) && !isKnownPlace(p) && !demonymCountry(p) && !isCommonWord(p))
      ) {
        // "Russia-US ties", "India-EU cooperation": each part that is a place, or a known body beside one.
        const body = placeCompound(surface);
        const parts = surface.split('-');
        // ("US-North Korea summit": the last part and the chunk's next words are one place.)
        const joined = joinedTail(text, c, i, parts.at(-1)!);
        if (joined) parts.pop();
        let off = seg[0]!.start;
        for (const part of parts) {
          if (part && isKnownPlace(part))
            b.placeMention(off, off + part.length, part, 'entities/known-segments:hyphenated-places');
          else if (body && isKnownOrgWord(part))
            b.orgMention(off, off + part.length, part, 'entities/known-segments:hyphenated-bodies');
          off += part.length + 1;
        }
        if (joined) {
          b.placeMention(
            off,
            joined.end,
            text.slice(off, joined.end),
            'entities/known-segments:hyphenated-places',
          );
          i += joined.words;
        }
        done = true;
      } else if (len === 1 && PARTY_WORDS[key]) {
        b.orgMention(seg[0]!.start, seg[0]!.end, PARTY_WORDS[key]!, 'entities/known-segments:party-word');
        done = true;
      }
      if (done) i += len;
    }
    if (!done) i++;
  }
}
