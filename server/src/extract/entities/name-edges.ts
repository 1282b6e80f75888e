// Words at the edges of a capitalised run that belong to no name in it: post-nominal letters after a
// person's name ("Dominic Ashby KCMG", "Tom Hollis MP") and a word of time before a body's name ("Former
// Pentagon spokesman", "Outgoing Cabinet"), and a title-case headline's words up to its last capitalised
// preposition ("Protest From Ministry After Crowd Removes Flag From London Embassy"). The run is read
// without them. And at a name's end, a body's one-word name after a known first name is a surname
// ("Richard Wagner").
import { demonymCountry, isFirstName, isKnownPlace } from '../lexicon.js';
import { isTitle } from './chunking.js';
import type { Token } from '../text.js';

/** Honours and offices written as letters after a name. */
export const POST_NOMINAL = /^(?:KCMG|GCMG|CMG|KCVO|LVO|MVO|GBE|KBE|DBE|CBE|OBE|MBE|QC|KC|MP|MEP|MSP)$/;
/** A word of time that makes a title of what follows ("Former Pentagon spokesman"), no name's first word. */
const TIME_WORD = /^(?:Former|Then|Outgoing|Incoming)$/;
/** An ordinal counting a gathering of a series ("Third Forum for …", "40th Summit"): no word of its name. */
const ORDINAL = /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\d+(?:st|nd|rd|th))$/;
const GATHERING = /^(?:Forum|Summit|Conference|Session|Meeting|Dialogue|Congress|Assembly)$/;

/** Prepositions no name holds inside, capitalised only in a title-case headline. */
const TITLE_CASE_PREPOSITION =
  /^(?:From|After|Amid|Over|Into|Despite|During|Following|Ahead|Toward|Towards|Without|Via|Upon|With)$/;

/**
 * The run without post-nominal letters at its end and a word of time at its start (at least a word left of
 * those), and without a title-case headline's words up to its last capitalised preposition (maybe nothing).
 */
export function trimNameEdges(c: Token[]): Token[] {
  // (Only the words after a headline's last capitalised preposition may be a name; none may be left.)
  const headline = c.map((t) => TITLE_CASE_PREPOSITION.test(t.text)).lastIndexOf(true);
  let out = headline >= 0 ? c.slice(headline + 1) : c;
  if (out.length >= 3 && POST_NOMINAL.test(out[out.length - 1]!.text)) out = out.slice(0, -1);
  if (out.length >= 2 && TIME_WORD.test(out[0]!.text)) out = out.slice(1);
  if (out.length >= 3 && ORDINAL.test(out[0]!.text) && GATHERING.test(out[1]!.text)) out = out.slice(1);
  return out;
}

/**
 * A body's one-word name closing a chunk right after a known first name is a surname ("Richard Wagner",
 * "Pierre Hamas"): a first name is never part of a body's name. Not after a first name that is also a
 * place ("Jordan"), and not an acronym ("Tom NATO" stays apart).
 */
export function orgWordAsSurname(c: Token[], k: number): boolean {
  const first = c[k - 2];
  return (
    k === c.length &&
    first !== undefined &&
    isFirstName(first.text) &&
    !isKnownPlace(first.text) &&
    /^\p{Lu}\p{Ll}+$/u.test(c[k - 1]!.text)
  );
}

/**
 * Whether titles, maybe after a demonym, then "of", "for" or "on" open the words before a name: the title's
 * field follows, no body ("Minister for Railways", "Omani Deputy Prime Minister for International
 * Cooperation").
 */
export function titlesThenConnector(prefix: readonly Token[]): boolean {
  const lead = prefix.findIndex(
    (t) => /^(?:of|for|on)$/.test(t.text) || !(isTitle(t.text) || demonymCountry(t.text)),
  );
  return lead > 0 && /^(?:of|for|on)$/.test(prefix[lead]!.text);
}
