// Middle parts of a person's name that the tokens cut apart, kept inside one name by the chunker:
// - initials whose last point is left off ("Fares H.F Alqub", "Mohammad A.K.M Rahman"): one middle part,
//   as "H.F." is;
// - a nickname in quotation marks ("Jose Manuel "Babe" Romualdez", "Manny 'Pacman' Pacquiao"): passed over,
//   so the given name and the surname make one name without it (the text as written is a mention's alias).
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

/**
 * The index of the last initial of a run such as "H.F", "A.B.C" or "A.K. M" (tokens "A.K." and "M") that
 * starts with `prev` (an initial after a name's first word) and goes on at toks[i], when a capitalised word
 * (the surname) follows after one space; undefined otherwise ("H.F." alone is one token, never read here).
 */
export function unpointedInitialsEnd(
  work: string,
  toks: Token[],
  i: number,
  prev: Token,
): number | undefined {
  if (!/^(?:\p{Lu}\.)*\p{Lu}\.?$/u.test(prev.text)) return undefined;
  const capital = (t: Token | undefined, at: number) => !!t && t.start === at && /^\p{Lu}$/u.test(t.text);
  let k = i;
  let last = prev;
  // (At most four initials: a capital glued after a point, or a point and a capital glued after a capital.)
  for (let n = 0; n < 4; n++) {
    if (last.text.endsWith('.') && capital(toks[k], last.end)) last = toks[k++]!;
    else if (toks[k]?.text === '.' && toks[k]!.start === last.end && capital(toks[k + 1], toks[k]!.end)) {
      last = toks[k + 1]!;
      k += 2;
    } else break;
  }
  const surname = toks[k];
  if (last === prev || !surname || !/^\p{Lu}\p{Ll}/u.test(surname.text)) return undefined;
  return work.slice(last.end, surname.start) === ' ' ? k - 1 : undefined;
}
