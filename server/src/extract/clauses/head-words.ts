// The words a noun phrase is built of, as the rules need them: its head nouns (envoys, people, bodies),
// the determiners and quantities before the head ("the", "more than 150", "a total of", "21 and 17",
// "hundreds of"), and what may extend a head after it (a closing scare quote, a second head: "staff
// members"; a coordinated head: "18 diplomats and 6 technical staff"). Pure string work, no entities.

import { cardinals, tens } from '../count-words.js';

export const ENVOY_HEAD =
  /^(?:ambassadors?|envoys?|high commissioners?|charg[ée]s? d['’]affaires|diplomats?|top diplomats?|consuls?(?:[- ]general)?|attach[ée]s?|representatives?|emissar(?:y|ies)|heads? of mission)$/;
const PEOPLE_HEAD =
  /^(?:officials|staff|staffers|employees|nationals|spies|officers|members|personnel|workers|citizens|expatriates|agents|leaders|ministers|nationals|judges|prosecutors|individuals|people|persons|entities|companies|firms|banks|organi[sz]ations|businesses|oligarchs|businessmen|businesspeople|tycoons|lawmakers|politicians|generals|commanders|(?:first|second|third) secretar(?:y|ies)|counsell?ors?)$/;
export const BODY_HEAD =
  /^(?:countries|states|nations|allies|governments?|authorities|ministry|foreign ministry|junta|regime|administration|military|cabinet|presidency|leadership|side|country|nation|state|kingdom|republic)$/;
export const PEOPLE_OR_ENVOY = new RegExp(
  `^(?:${[ENVOY_HEAD, PEOPLE_HEAD].map((r) => r.source.slice(4, -2)).join('|')})$`,
);
const HEAD_WORDS = new RegExp(
  `^(?:${[ENVOY_HEAD, PEOPLE_HEAD, BODY_HEAD].map((r) => r.source.slice(4, -2)).join('|')})$`,
);
const TWO_WORD_HEAD =
  /^(?:high commissioners?|top diplomats?|foreign ministry|heads? of mission|(?:first|second|third) secretar(?:y|ies))$/;

/**
 * Up to three modifiers (no "-ed" verbs; demonyms too) and a people's or envoys' head: "administrative
 * and technical staff", "two Russian banks".
 */
export const COORDINATED_HEAD = new RegExp(
  `^(?:(?!\\p{Ll}+ed\\b)(?:\\p{Ll}+|\\p{Lu}\\p{Ll}+(?:an|ian|ese|ish|i))\\s+(?:and\\s+)?){0,3}?(?:${PEOPLE_OR_ENVOY.source.slice(4, -2)})\\b`,
  'u',
);

/** A number or a count word: "150", "forty", "a dozen", "hundreds". */
export const NUM = String.raw`\d[\d,.]*|${cardinals(1, 12)}|fifteen|${tens(50)}|a dozen|dozen|hundred|dozens|hundreds|scores|thousands|tens`;
/**
 * Determiners and quantities before a head: articles, possessive pronouns, "more than 150", "over 40",
 * "a total of", "a number of", "two of the", numbers coordinated ("21 and 17").
 */
export const DET = new RegExp(
  `^\\s*(?:(?:(?:more|fewer|less) than|at least|up to|as many as|a further|an additional|(?:${NUM}|a number|a group|a handful|a total|a couple|a pair|a team|a batch|all|some|most|many|several|each|both|the rest) of|${NUM}|(?<=\\d\\s+)(?:and|or|to)|the|a|an|its|his|her|their|our|this|these|those|some|all|both|several|many|most|other|another|further|additional|more|fellow|about|nearly|almost|around|roughly|approximately|just|over)\\s+)*`,
  'i',
);

/** The head word (one or two words) at the start of s, when it is one. */
export function headWord(s: string): string | undefined {
  const two = /^(\p{Ll}+[\s-]\p{L}+['’]?\p{L}*)/u.exec(s)?.[1];
  if (two && (TWO_WORD_HEAD.test(two.replace(/-/g, ' ')) || HEAD_WORDS.test(two))) return two;
  const one = /^(\p{Ll}+)/u.exec(s)?.[1];
  return one && HEAD_WORDS.test(one) ? one : undefined;
}

/** The head word of a role phrase matched to a person ("the French ambassador" → ambassador). */
export function roleHead(text: string): string | undefined {
  const w = /(\p{L}+)\s*$/u.exec(text)?.[1]?.toLowerCase();
  return w && HEAD_WORDS.test(w) && !/\b(?:deputy|acting|vice)\b/i.test(text) ? w : undefined;
}

/**
 * How far a people's or envoys' head runs on, from `rest` (the text right after it): a closing scare
 * quote; a second head ("staff members" → members); a head coordinated after "and" with its own
 * quantity and modifiers ("diplomats and 6 administrative and technical staff"), so that a complement
 * ("from the Russian embassy") after it is the whole phrase's. Words ending in "-ed" are taken for verbs.
 */
export function headTail(head: string, rest: string): { len: number; head: string } {
  if (!PEOPLE_OR_ENVOY.test(head)) return { len: 0, head };
  const quote = /^["”’']/.exec(rest)?.[0].length ?? 0;
  const second = /^\s+(\p{Ll}+)\b/u.exec(rest.slice(quote));
  if (second && PEOPLE_OR_ENVOY.test(second[1]!)) return { len: quote + second[0].length, head: second[1]! };
  const and = /^\s*,?\s+(?:and|or|as well as|plus)\s+/.exec(rest.slice(quote));
  if (!and) return { len: quote, head };
  const det = DET.exec(rest.slice(quote + and[0].length))![0];
  const from = quote + and[0].length + det.length;
  const h = COORDINATED_HEAD.exec(rest.slice(from))?.[0];
  return { len: h ? from + h.length : quote, head };
}
