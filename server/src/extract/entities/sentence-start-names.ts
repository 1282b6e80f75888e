// A sentence's first word that the lexicon knows only as a short noun, right before one name word that
// ends the run ("Wang Yi said", "Wang Wenbin told reporters"), is a surname written first, not a common
// word capitalised by its place: the run stays whole. Longer nouns, plurals, adverbs and adjectives
// ("Officials", "Meanwhile", "Later") are still read as the sentence's own first word. A run that ends in
// a body's head word ("Amnesty International said", "Justice Ministry officials") keeps its first word too.
import { demonymCountry, isCommonWord, isKnownPlace, lexTags, ORG_HEADS } from '../lexicon.js';
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

/** A determiner or pronoun that opens a sentence before a head word ("Our Government", "Many Times"). */
const DETERMINER =
  /^(?:This|That|These|Those|Our|Their|His|Her|Its|My|Your|Every|Each|Many|Some|Both|All|No|Another|Other|Such|Any)$/;

/**
 * Whether the run `c` names a body by its head ("Amnesty International", "Justice Ministry", "Committee to
 * …" of three words or more): its first word is then part of the name, not a capitalised common word.
 */
export function bodyByItsHead(c: Token[]): boolean {
  if (!ORG_HEADS.has(c[c.length - 1]!.text.toLowerCase())) return false;
  // ("As Ukrainian News Agency reported", "While Foreign Ministry officials …": a preposition or a
  // conjunction opening the sentence is no name's first word, however long the run.)
  if (lexTags(c[0]!.text).some((t) => /^(?:Preposition|Conjunction|QuestionWord)$/.test(t))) return false;
  if (c.length >= 3) return true;
  // Two words: a noun before the head, no adjective, superlative, participle or adverb ("Latest News",
  // "Featured Post", "Only News" are a page's furniture).
  const tags = lexTags(c[0]!.text);
  return (
    c.length === 2 &&
    !DETERMINER.test(c[0]!.text) &&
    !tags.some((t) =>
      /^(?:Adjective|Superlative|Comparative|PastTense|Gerund|Adverb|Verb|Infinitive)$/.test(t),
    )
  );
}
