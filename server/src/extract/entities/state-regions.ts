// Regions of a federation named with the word "state" (rule places:state-region), which no head-word rule
// can take because "State" also heads bodies and ideas ("Islamic State", "State Department", "Secretary of
// State", "a Member State"):
// - "<Name> State" with a capital: "Borno State", "Officials in Rakhine State said", "Kebbi State Deputy
//   Governor" (the head is kept, as in "Nakuru County"); a known place that is the name gives way ("Niger
//   State" is no mention of the country Niger);
// - "<Name> state" in lower case after "of" or "in", ending its phrase or before a word of the state's
//   government, or opening a bracket: "the governor of Borno state,", "(La Guaira state, near Caracas)"
//   (named without its head, as "the Tigray region" is "Tigray", unless the text also names it with it).
// The name is one or two capitalised words, none an adjective (compromise), demonym, title, common word or
// one of the nouns English makes "X State" compounds with, with no article "a" before it; a capitalised word
// after "State" must be a title ("Deputy Governor"), else the run is a body's name ("Lagos State Government").
// Only names no person or organisation mention overlaps.
import nlp from 'compromise';
import { demonymCountry, isCommonWord, isKnownPlace, TITLE_WORDS } from '../lexicon.js';
import type { Builder } from './builder.js';
import { matchesOf } from '../regex-matches.js';

const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*`;
/** The whole capitalised run before "State" (no capitalised word before it) and the word after it. */
const CAPITAL_STATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’.-])(?<!\p{Lu}[\p{L}'’.-]*[^\S\n]+)((?:${WORD}[^\S\n]+){1,3})State(?![\p{L}-])(?:[^\S\n]+(\p{L}+))?`,
  'gu',
);
const LOWER_STATE = new RegExp(
  String.raw`(?:\b(?:of|in)[^\S\n]+|\()((?:${WORD}[^\S\n]+){1,2})state(?=[^\S\n]*[,.;:)\n]|[^\S\n]+(?:governor|government|capital|assembly|house|police|command|commissioner|and|on|in|at|near)\b)`,
  'gu',
);
/** Nouns (no adjectives: those go by their tag) that make "X State" an idea or a kind of state. */
const COMPOUND_NOUNS =
  /^(?:Member|Union|Nation|Welfare|Police|Client|Puppet|Rogue|Successor|Partner|Party|City|Nanny|Surveillance|Security|Garrison|Host|Transit|Candidate|Observer|Donor|Flag|Buffer|Border|Island|Gulf|Balkan|Sunni|Shia|Shiite|Muslim|Houthi|Zionist|Church|Head|Home|Garden|Sunshine|Empire|Golden|Lone|Star|Free|Deep|Treaty|Contracting|Coastal|Frontline|Nuclear)$/;
/** Words before the name that make it a kind of state, not one: "a Member State", "each Gulf State". */
const INDEFINITE = /^(?:a|an|another|each|every|any|one|other|fellow|non)$/i;
const LEADING_FUNCTION_WORD = /^(?:The|In|At|From|For|Of|And|To|On|By|With|Across|Throughout|Former|Ex)$/;

/** A word that may name a state: a known place, or a name no lexicon reads as another kind of word. */
function stateNameWord(w: string): boolean {
  if (isKnownPlace(w)) return true;
  if (COMPOUND_NOUNS.test(w) || isCommonWord(w) || demonymCountry(w) || TITLE_WORDS.has(w.toLowerCase()))
    return false;
  const tags = (nlp(w.toLowerCase()).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? [];
  return !tags.some((t) => t === 'Adjective' || t === 'Demonym' || t === 'Adverb');
}

/** Adds the place at [s, e) unless a person or organisation mention overlaps it; places inside give way. */
function addRegion(b: Builder, s: number, e: number, name: string): boolean {
  const overlapping = b.mentions.filter((m) => m.start < e && m.end > s);
  if (overlapping.some((m) => m.entity.type !== 'Place' || m.start < s || m.end > e)) return false;
  b.mentions = b.mentions.filter((m) => !overlapping.includes(m));
  b.mention(b.get('Place', name, 'entities/places:state-region'), s, e);
  return true;
}

/**
 * The region's name without its head elsewhere in the text is the region ("Fubara swears in commissioners in
 * Rivers"), unless the name is a known place of its own ("Niger", "Kaduna") or another mention holds it.
 */
function bareMentions(b: Builder, names: Set<string>): void {
  for (const name of names) {
    const bare = name.replace(/ State$/, '');
    if (isKnownPlace(bare)) continue;
    const re = new RegExp(
      String.raw`(?<![\p{L}\p{N}'’-])${bare}(?![\p{L}\p{N}'’-]|[^\S\n]+[Ss]tate\b)`,
      'gu',
    );
    const entity = b.get('Place', name, 'entities/places:state-region');
    for (const m of matchesOf(re, b.work)) {
      const [s, e] = [m.index, m.index + bare.length];
      if (!b.mentions.some((x) => x.start < e && x.end > s)) b.mention(entity, s, e);
    }
  }
}

/** Adds the regions named "<Name> State" and "of/in <Name> state". */
export function stateRegions(b: Builder): void {
  const { work } = b;
  if (!/\b[Ss]tate\b/.test(work)) return;
  const found = new Set<string>();
  for (const m of matchesOf(CAPITAL_STATE, work)) {
    const [, run, after] = m;
    let words = run!.trim().split(/\s+/);
    let start = m.index;
    let prev = /(\p{L}+)[^\S\n]*$/u.exec(work.slice(Math.max(0, start - 30), start))?.[1];
    // (A function word opening the run is no part of the name: "In Borno State".)
    if (words.length > 1 && LEADING_FUNCTION_WORD.test(words[0]!)) {
      start = work.indexOf(words[1]!, start + words[0]!.length);
      prev = words[0];
      words = words.slice(1);
    }
    if (words.length > 2 || (prev && INDEFINITE.test(prev))) continue;
    if (after && /^\p{Lu}/u.test(after) && !TITLE_WORDS.has(after.toLowerCase())) continue;
    if (!words.every(stateNameWord)) continue;
    const name = `${words.join(' ')} State`;
    if (addRegion(b, start, start + work.slice(start).indexOf('State') + 5, name)) found.add(name);
  }
  for (const m of matchesOf(LOWER_STATE, work)) {
    const words = m[1]!.trim().split(/\s+/);
    if (!words.every(stateNameWord)) continue;
    const name = words.join(' ');
    const s = m.index + m[0].indexOf(m[1]!);
    // (One region named both ways is one place: "Borno State" and "the governor of Borno state".)
    const capital = b.mentions.some((x) => x.entity.type === 'Place' && x.entity.name === `${name} State`);
    addRegion(b, s, s + name.length, capital ? `${name} State` : name);
  }
  bareMentions(b, found);
}
