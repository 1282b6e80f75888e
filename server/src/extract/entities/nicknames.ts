// Nicknames in quotation marks inside a person's name ("Jose Manuel "Babe" Romualdez", "Manny 'Pacman'
// Pacquiao"): the chunker passes over the quoted word(s) so that the given name and the surname make one name;
// the person's name leaves the nickname out (the text as written stays a mention's alias).
import { isFirstName } from '../lexicon.js';
import type { Token } from '../text.js';

const OPENING = /^["“'‘]$/;
const CLOSING = /^["”'’]$/;
/** A nickname's word: capitalised, short, no sentence inside ("Babe", "Pacman", "Bato"). */
const NICK_WORD = /^\p{Lu}[\p{L}.-]{0,14}$/u;

/**
 * The index of the surname after a quoted nickname that starts at toks[i] (an opening quotation mark right
 * after a given name), or undefined when toks[i] opens no nickname. The shape: given name, one space, an
 * opening mark glued to one or two capitalised words, a closing mark glued to them, one space, a capitalised
 * word, the surname.
 */
export function nicknameSurnameAt(work: string, toks: Token[], i: number, cur: Token[]): number | undefined {
  const open = toks[i];
  const given = cur[cur.length - 1];
  if (!open || !given || !OPENING.test(open.text) || work.slice(given.end, open.start) !== ' ')
    return undefined;
  // (The name so far is a person's: its last or its first word a known given name.)
  if (!isFirstName(given.text) && !isFirstName(cur[0]!.text)) return undefined;
  let k = i + 1;
  const words: Token[] = [];
  while (k < toks.length && words.length < 3 && NICK_WORD.test(toks[k]!.text) && toks[k]!.cap)
    words.push(toks[k++]!);
  const close = toks[k];
  if (words.length === 0 || words.length > 2 || !close || !CLOSING.test(close.text)) return undefined;
  if (words[0]!.start !== open.end || close.start !== words[words.length - 1]!.end) return undefined;
  // (The same mark closes as opened, or its curly pair: not the end of a quotation opened before.)
  if ((open.text === '"') !== (close.text === '"')) return undefined;
  const surname = toks[k + 1];
  if (!surname || work.slice(close.end, surname.start) !== ' ') return undefined;
  return surname.cap ? k + 1 : undefined;
}
