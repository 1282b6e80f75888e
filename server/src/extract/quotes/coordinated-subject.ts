// The subject of a verb of saying joined by "and" to a first clause whose verb is a copula ("X is not a
// member of Y and has said that …", "X was not consulted by Y and said …"): the name that opens the
// sentence before that first verb, not the object or complement named after it (the verb test of the
// coordinated-verb reading knows no copula, so it passed over X and took Y).
import type { Mention } from '../entities/index.js';
import type { SpeakerIndex } from './speakers.js';

/** Right after the opening name: adverbs, then a copula ("is", "was", "has been"). */
const COPULA_NEXT = /^\s+(?:(?:also|still|then|\p{Ll}+ly)\s+)*(?:is|are|was|were|(?:has|have|had)\s+been)\b/u;
/** Before the opening name: nothing, "The", or a short opener closed by a comma ("On Friday,"). */
const OPENS = /^\s*(?:[^,]{0,25},\s*)?(?:[Tt]he\s+)?$/;

/** The name opening the sentence before a copula when the verb at verbPos is joined to it by "and". */
export function copulaClauseSubject(
  work: string,
  sp: SpeakerIndex,
  sentStart: number,
  verbPos: number,
): Mention | undefined {
  if (!/\band\s+(?:(?:also|then|later|has|have|had|\p{Ll}+ly)\s+)*$/u.test(work.slice(sentStart, verbPos)))
    return undefined;
  const m = sp.all.find((x) => x.start >= sentStart && x.end <= verbPos);
  if (!m || !OPENS.test(work.slice(sentStart, m.start))) return undefined;
  // (The name's titles and body may run on: "Foreign Ministry spokesman X is …": the last of the run.)
  const run = sp.mentionsAt(m.start, verbPos);
  const subject = run.length ? run[run.length - 1]! : m;
  return COPULA_NEXT.test(work.slice(subject.end, subject.end + 40)) ? subject : undefined;
}
