// A report of someone else's act: "RNA reported that the ministry has informed the envoy of its “…”". The
// one who reports (an outlet, a body) only relays the clause after "that"; the subject of that clause,
// a name or body followed by its own verb, is the one whose words the quotation in it are. So with a
// verb of saying when the clause's subject is a person acting ("A Foreign Ministry statement said
// Ambassador X had shown …, describing … as “…”"): a judging participle after it ("calling", "describing
// … as") is the person's, not the reporting body's; not when the person is acted on ("X had been
// summoned"), the participle's object is a person ("…, calling him “…”"), the participle goes on with
// the report ("…, adding that …") or a person reports ("Y said X had met him, describing …").
import { isVerb } from '../context.js';
import type { Entity } from '../entities/index.js';
import type { Attribution, SpeakerIndex } from './speakers.js';
import { REPORTING_THAT, sayingAlternation } from '../saying-verbs.js';

/** A verb of reporting, then "that" (its end is the clause's start). */
const REPORTED_THAT = /^\s*(?:has\s+|had\s+|also\s+)*report(?:s|ed)?\s+that\s+/i;
/** A verb of saying, perhaps "in a statement" or "on Monday", perhaps "that" (its end is the clause's start). */
const SAID_THAT = new RegExp(
  String.raw`^[^,;:“”"]{0,40}?\b(?:${sayingAlternation(REPORTING_THAT)})\s+(?:(?:in|on)\s+[^,;:“”"]{1,40}?\s+(?=that\s|\p{Lu}))?(?:that\s+)?`,
  'u',
);
/** Participles that judge what the clause's subject did or met ("calling it", "describing … as", "terming"). */
const JUDGING = /^(?:calling|describing|terming|labell?ing|branding|dubbing|characteri[sz]ing)\b/;
/** The participle's object is a person ("calling him", "describing her as"): someone else speaks. */
const PERSON_OBJECT = /^\p{L}+\s+(?:him|her)\b/u;

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
  reporter?: Entity,
): Attribution | undefined {
  const reported = REPORTED_THAT.exec(work.slice(at, limit));
  // (A person who said it may be the one judging: "X said Y had met him, describing the talks as …".)
  const judging = JUDGING.test(work.slice(limit, limit + 20)) && reporter?.type !== 'Person';
  const said = reported || !judging ? null : SAID_THAT.exec(work.slice(at, limit));
  const m = reported ?? said;
  if (!m || (said && PERSON_OBJECT.test(work.slice(limit, limit + 40)))) return undefined;
  const who = sp.whoAt(at + m[0].length, limit, anchor);
  if (!who?.att.speaker || (said && who.att.speaker.type !== 'Person')) return undefined;
  const verb = CLAUSE_VERB.exec(work.slice(who.end, limit))?.[1];
  if (!verb || !isVerb(verb)) return undefined;
  return { speaker: who.att.speaker, rule: `quotes:${said ? 'said' : 'reported'}-clause-subject` };
}
