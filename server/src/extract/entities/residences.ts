// Seats, residences and halls named by a building word are places (test/fixtures/real/README.md: palaces
// and residences are places): a leader receives guests "at State House", "at the Jubilee House", "at
// Rashtrapati Bhavan", "at the Casa Rosada's Salón Blanco", is flown "to the Presidential Villa". The
// chunker read such names as persons ("Salón Blanco", "Sheetal Niwas"), as a body and a leftover word
// ("APEC" + "House") or as nothing. Three kinds (rule entities/residences:building):
// - a name ending in a residence word of South Asia ("Bhavan", "Niwas", "Mahal", "Dzong"): always a place;
// - a Romance building word first ("Casa Rosada", "Casa do Brasil", "Palacio Nacional", "Palais de
//   l'Élysée"): always a place;
// - an English "House", "Villa" or "Lodge" after one to three capitalised words, and a Romance room
//   ("Salón Blanco", "Sala Regia"), only where the sentence puts it as a location: after "at", "in", "to",
//   "from", "inside", … (with "the" or a place's possessive between: "at Kenya's State House"), or after
//   another building's possessive ("the Casa Rosada's Salón Blanco"). A body named like a house ("the White
//   House said", "Chatham House", "Freedom House") is a known organisation and stays one; a chamber ("the
//   House of Lords", "the Lower House") is no building. A town right after a "House" is the seat's
//   ("State House Entebbe", "State House Dar es Salaam"): a known place, or one unknown word that is no
//   title, first name or common word before a mark or a lower-case word.
import { isCommonWord, isFirstName, isKnownPlace, KNOWN_ORGS, nameKey } from '../lexicon.js';
import { isTitle } from './chunking.js';
import type { Builder } from './builder.js';
import { matchesOf } from '../regex-matches.js';

