// The possessor of the act a judging word qualifies ("Russia's latest unhelpful step", "India's ongoing
// human rights abuses"), one of the readings of a judged clause that quote-stance.ts (judgedParties) runs
// for a quotation and for reported speech alike.
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';

/**
 * A possessor and at most three modifiers before a judging word ("Russia’s latest ", "India’s ongoing human
 * rights "), no preposition among them ("Kashmir's victims of " names no doer).
 */
const OWNER_BEFORE =
  /['’]s\s+(?:(?:(?!(?:of|by|to|on|in|at|for|from|with|against|over|about)\s)\p{Ll}[\p{Ll}-]*)\s+){0,3}$/u;
/** What may follow the judging word before its noun: "and unproductive", a closing quotation mark. */
const WORD_TO_NOUN = /^\S*[”"]?\s+(?:and\s+\p{Ll}+\s+)?\p{Ll}{3,}/u;
/** A judging word that is itself the act's noun: "abuses", "interference", "hypocrisy". */
const NOUN_WORD = /(?:[^u]s|ion|ence|ism|cy|age|ment|ity|anda)$/i;
/**
 * A noun of a standing war, no act judged: "in solidarity with Ukraine, where Russia's aggression goes on"
 * names the reason a speaker gives for its own act.
 */
const STANDING_WAR = /^aggressions?$/i;

/**
 * "Russia’s latest unhelpful and unproductive step", "the US’s wrong actions", "India’s ongoing human rights
 * abuses": the possessor of the act the judging word at `at` qualifies (a noun follows the word, or the word
 * is the act's noun), no earlier than `from`.
 */
export function judgedOwner(c: Ctx, from: number, at: number, word: string): Entity | undefined {
  if (STANDING_WAR.test(word)) return undefined;
  const owner = OWNER_BEFORE.exec(c.work.slice(Math.max(from, at - 70), at));
  if (!owner || !(NOUN_WORD.test(word) || WORD_TO_NOUN.test(c.work.slice(at, at + 40)))) return undefined;
  const end = at - owner[0].length;
  const m = c.inRange(Math.max(from, end - 60), end, ['Person', 'Organization', 'Place'], true).pop();
  return m && m.end === end && !m.nominal ? m.entity : undefined;
}
