// A person whose words a body reports: "Vice Minister X said in a meeting with Y, the Foreign Ministry said
// on Sunday, that the move was “…”", "X also met Y and made “…”, the ministry said". The quotation is in
// the person's clause; the body (or country) only reports it, so the person who opens the sentence as the
// subject of an active verb is the speaker.
import { isVerb } from '../context.js';
import type { Entity } from '../entities/index.js';
import type { Quote } from './find.js';
import type { SpeakerIndex } from './speakers.js';

/** Titles, capitalised words and short openers before a sentence's subject ("Earlier, Vice Foreign Minister"). */
const SUBJECT_LEAD =
  /^\s*(?:(?:On|Earlier|Later|Meanwhile|Separately|However|Also)\b[^,]{0,30},\s*)?(?:(?:the|The|\p{Lu}[\p{L}.’'-]*)\s+)*$/u;
/** After the subject: auxiliaries and adverbs, then an active verb (its word in group 1). */
const ACTIVE_VERB =
  /^\s+(?:(?:has|have|had|also|then|later|earlier|again|further|on \p{Lu}\p{Ll}+|\p{Ll}+ly)\s+)*(\p{Ll}+)\b/u;
/** A report set off by a comma: ", the ministry said", ", an official told". */
const SET_OFF_REPORT =
  /,\s*(?:the\s|an?\s|\p{Lu})[^,.;:“”"]{0,60}?\b(?:said|says|stated|announced|reported|added|told)\b/u;

/** The person opening the quotation's sentence as an active subject, when a body or country was credited. */
export function reportedPerson(
  work: string,
  sp: SpeakerIndex,
  q: Quote,
  sentStart: number,
  sentEnd: number,
  credited: Entity | undefined,
): Entity | undefined {
  if (!credited || credited.type === 'Person') return undefined;
  const subject = sp.persons.find((m) => m.start >= sentStart && m.end <= q.open);
  if (!subject || !SUBJECT_LEAD.test(work.slice(sentStart, subject.start))) return undefined;
  const verb = ACTIVE_VERB.exec(work.slice(subject.end, q.open));
  if (!verb || !(isVerb(verb[1]!) || /^(?:said|says|told)$/.test(verb[1]!))) return undefined;
  // (The body must not be named before the person, and its verb must report the whole clause, set off by
  // a comma: "…, the ministry said that" or "“…”, the ministry said"; not "X recalled Denmark said “…”".)
  if (sp.all.some((m) => m.entity === credited && m.start >= sentStart && m.end <= subject.start))
    return undefined;
  const after = work.slice(q.close + 1, sentEnd);
  if (
    !SET_OFF_REPORT.test(work.slice(subject.end, q.open)) &&
    !SET_OFF_REPORT.test(`,${after.replace(/^[\s,]+/, '')}`)
  )
    return undefined;
  return subject.entity;
}
