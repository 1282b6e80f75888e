// Places only their position makes places: regions named by a compass word and a continent ("West Asia");
// a wire dateline's city in capitals; a capitalised name the lexicon does not know after a preposition of
// place ("evacuated from Niamey.", "the tragedy in Kemerovo,"), a site's "at" ("received at Bangabhaban.")
// or a local office's "of" ("the mayor of Melitopol,"), or before a word for an area or a building ("the
// northern Tigray region", "the Bhimber sector", "the Shangri-La hotel", "the Korean peninsula"). Only names
// nothing else claimed: no mention overlaps them and no word of them is a known person, organisation, title,
// demonym or common word.
import nlp from 'compromise';
import { demonymCountry, isCommonWord, isLexOrg, lexTags, TITLE_WORDS } from '../lexicon.js';
import type { Builder } from './builder.js';
import { MONTHS, WEEKDAYS } from './chunking.js';
import { coordinatedPlaces } from './coordinated-places.js';
import { nestedPlaces } from './nested-places.js';
import { geoNames } from './geo-names.js';
import { stateRegions } from './state-regions.js';
import { regionGroups } from './region-groups.js';
import { matchesOf } from '../regex-matches.js';

const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]+(?:[-'’](?!s\b)\p{Lu}?[\p{Ll}\p{M}]+)*`;
const NAME = String.raw`${WORD}(?:\s+${WORD}){0,2}`;
/** "in Kemerovo," "from Niamey." "in Bali\n": the name ends its phrase. */
const AFTER_PREPOSITION = new RegExp(
  String.raw`\b(?:in|from|near|outside|into|across|around)\s+(${NAME})(?=\s*(?:[,.;:)!?\n])|\s+(?:and(?!\s+\p{Lu})|on|in|to|for|with|at|after|before|where|which|as|by|from|during|last|this|since|until|earlier|later|today|yesterday|tomorrow|next|amid|ahead|following|over|when|while|under|against|between|recently)\b)`,
  'gu',
);
/**
 * "received at Bangabhaban.", "a car bomb at Awantipora in", "stay at Tahachal where": a site is met at its
 * place. Bodies are "at" too ("works at Zentrix,"), so only a name that no entity of the article holds as a
 * word of its own name (a person's surname, a firm met earlier), and never before a verb or a possessive.
 */
const AFTER_AT = new RegExp(
  String.raw`\bat\s+(${NAME})(?=\s*(?:[,.;:)!?\n])|\s+(?:and(?!\s+\p{Lu})|on|in|to|for|with|after|before|where|which|during|last|this|since|until|earlier|later|today|yesterday|amid|ahead|following|when|while|recently)\b)`,
  'gu',
);
/**
 * "the mayor of Melitopol," "the Catholic bishop of Matagalpa," "the governor of Arkhangelsk said": a local
 * office's seat is a place (a body after "of", "governor of the Central Bank", has a word no place name has).
 */
const AFTER_LOCAL_OFFICE = new RegExp(
  String.raw`\b(?:[Mm]ayor|[Gg]overnor|[Bb]ishop|[Aa]rchbishop)\s+of\s+(${NAME})(?=\s*(?:[,.;:)!?\n])|\s+(?:and(?!\s+\p{Lu})|on|in|to|for|with|at|after|before|where|which|as|by|from|during|who|was|is|has|had|said|says|told)\b)`,
  'gu',
);
/** Areas are named without their head ("Tigray"), buildings with it ("Shangri-La hotel"). */
const AREA_HEADS =
  'region|province|district|sector|governorate|prefecture|county|valley|corridor|territory|area|village|town|municipality';
/** "the Donetsk and Lugansk regions": two areas, each a place, named before a plural head. */
const BEFORE_PLURAL_HEAD = new RegExp(
  String.raw`\b(${WORD})\s+and\s+(${WORD})\s+(?:regions|provinces|districts|governorates|prefectures|counties|territories|oblasts)\b`,
  'gu',
);
const BUILDING_HEADS = 'hotel|resort|palace';
const BEFORE_HEAD = new RegExp(
  String.raw`\b(${WORD}(?:\s+(?:and\s+)?${WORD}){0,2})\s+(${AREA_HEADS}|${BUILDING_HEADS}|peninsula)\b`,
  'gu',
);
/** A building's head, named with the place ("Shangri-La hotel"). */
const BUILDING_HEAD = new RegExp(`^(?:${BUILDING_HEADS})$`);
const PLACE_TAGS = new Set(['Place', 'City', 'Region', 'Country']);

/** A word that can be part of an unknown place name: no other kind of name, no common word. */
function unknownWord(w: string): boolean {
  if (w === 'and') return true;
  const tags = lexTags(w);
  return (
    (!tags.length || tags.every((t) => PLACE_TAGS.has(t) || t === 'ProperNoun' || t === 'Singular')) &&
    !isCommonWord(w) &&
    !demonymCountry(w) &&
    !TITLE_WORDS.has(w.toLowerCase()) &&
    !MONTHS.test(w) &&
    !WEEKDAYS.test(w)
  );
}

/**
 * A wire dateline's city in capitals at a paragraph's start: "NUSA DUA, Indonesia (AP) —", "KIGALI (Reuters) -",
 * "DODOMA, 09 July 2022," (a date after the comma).
 */
const DATELINE =
  /^[ \t]*([A-Z][A-Z’'.-]+(?:[ \t]+[A-Z][A-Z’'.-]+){0,3})(?=,[ \t]*(?:\p{Lu}|\d{1,2}\b)|[ \t]*\(|[ \t]+[—–-][ \t])/gmu;

/** A word of a city in a dateline: unknown, not a wire label, not what compromise reads as an adjective or verb. */
function cityWord(w: string): boolean {
  if (!unknownWord(w) || WIRE_LABELS.test(w)) return false;
  const tags = (nlp(w.toLowerCase()).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? [];
  return !tags.some((t) => t === 'Adjective' || t === 'Verb' || t === 'Adverb');
}
/** "at Easter", "at Noon": a feast or an hour is a time, no site (neither lexicon knows these words). */
const FEAST_OR_HOUR =
  /^(?:Christmas|Easter|Lent|Passover|Hanukkah|Ramadan|Eid|Diwali|Nowruz|Thanksgiving|Halloween|Noon|Midnight|Dawn|Dusk)$/;
const timeWords = (name: string) => name.split(/\s+/).some((w) => FEAST_OR_HOUR.test(w));
const WIRE_LABELS =
  /^(?:Factbox|Explainer|Analysis|Update|Exclusive|Breaking|Watch|Live|Opinion|Editorial|Corrected|Refile)$/i;

/** Regions named by a compass word and a continent ("West Asia", "Latin America", "Asia-Pacific"). */
const REGION =
  /\b(?:(?:North|South|East|West|Central|Southeast|South-East|Northeast|North-East|Southern|Northern|Eastern|Western|Latin|Middle|Sub-Saharan)\s+(?:America|Asia|Africa|Europe|East)|(?:Asia|Indo)[- ]Pacific)\b(?![-'’]\p{L})/gu;

export function positionalPlaces(b: Builder): void {
  const { work } = b;
  geoNames(b, unknownWord);
  stateRegions(b);
  for (const m of matchesOf(REGION, work)) {
    if (/^South\s+Africa$/.test(m[0])) continue;
    const [s, e] = [m.index, m.index + m[0].length];
    // (The continent inside is no mention of its own: "Asia" in "Asia Pacific".)
    if (b.mentions.some((x) => x.start < e && x.end > s && (x.start < s || x.end > e))) continue;
    b.mentions = b.mentions.filter((x) => !(x.start >= s && x.end <= e));
    b.mention(b.get('Place', m[0].replace(/\s+/g, ' '), 'entities/places:region'), s, e);
  }
  regionGroups(b);
  for (const m of matchesOf(DATELINE, work)) {
    const s = m.index + m[0].length - m[1]!.length;
    const e = s + m[1]!.length;
    const name = m[1]!.toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (x) => x.toUpperCase());
    const known = b.mentions.filter((x) => x.start < e && x.end > s);
    // (Only a city no rule knew: what the acronym rule made of its words gives way.)
    if (
      known.some(
        (x) =>
          x.entity.type !== 'Organization' ||
          !/merging:acronym|known-segments:acronym/.test(x.entity.rule ?? ''),
      )
    )
      continue;
    // ("UPDATE -", "EXCLUSIVE -", "ANALYSIS (…)": labels, not cities.)
    if (name.length < 4 || isLexOrg(name) || !name.split(/\s+/).every(cityWord)) continue;
    b.mentions = b.mentions.filter((x) => !known.includes(x));
    b.mention(b.get('Place', name, 'entities/places:dateline'), s, e);
  }
  const free = (s: number, e: number) => !b.mentions.some((m) => m.start < e && m.end > s);
  const add = (s: number, e: number, name: string, rule: string) => {
    if (!free(s, e)) return;
    b.mention(b.get('Place', name, `entities/places:${rule}`), s, e);
  };
  for (const m of matchesOf(AFTER_PREPOSITION, work)) {
    const name = m[1]!;
    const s = m.index + m[0].length - name.length;
    if (/['’]$/.test(name) || !name.split(/\s+/).every(unknownWord)) continue;
    add(s, s + name.length, name, 'after-preposition');
  }
  const heldWords = new Set(
    [...b.entities.values()]
      .filter((e) => e.type !== 'Place')
      .flatMap((e) => [e.name, ...e.aliases].flatMap((n) => n.split(/\s+/))),
  );
  for (const m of matchesOf(AFTER_AT, work)) {
    const name = m[1]!;
    const s = m.index + m[0].length - name.length;
    const words = name.split(/\s+/);
    if (!words.every(unknownWord) || words.some((w) => heldWords.has(w)) || timeWords(name)) continue;
    add(s, s + name.length, name, 'after-at');
  }
  for (const m of matchesOf(AFTER_LOCAL_OFFICE, work)) {
    const name = m[1]!;
    const s = m.index + m[0].length - name.length;
    if (/['’]$/.test(name) || !name.split(/\s+/).every(unknownWord)) continue;
    add(s, s + name.length, name, 'after-local-office');
  }
  coordinatedPlaces(b, unknownWord);
  nestedPlaces(b, unknownWord);
  for (const m of matchesOf(BEFORE_PLURAL_HEAD, work)) {
    const second = m.index + m[0].indexOf(m[2]!, m[1]!.length);
    for (const [name, s] of [
      [m[1]!, m.index],
      [m[2]!, second],
    ] as const)
      if (unknownWord(name)) add(s, s + name.length, name, 'before-area-head');
  }
  for (const m of matchesOf(BEFORE_HEAD, work)) {
    const name = m[1]!;
    const head = m[2]!;
    const words = name.split(/\s+/);
    // "the Korean peninsula": an adjective names the area only with its head.
    const adjective = words.length === 1 && demonymCountry(name) !== undefined;
    if (adjective ? head !== 'peninsula' : !words.every(unknownWord)) continue;
    if (/^(?:The|A|An)$/.test(words[0]!)) continue;
    const withHead = adjective || BUILDING_HEAD.test(head);
    const end = withHead ? m.index + m[0].length : m.index + name.length;
    add(m.index, end, withHead ? `${name} ${head}` : name, 'before-area-head');
  }
}
