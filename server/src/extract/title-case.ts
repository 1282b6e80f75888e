// A headline in Title Case ("Canada Expels Chinese Diplomat Over Interference") read as if in sentence
// case by the event and relation rules, whose trigger words are lower case ("expels", "holds talks
// with", "declares … persona non grata"). Entities are found before this, on the text as published; here
// only the words outside every entity mention are lowered, except the first word, demonyms ("Chinese":
// the rules read a state from them) and abbreviations ("US", "FM"). The text keeps its length, so every
// offset still holds. Pure.
import type { EntityIndex } from './entities/index.js';
import { demonymCountry } from './lexicon.js';
import type { Sentence } from './text.js';
import { matchesOf } from './regex-matches.js';

/** A capitalised word: an upper-case letter, then lower-case letters (and an apostrophe or hyphen). */
const WORD = /\p{L}[\p{L}'’-]*/gu;
const CAPITALISED = /^\p{Lu}[\p{Ll}'’-]+$/u;

/**
 * Whether the words of a headline outside its mentions are in Title Case: at least three of them, and
 * no more than one in five of those of three letters or more in lower case ("to", "of" may be either).
 */
function isTitleCase(words: string[]): boolean {
  const long = words.filter((w) => w.length >= 3);
  if (long.length < 3) return false;
  const lower = long.filter((w) => /^\p{Ll}/u.test(w)).length;
  return lower * 5 <= long.length && long.some((w) => CAPITALISED.test(w));
}

/** `work` with its headline (the first sentence, on a line of its own) in sentence case when it is in Title Case. */
export function sentenceCaseHeadline(work: string, sents: readonly Sentence[], idx: EntityIndex): string {
  const h = sents[0];
  if (!h || !/^\s*(?:\n|$)/.test(work.slice(h.end, h.end + 2))) return work;
  const inMention = (a: number, b: number) => idx.mentions.some((m) => m.start < b && m.end > a);
  const words = matchesOf(WORD, work.slice(h.start, h.end))
    .map((m) => ({ w: m[0], at: h.start + m.index }))
    .filter((x) => !inMention(x.at, x.at + x.w.length));
  if (!isTitleCase(words.filter((x) => x.at !== h.start).map((x) => x.w))) return work;
  let out = work;
  for (const { w, at } of words) {
    const lower = w.toLowerCase();
    if (at === h.start || !CAPITALISED.test(w) || demonymCountry(w) || lower.length !== w.length) continue;
    out = out.slice(0, at) + lower + out.slice(at + w.length);
  }
  return out;
}
