// The person a sentence has as its subject, read for a later "he"/"she" (context.ts's pronounAntecedent):
// not a possessor ("X's remarks referred to Y"), nor a person inside the sentence's opening phrase
// ("Before meeting X, Y held talks", "During X's visit, Y said"), nor one after a preposition.
import type { Mention } from './entities/index.js';
import type { Sentence } from './text.js';

/**
 * A sentence's opening prepositional, participial or subordinate phrase, up to its first comma ("After
 * meeting X,", "A day after X arrived,", "When X called,").
 */
const OPENING_PHRASE =
  /^\W*(?:(?:A|One|Two|Three|Several|Hours?|Days?|Weeks?|Shortly|Soon|Just|Moments?)\s+(?:\p{Ll}+\s+)?(?:after|before)|After|Before|During|Following|Upon|Despite|Ahead\s+of|Unlike|Like|While|When|Once|Although|Though|Because|As|At|On|In|With|Alongside|\p{Lu}\p{Ll}+ing)\b[^,;:“”"\n]*,/u;

/** A possessor: the mention is followed by "'s" ("Xi’s meeting", "Ushakov's comments"). */
const POSSESSIVE = /^['’]s?(?=\s)/;

/**
 * The first person of `ms` (mentions in sentence `s`, in order) who can be the sentence's subject, or
 * undefined when every one is a possessor, an object of a preposition (`afterPrep`) or in the opening phrase.
 */
export function subjectMention(
  work: string,
  s: Sentence,
  ms: Mention[],
  afterPrep: (m: Mention) => boolean,
): Mention | undefined {
  const opening = OPENING_PHRASE.exec(work.slice(s.start, Math.min(s.end, s.start + 200)));
  const phraseEnd = opening ? s.start + opening[0].length : s.start;
  return ms.find(
    (m) => m.start >= phraseEnd && !afterPrep(m) && !POSSESSIVE.test(work.slice(m.end, m.end + 3)),
  );
}
