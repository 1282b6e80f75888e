// A pronoun that opens its sentence's main clause right after an opening phrase ("After meeting X, he
// said …", "Referring to X, she said …", "In talks with X, he warned …", "Asked about X, she said …"):
// the persons named in that phrase are objects of its participle or preposition, and the pronoun is the
// subject the phrase itself belongs to, so its antecedent is sought before the sentence. Not when a person
// in the phrase has a verb of its own ("After X arrived, he said": a clause whose subject may be the
// pronoun's), nor when the phrase opens with a name ("Beijing, he said").
import { isVerb } from '../context.js';
import type { Mention } from '../entities/index.js';
import { indexAt, type Sentence } from '../text.js';

/** An opening participle or prepositional phrase, closed by the comma right before the pronoun. */
const OPENING_PHRASE =
  /^\s*(?:\p{Lu}\p{Ll}+(?:ing|ed)|After|Before|During|In|At|On|Following|Upon|Despite|Ahead of|With|Unlike|Regarding|About)\b[^,;:“”"\n]*,\s*$/u;

/** A verb right after a mention ("X arrived", "X has met"): the person is a clause's subject. */
const OWN_VERB = /^\s+(?:(?:has|have|had|also)\s+)*(\p{Ll}+)/u;

/**
 * Where to look back from for the antecedent of a pronoun at pos: the start of its sentence when an
 * opening phrase whose persons are only objects stands before it, else pos itself.
 */
export function pronounSearchFrom(work: string, sents: Sentence[], all: Mention[], pos: number): number {
  const s = sents[indexAt(sents, pos)];
  if (!s || s.start >= pos) return pos;
  if (!OPENING_PHRASE.test(work.slice(s.start, pos))) return pos;
  const inPhrase = all.filter((m) => m.start >= s.start && m.end <= pos);
  const lead = /^\s*/.exec(work.slice(s.start, pos))![0].length;
  if (!inPhrase.some((m) => m.entity.type === 'Person') || inPhrase.some((m) => m.start === s.start + lead))
    return pos;
  const ownVerb = (m: Mention) => {
    const w = OWN_VERB.exec(work.slice(m.end, m.end + 40))?.[1] ?? '';
    return /(?:ed|s)$/.test(w) && isVerb(w);
  };
  return inPhrase.some(ownVerb) ? pos : s.start;
}
