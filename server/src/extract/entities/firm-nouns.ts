// Firms a lower-case noun of business names beside them, when no lexicon knows them: the noun, itself after
// a determiner or a possessive, before the name ("the lender Korvelbank", "his holding Dravix", "the miner Ostra Group") or "holding" or
// "conglomerate" after it ("Dravix holding"). Only names nothing else claimed, of no first name, title,
// demonym or place, as outlets by a media noun are (patterns.ts).
import { demonymCountry, isCommonWord, isFirstName, isKnownPlace, TITLE_WORDS } from '../lexicon.js';
import type { Builder } from './builder.js';
import { matchesOf } from '../regex-matches.js';

const FIRM_WORD = String.raw`\p{Lu}[\p{L}\d]*(?:-\p{Lu}[\p{L}\d]*)?`;
const FIRM = String.raw`${FIRM_WORD}(?:[^\S\n]+${FIRM_WORD}){0,2}`;
const FIRM_PATTERNS = [
  new RegExp(
    String.raw`(?:\b(?:the|a|an|its|his|her|their)|['’]s)[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+)?(?:holding|conglomerate|lender|miner|steelmaker|carmaker|shipper|refiner)[^\S\n]+(${FIRM})(?![^\S\n]*\p{Lu})`,
    'gu',
  ),
  new RegExp(
    String.raw`\b(${FIRM})[^\S\n]+(?:holding|conglomerate)\b(?![^\S\n]+(?:company|firm|group))`,
    'gu',
  ),
];

/** Adds the firms a business noun beside them names. */
export function firmNames(b: Builder, work: string): void {
  if (!/holding|conglomerate|lender|miner|steelmaker|carmaker|shipper|refiner/.test(work)) return;
  for (const re of FIRM_PATTERNS)
    for (const m of matchesOf(re, work)) {
      const name = m[1]!;
      const s = m.index + m[0].indexOf(name);
      const e = s + name.length;
      const words = name.split(/\s+/);
      if (/^(?:The|A|An|In|On|At|By|Its|His|Her|Their)$/.test(words[0]!)) continue;
      const bad = (w: string) =>
        isFirstName(w) || demonymCountry(w) || isKnownPlace(w) || TITLE_WORDS.has(w.toLowerCase());
      if (words.some(bad) || isKnownPlace(name)) continue;
      if (words.length === 1 && isCommonWord(name)) continue;
      if (b.mentions.some((x) => x.start < e && x.end > s)) continue;
      b.mention(b.get('Organization', name, 'entities/firm-nouns:firm-by-noun'), s, e);
    }
}
