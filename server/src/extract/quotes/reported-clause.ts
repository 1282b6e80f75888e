// A report of someone else's act: "RNA reported that the ministry has informed the envoy of its “…”". The
// one who reports (an outlet, a body) only relays the clause after "that"; the subject of that clause,
// a name or body followed by its own verb, is the one whose words the quotation in it are.
import { isVerb } from '../context.js';
import type { Attribution, SpeakerIndex } from './speakers.js';

/** A verb of reporting, then "that" (its end is the clause's start). */
const REPORTED_THAT = /^\s*(?:has\s+|had\s+|also\s+)*report(?:s|ed)?\s+that\s+/i;
/** After the clause's subject: auxiliaries and adverbs, then its verb (group 1). */
const CLAUSE_VERB =
  /^\s+(?:(?:has|have|had|also|then|later|earlier|again|further|on \p{Lu}\p{Ll}+|\p{Ll}+ly)\s+)*(\p{Ll}+)\b/u;

/** The subject of the clause a reporting verb at `at` introduces ("reported that X has informed"), or undefined. */
export function reportedClauseSubject(
  work: string,
  sp: SpeakerIndex,
  at: number,
  limit: number,
  anchor: number,
): Attribution | undefined {
  const m = REPORTED_THAT.exec(work.slice(at, limit));
  if (!m) return undefined;
  const who = sp.whoAt(at + m[0].length, limit, anchor);
  if (!who?.att.speaker) return undefined;
  const verb = CLAUSE_VERB.exec(work.slice(who.end, limit))?.[1];
  if (!verb || !isVerb(verb)) return undefined;
  return { speaker: who.att.speaker, rule: 'quotes:reported-clause-subject' };
}
