// "According to X, Y said …": a source that only relays, and a subject after the comma with its own verb
// of saying. Y speaks ("According to TASS, Kremlin spokesman Dmitry Peskov said: “…”", "According to the
// ministry, the minister told reporters “…”", "According to Reuters, he said “…”"), not the source.
import type { Mention } from '../entities/index.js';
import { SAYING_AFTER_SUBJECT, sayingAlternation } from '../saying-verbs.js';
import { HEAD_OF_MISSION, SPOKESPERSON } from '../role-nouns.js';

/** Between a subject and its verb: auxiliaries, adverbs, a day, or one aside between commas. */
const TO_VERB =
  /^(?:\s*,[^,;“”"]{1,80},)?(?:\s+(?:has|have|had|also|then|later|earlier|again|further|on \p{Lu}\p{Ll}+|\p{Ll}+ly))*\s+$/u;

/** Verbs of saying that open a clause's own report (not "announced", "described": a clause's object). */
const SAID = new RegExp(`^(?:${sayingAlternation(SAYING_AFTER_SUBJECT, ['announced'])})$`, 'i');
/** From the comma to the subject: a few capitalised words or titles, nothing else ("Kremlin spokesman"). */
const CLAUSE_OPENING = new RegExp(
  String.raw`^\s*(?:the\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|${SPOKESPERSON}|minister|foreign|deputy|president|${HEAD_OF_MISSION}|secretary|official|chief|head|prime|press|senior|top)\s+){0,5}$`,
  'u',
);

/**
 * Whether the clause after the comma of an opening "According to X," has a subject of its own before the
 * verb of saying at `verbPos` (a name or "he"/"she" right before it): then the clause's subject speaks.
 */
export function relayedSubjectAfter(
  work: string,
  all: Mention[],
  comma: number,
  verbPos: number,
  verb: string,
  inQuote: (pos: number) => boolean,
): boolean {
  if (comma < 0 || verbPos <= comma || !SAID.test(verb)) return false;
  const clause = work.slice(comma + 1, verbPos);
  if (/[“"”]/.test(clause) || inQuote(verbPos)) return false;
  if (/^\s*(?:he|she)\s+(?:(?:has|have|had|also|then|later|\p{Ll}+ly)\s+)*$/iu.test(clause)) return true;
  return all.some(
    (m) =>
      m.start > comma &&
      CLAUSE_OPENING.test(work.slice(comma + 1, m.start)) &&
      m.end <= verbPos &&
      !inQuote(m.start) &&
      TO_VERB.test(work.slice(m.end, verbPos)),
  );
}
