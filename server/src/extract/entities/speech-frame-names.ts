// A lone unknown capitalised word in a speech verb's subject slot where the sentence frames a quotation:
// after the verb that follows a closing mark ('…,” said Mbeki.') or before a verb of saying whose sentence
// goes on to a quotation ('Mbeki said the plan was “dead”'). singles.ts reads it as a person's name
// (rule surname-in-speech-frame); the lexicon's places, bodies, outlets, months and weekdays never are.
import { QUOTE_FRAME_VERBS, sayingAlternation, SAYING_AFTER_SUBJECT } from '../saying-verbs.js';

/** A closing mark, a comma, then a verb of a quotation's reporting clause, right before the name. */
const INVERTED_FRAME_BEFORE = new RegExp(
  String.raw`[”"],?[^\S\n]+(?:${sayingAlternation(QUOTE_FRAME_VERBS)})[^\S\n]+$`,
);
/** A verb of saying right after the name, its clause going on in lower case (or "that"). */
const SAYING_THEN_CLAUSE = new RegExp(
  String.raw`^[^\S\n]+(?:${sayingAlternation(SAYING_AFTER_SUBJECT)})[^\S\n]+(?=\p{Ll})`,
  'u',
);
/** Where the name's sentence starts: a line's start, or a full stop and a space. */
const SENTENCE_START_BEFORE = /(?:^|\n[^\S\n]*|[.!?][”"]?[^\S\n]+)$/;

/** Whether the name at [start, end) stands in the subject slot of a speech verb framing a quotation. */
export function inSpeechFrame(work: string, start: number, end: number): boolean {
  const before = work.slice(Math.max(0, start - 40), start);
  if (INVERTED_FRAME_BEFORE.test(before)) return /^[^\S\n]*(?:[.,;]|\n|$)/.test(work.slice(end, end + 2));
  if (!SENTENCE_START_BEFORE.test(work.slice(Math.max(0, start - 4), start))) return false;
  const after = work.slice(end, end + 300);
  const verb = SAYING_THEN_CLAUSE.exec(after);
  if (!verb) return false;
  // (The quotation opens before the sentence ends: "Mbeki said the talks were “useful”.")
  const rest = after.slice(verb[0].length);
  const stop = rest.search(/[.!?](?:[^\S\n]+\p{Lu}|\n|$)|\n/u);
  return /[“"]/.test(stop < 0 ? rest : rest.slice(0, stop));
}
