// Places named by their shape, which the chunker cuts apart or no lexicon knows (rule places:<name>):
// - a geographic feature's head before its name: "the Strait of Hormuz", "the Gulf of Aden", "Lake
//   Baikal", "Mount Elbrus" (the whole is one place; a known place inside it is no mention of its own);
// - a known place joined by "and": "Bosnia and Herzegovina" (the chunker cuts at "and"), or with a
//   lower-case particle: "Dar es Salaam";
// - "the city of Taraz", "the town of X", "the port of X": an unknown name the noun makes a place;
// - after a verb of travel (any form: "flies", "will proceed", "drove") and "to": "travelled to Taraz on
//   Monday" (unknown, ending its phrase);
// - a dateline in title case at a paragraph's start, with a date: "Taraz, 4 March 2024 –";
// - "<Demonym> Republic" is the demonym's country ("the Kyrgyz Republic" is Kyrgyzstan).
// Only names no other mention overlaps (the feature's inner place aside), with words unknownWord allows.
import { canonicalPlace, demonymCountry, isKnownPlace } from '../lexicon.js';
import type { Builder } from './builder.js';
import { MONTHS } from './chunking.js';
import { matchesOf } from '../regex-matches.js';

const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]+(?:[-'’](?!s\b)\p{Lu}?[\p{Ll}\p{M}]+)*`;
const NAME = String.raw`${WORD}(?:[^\S\n]+${WORD}){0,2}`;
const FEATURE = new RegExp(
  String.raw`\b(?:(?:Strait|Straits|Gulf|Bay|Sea|Isle|Cape)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?|(?:Lake|Mount)[^\S\n]+)(${NAME})`,
  'gu',
);
const JOINED = new RegExp(String.raw`\b(${WORD})[^\S\n]+(?:and|&)[^\S\n]+(${WORD})\b`, 'gu');
const CITY_OF = new RegExp(
  String.raw`\b(?:city|town|village|port|capital|province|region|island|state|district|county|prefecture|governorate|territory|municipality|enclave)[^\S\n]+of[^\S\n]+(${NAME})(?=[^\S\n]*[,.;:)\n]|[^\S\n]+\p{Ll})`,
  'gu',
);
const TRAVEL_TO = new RegExp(
  String.raw`\b(?:travel(?:s|l?ed|l?ing)?|fl(?:y|ies|ying|own|ew)|go(?:es|ing|ne)?|went|return(?:s|ed|ing)?|head(?:s|ed|ing)?|proceed(?:s|ed|ing)?|dr(?:ive|ives|iving|ove|iven)|sail(?:s|ed|ing)?|trip|journey|arrived\s+back)[^\S\n]+(?:back[^\S\n]+)?to[^\S\n]+(${NAME})(?=[^\S\n]*[,.;:)\n]|[^\S\n]+(?:on|in|for|with|at|after|before|last|this|to|where)\b)`,
  'gu',
);
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)`;
const DATELINE = new RegExp(
  String.raw`^[^\S\n]*(${NAME}),[^\S\n]*(?:\d{1,2}(?:st|nd|rd|th)?[^\S\n]+${MONTH}|${MONTH}[^\S\n]+\d{1,2})\b`,
  'gmu',
);
/** A known place whose name has a lower-case particle the chunker cuts at: "Dar es Salaam", "Côte d'Ivoire". */
const PARTICLE = new RegExp(
  String.raw`\b${WORD}(?:[^\S\n]+(?:(?:es|el|de|da|do|du|del|la)[^\S\n]+|d['’])${WORD})+(?![-'’]?\p{L})`,
  'gu',
);
const REPUBLIC = new RegExp(String.raw`\b(${WORD})[^\S\n]+Republic\b(?![^\S\n]+of\b)`, 'gu');

/** Adds the places named by their shape; `unknownWord` says which words an unknown name may have. */
export function geoNames(b: Builder, unknownWord: (w: string) => boolean): void {
  const { work } = b;
  const over = (s: number, e: number) => b.mentions.filter((m) => m.start < e && m.end > s);
  const place = (s: number, e: number, name: string, rule: string, inner = false) => {
    const overlapping = over(s, e);
    // (A known place inside a feature's name gives way to it: "Aden" of "the Gulf of Aden".)
    if (overlapping.some((m) => !(inner && m.entity.type === 'Place' && m.start >= s && m.end <= e))) return;
    b.mentions = b.mentions.filter((m) => !overlapping.includes(m));
    b.mention(b.get('Place', canonicalPlace(name), `entities/places:${rule}`), s, e);
  };
  const unknown = (name: string) => name.split(/\s+/).every((w) => unknownWord(w) || isKnownPlace(w));
  for (const m of matchesOf(FEATURE, work)) {
    if (!unknown(m[1]!)) continue;
    place(m.index, m.index + m[0].length, m[0].replace(/\s+/g, ' '), 'feature', true);
  }
  if (/ (?:(?:es|el|de|da|do|du|del|la) |d['’]\p{Lu})/u.test(work))
    for (const m of matchesOf(PARTICLE, work)) {
      const name = m[0].replace(/\s+/g, ' ');
      if (isKnownPlace(name)) place(m.index, m.index + m[0].length, name, 'particle-known', true);
    }
  // ("Jammu & Kashmir" is "Jammu and Kashmir".)
  for (const m of matchesOf(JOINED, work)) {
    const name = `${m[1]} and ${m[2]}`;
    if (isKnownPlace(name)) place(m.index, m.index + m[0].length, name, 'joined-known', true);
  }
  for (const re of [CITY_OF, TRAVEL_TO]) {
    for (const m of matchesOf(re, work)) {
      const name = m[1]!;
      const s = m.index + m[0].length - name.length;
      if (!name.split(/\s+/).every(unknownWord) || isKnownPlace(name)) continue;
      place(s, s + name.length, name, re === CITY_OF ? 'city-of' : 'travel-to');
    }
  }
  for (const m of matchesOf(DATELINE, work)) {
    const name = m[1]!;
    const s = m.index + m[0].indexOf(name);
    if (!name.split(/\s+/).every(unknownWord) || MONTHS.test(name)) continue;
    place(s, s + name.length, name, 'dateline-title-case');
  }
  for (const m of matchesOf(REPUBLIC, work)) {
    const country = demonymCountry(m[1]!);
    if (!country || !isKnownPlace(country)) continue;
    place(m.index, m.index + m[0].length, country, 'demonym-republic', true);
  }
}