/** A capitalised word of a name (a possessive ends it: "the Casa Rosada's Salón Blanco" is two). */
const WORD = String.raw`\p{Lu}[\p{L}-]*`;
/** A name ending in a South Asian residence word: always a building. */
const NATIVE = new RegExp(
  String.raw`\b(?:${WORD}[^\S\n]+){1,3}(?:Bhavan|Bhawan|Niwas|Nivas|Mahal|Dzong)\b`,
  'gu',
);
/** A Romance building word, then (a particle and) capitalised words: always a building. */
const ROMANCE = new RegExp(
  String.raw`\b(?:Casa|Palacio|Palácio|Palazzo|Palais|Quinta)(?:[^\S\n]+(?:(?:de[^\S\n]+la|de|do|da|dos|das|del|di|della|des|du)[^\S\n]+|(?:de[^\S\n]+)?l['’])?${WORD}){1,3}`,
  'gu',
);
/** An English house word after capitalised words, or a Romance room: a building where it is a location. */
const PLACED = new RegExp(
  String.raw`\b(?:(?:${WORD}[^\S\n]+){1,3}(?:House|Villa|Lodge)|(?:Salón|Salão|Salle|Sala)[^\S\n]+${WORD})\b`,
  'gu',
);
/** Before a located building: a preposition of place, "the", a place's possessive ("at Kenya's "). */
const LOCATION_BEFORE =
  /\b(?:at|in|to|from|inside|outside|into|near|towards?|within|outside|reached|left|leaving)[^\S\n]+(?:the[^\S\n]+)?(?:\p{Lu}[\p{L}.]*(?:[^\S\n]+\p{Lu}[\p{L}.]*)?['’]s[^\S\n]+)?$/u;
/** Words that make a "House" a chamber or no building name. */
const NOT_BUILDING_FIRST = /^(?:The|This|That|Lower|Upper|Full|Whole|Entire|Our|Their|His|Her|Its)$/;

/** Whether the building name at `start` stands where the sentence puts a location. */
function located(b: Builder, start: number, spans: { end: number }[]): boolean {
  const before = b.work.slice(Math.max(0, start - 60), start);
  if (LOCATION_BEFORE.test(before)) return true;
  // (Another building's possessive: "the Casa Rosada's Salón Blanco".)
  const own = /['’]s[^\S\n]+$/.exec(before);
  const at = start - (own?.[0].length ?? 0);
  return (
    !!own && [...spans, ...b.mentions.filter((m) => m.entity.type === 'Place')].some((m) => m.end === at)
  );
}

/** The spans of the text that name a building, each with its surface. */
function buildingSpans(b: Builder): { start: number; end: number; surface: string }[] {
  const { work } = b;
  const spans: { start: number; end: number; surface: string }[] = [];
  const add = (start: number, words: string) => {
    // (Not the possessive ending: "the Casa Rosada's Salón Blanco".)
    const surface = words.replace(/['’]s$/, '');
    const end = start + surface.length;
    if (!spans.some((s) => s.start < end && start < s.end)) spans.push({ start, end, surface });
  };
  for (const m of matchesOf(NATIVE, work)) add(m.index, m[0]);
  for (const m of matchesOf(ROMANCE, work)) add(m.index, m[0]);
  for (const m of matchesOf(PLACED, work)) {
    let surface = m[0];
    let start = m.index;
    // (Leading words that are no part of the name: "The State House", "Lower House".)
    const first = surface.split(/\s+/)[0]!;
    if (NOT_BUILDING_FIRST.test(first)) {
      surface = surface.slice(first.length).trimStart();
      start = m.index + m[0].length - surface.length;
      if (!/\s/.test(surface)) continue;
    }
    const end = start + surface.length;
    // (A chamber or a body: "House of Commons", "the White House said", "Chatham House".)
    if (/^[^\S\n]+of\b/.test(work.slice(end, end + 4))) continue;
    if (KNOWN_ORGS.has(nameKey(surface))) continue;
    // (A building named after a place is known-segments.ts's: "Hyderabad House".)
    if (isKnownPlace(surface.replace(/\s+\S+$/, ''))) continue;
    if (!located(b, start, spans)) continue;
    add(start, surface + townAfter(work, end));
  }
  return spans;
}

/** After a seat's name, its town: a known place ("State House Dar es Salaam") or a lone unknown word before a lower-case word or a mark ("State House Entebbe on"). */
const TOWN_AFTER =
  /^[^\S\n]+(\p{Lu}[\p{L}-]+(?:[^\S\n]+(?:es|al|el|de)?[^\S\n]*\p{Lu}[\p{L}-]+){0,2})(?=[^\S\n]*(?:[,.;:)]|[^\S\n]\p{Ll}|$))/u;

/** The town named right after a house word ("State House Entebbe"), with its space, or "". */
function townAfter(work: string, end: number): string {
  if (!/^House$/.test(work.slice(end - 5, end))) return '';
  const m = TOWN_AFTER.exec(work.slice(end, end + 40));
  if (!m) return '';
  const words = m[1]!;
  const lone = !/\s/.test(words);
  if (isKnownPlace(words)) return m[0];
  return lone && !isTitle(words) && !isFirstName(words) && !isCommonWord(words) ? m[0] : '';
}

/** Names the buildings of the text as places, in place of what the chunks made of their words. */
export function residences(b: Builder): void {
  if (!/House|Villa|Lodge|Bhavan|Bhawan|Niwas|Nivas|Mahal|Dzong|Casa|Pal[aá]|Quinta|Sal[oóãl]/.test(b.work))
    return;
  const spans = buildingSpans(b);
  for (const s of spans) {
    // ("PM House" is the "Prime Minister House" the text names in full elsewhere.)
    const full = s.surface.replace(/^PM\s/, 'Prime Minister ');
    if (full !== s.surface && spans.some((x) => x.surface === full)) s.surface = full;
    const inside = b.mentions.filter((x) => x.start < s.end && s.start < x.end);
    // (Not across a longer name another rule made: "the Prime Minister House Committee".)
    if (inside.some((x) => x.start < s.start || x.end > s.end)) continue;
    // (A person made of the building's words is no one, nor is a word of it named alone elsewhere: "House
    // Dar" read from "State House Dar es Salaam" took "Dar" of "Dar es Salaam".)
    const madeOfIt = new Set(
      inside
        .map((x) => x.entity)
        .filter((e) => e.type === 'Person' && s.surface.includes(e.name) && /\s/.test(e.name)),
    );
    b.mentions = b.mentions.filter((x) => !inside.includes(x) && !madeOfIt.has(x.entity));
    for (const e of new Set(inside.map((x) => x.entity)))
      if (!b.mentions.some((x) => x.entity === e)) b.entities.delete(e.id);
    b.placeMention(s.start, s.end, s.surface, 'entities/residences:building');
  }
}
