// The party named as the attribute of the act a judging word qualifies: the word, then a name or a country's
// adjective used before the act's noun ("another wave of unfriendly U.S. steps", "the illegal Israeli
// measures", "hostile and provocative Canadian actions"), one of the readings of a judged clause that
// quote-stance.ts (judgedParties) runs for a quotation and for reported speech alike. Not taken: a name
// that is no act's attribute ("unacceptable Russia"), a name after a preposition ("hostile toward the US"
// is the victim's), a noun of the act missing ("illegal US-made weapons" names no act of the US), an act
// that may not have happened ("any hostile US actions would meet a response" is a warning).
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { demonymCountry } from '../lexicon.js';
import type { Sentence } from '../text.js';
import { DOER_ACT } from './act-nouns.js';

/** Between the judging word and the name: its rest, a closing quotation mark, "and" with another adjective. */
const WORD_TO_NAME = /^\S*?[”"’]?(?:,?\s+and\s+\p{Ll}+[”"’]?)?\s+/u;
/** A determiner of an act that may not have happened, before the word: "any ", "any further ". */
const HYPOTHETICAL = /\b(?:any|no)\s+(?:(?:further|new|more|future)\s+)?$/i;
/** The act's noun right after the name, maybe after one more modifier ("U.S. military steps"). */
const ACT_AFTER = new RegExp(String.raw`^\s+(?:\p{Ll}+\s+)?${DOER_ACT}\b`, 'u');

/**
 * "unfriendly U.S. steps", "illegal Israeli measures": the party named (or whose country's adjective stands)
 * right after the judging word at `at` (ending at `end`), as the attribute of an act's noun.
 */
export function judgedAttributive(c: Ctx, s: Sentence, at: number, end: number): Entity | undefined {
  if (HYPOTHETICAL.test(c.work.slice(Math.max(s.start, at - 30), at))) return undefined;
  const lead = WORD_TO_NAME.exec(c.work.slice(end, s.end));
  if (!lead) return undefined;
  const from = end + lead[0].length;
  const m = c.inRange(from, s.end, ['Person', 'Organization', 'Place'], true)[0];
  if (m && m.start === from && !m.nominal)
    return ACT_AFTER.test(c.work.slice(m.end, s.end)) && !/^['’]/u.test(c.work.slice(m.end))
      ? m.entity
      : undefined;
  const dem = /^(\p{Lu}\p{Ll}+)\b/u.exec(c.work.slice(from, s.end));
  const country = dem ? demonymCountry(dem[1]!) : undefined;
  if (!country || !ACT_AFTER.test(c.work.slice(from + dem![1]!.length, s.end))) return undefined;
  return c.idx.countryEntity(country) ?? c.countryByDemonym(country, from, from + dem![1]!.length);
}
