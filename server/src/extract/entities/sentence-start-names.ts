// A sentence's first word that the lexicon knows only as a short noun, right before one name word that
// ends the run ("Wang Yi said", "Wang Wenbin told reporters"), is a surname written first, not a common
// word capitalised by its place: the run stays whole. Longer nouns, plurals, adverbs and adjectives
// ("Officials", "Meanwhile", "Later") are still read as the sentence's own first word.
import { demonymCountry, isCommonWord, isKnownPlace, lexTags } from '../lexicon.js';
import type { Token } from '../text.js';
import { isTitle } from './chunking.js';

/** Whether the two-word run `c` is "<short noun> <name word>", a name written surname first. */
export function nounBeforeName(c: Token[]): boolean {
  if (c.length !== 2) return false;
  const [first, name] = [c[0]!.text, c[1]!.text];
  if (!/^\p{Lu}\p{Ll}{1,4}$/u.test(first) || !/^\p{Lu}\p{Ll}+$/u.test(name)) return false;
  const tags = lexTags(first);
  if (!tags.length || !tags.every((t) => t === 'Noun' || t === 'Singular')) return false;
  return !isCommonWord(name) && !isTitle(name) && !isKnownPlace(name) && !demonymCountry(name);
}
