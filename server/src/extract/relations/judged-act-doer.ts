// The doer of the act a judging word qualifies, named after the act's noun and "by", "of" or "from":
// "“unacceptable” comments by French Foreign Minister X", "the groundless remarks by the U.S. politicians",
// "baseless allegations levelled by American officials". Read from the few words after the judging word;
// shared by the quotation and reported-speech stance readers (quote-stance.ts, reported-stance.ts); verbs.ts
// reads a role phrase with no name after the object of a verb of condemning as the person titled with
// those words (personTitledAs), else a state by its adjective and role noun (stateByRole).
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { demonymCountry } from '../lexicon.js';
import { DOER_ACT } from './act-nouns.js';
import type { Sentence } from '../text.js';
import { titledWith } from '../quotes/role-titles.js';

/**
 * After the judging word: its quotation's close, at most two lower-case words ("anti-Iran", "and
 * threatening"), the act's noun, maybe a participle ("made", "levelled") and "by", "of" or "from".
 */
const ACT_AFTER_WORD = new RegExp(
  String.raw`^\S*?[”"’]?\s+(?:[“"‘]?[\p{Ll}-]+[”"’]?\s+){0,2}?${DOER_ACT}[”"’]?\s+(?:(?:made|levell?ed|issued|voiced|coming|emanating)\s+)?(?:by|of|from)\s+(?:the\s+)?`,
  'u',
);

/** Title words between the act's "by" and its doer's name: "French Foreign Minister ", "President ". */
const TITLES_BEFORE_NAME = new RegExp(
  String.raw`^(?:(?:\p{Lu}[\p{L}'’.-]*|of|the|[\p{Ll}-]*(?:minister|president|ambassador|envoy|spokes\p{Ll}*|secretary|official|representative|diplomat|politician|lawmaker|leader))\s+){0,5}$`,
  'u',
);

/** A country's adjective and a side's role noun: "U.S. politicians", "British Foreign Minister", "American officials". */
const STATE_ROLE =
  /^(U\.S\.|U\.K\.|US|UK|\p{Lu}\p{Ll}+)\s+(?:officials?|politicians?|lawmakers?|authorities|government|side|leaders?|diplomats?|administration|(?:Foreign\s+|Prime\s+|Defen[cs]e\s+)?(?:Minister|Secretary|Office|Government|Ministry))\b/u;

/**
 * The doer of the act the judging word ending at `end` qualifies: the first name after the act's "by"
 * (past title words, a person first), else the state a country's adjective and a role noun name.
 */
export function judgedActDoer(c: Ctx, s: Sentence, end: number): Entity | undefined {
  const act = ACT_AFTER_WORD.exec(c.work.slice(end, Math.min(s.end, end + 120)));
  if (!act) return undefined;
  const at = end + act[0].length;
  const reached = c
    .inRange(at, Math.min(s.end, at + 80), ['Person', 'Organization', 'Place'], true)
    .filter((x) => !x.nominal && TITLES_BEFORE_NAME.test(c.work.slice(at, x.start)));
  const named = reached.find((x) => x.entity.type === 'Person') ?? reached[0];
  if (named) return named.entity;
  return stateByRole(c, at, s.end);
}

/** Where a doer's phrase ends and its act's target begins: " against Iran" ("the accusation of X against Iran"). */
export const ACT_TARGET = /\s(?:against|towards?)\s/u;

/** "the British Foreign Minister", "U.S. politicians" at `at`: the state a country's adjective and a role noun name. */
export function stateByRole(c: Ctx, at: number, to: number): Entity | undefined {
  const role = STATE_ROLE.exec(c.work.slice(at, to));
  const country = role ? demonymCountry(role[1]!) : undefined;
  if (!country) return undefined;
  return c.idx.countryEntity(country) ?? c.countryByDemonym(country, at, at + role![1]!.length);
}

/** Words that may open a doer's role phrase: "Lebanese Minister of Information", "Ghanaian president". */
const ROLE_WORDS =
  /^(?:the\s+)?((?:\p{Lu}[\p{L}.'’-]*|\p{Ll}+)(?:\s+(?:of\s+(?:the\s+)?)?(?:\p{Lu}[\p{L}.'’-]*|\p{Ll}+)){1,5})/u;
/** A role held by one person: the head noun a role phrase must hold. */
const ONE_HOLDER =
  /\b(?:minister|president|premier|chancellor|ambassador|envoy|secretary|spokes\p{Ll}+|king|emir)\b/iu;

/**
 * "the statements made by the Lebanese Minister of Information", "remarks by the Ghanaian president": the
 * one person the text titled with the same role words before his name ("the Lebanese Minister of
 * Information, X", "Ghanaian President X"), tried from the longest run of words down to two. Not a role
 * no one is titled with, nor one two persons share ("the Foreign Minister" when two are named so).
 */
export function personTitledAs(c: Ctx, at: number, to: number): Entity | undefined {
  const m = ROLE_WORDS.exec(c.work.slice(at, to));
  if (!m) return undefined;
  // (A sentence's full stop is no part of the last word: "the Minister of Information.")
  const words = m[1]!.replace(/(\p{Ll}{2,})\.$/u, '$1').split(/\s+/);
  const persons = c.mentions.filter((x) => x.entity.type === 'Person' && !x.nominal);
  for (let n = words.length; n >= 2; n--) {
    const role = words.slice(0, n).join(' ');
    if (!ONE_HOLDER.test(role) || /^(?:of|the|and)$/i.test(words[n - 1]!)) continue;
    const e = titledWith(c.work, persons, role);
    if (e) return e;
  }
  return undefined;
}

/** The doer a role phrase with no name stands for: the person titled so (personTitledAs), else the state. */
export function doerByRole(c: Ctx, at: number, to: number): Entity | undefined {
  return personTitledAs(c, at, to) ?? stateByRole(c, at, to);
}
