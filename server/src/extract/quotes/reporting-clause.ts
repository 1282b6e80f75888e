// The last sentence-level reading of a quotation's speaker, for one no earlier rule attributed: the subject
// of any reporting verb of its sentence (a broad lexicon of verbs of saying in all their forms), after the
// quotation first ("“…” the embassy in Tokyo later insisted"), then before it ("The envoy, who arrived on
// Monday, insisted that it was “…”"), read as a phrase by the speaker index (a name with its titles, a
// pronoun, a body or role by its kind), with asides, adverbs and where/when phrases allowed between the
// subject and its verb (not a name after an unnamed one's preposition: "an aide to President X told");
// or the phrase right after an inverted verb ("…,” insisted the minister"); or the phrase opening the
// sentence when a participle of saying after a comma reports the words ("The spokesman rejected the
// claims, adding: “…”": the participle's subject is the clause's); or a source the sentence ends on ("“…”, which include …, according to X.") when it has no verb of saying.
import { OUTLET_NAME } from '../clauses/outlets.js';
import type { Quote } from './find.js';
import { insideCircumstanceAside, NAME_LEAD } from './speaker-phrases.js';
import { reportedClauseSubject } from './reported-clause.js';
import { ENVOY_TO } from './role-apposition.js';
import type { Attribution, SpeakerIndex } from './speakers.js';
import { matchesOf } from '../regex-matches.js';
import { QUOTE_REPORTING_ANY_FORM, sayingAlternation } from '../saying-verbs.js';

/** A verb of saying in any form, as it may follow its subject. */
export const REPORTING_VERB = new RegExp(
  String.raw`\b(?:${sayingAlternation(QUOTE_REPORTING_ANY_FORM)})\b`,
  'gi',
);

/** Before a quotation, words that make it a noun phrase's part: a determiner, a possessive, a preposition. */
const NOUN_PHRASE_LEAD = /\b(?:the|a|an|its|his|her|their|our|of|in|on|with|not)\s*$/i;
/** Verbs that report only with no object after them ("announced." / "announced that" / "announced on Friday"). */
const TRANSITIVE =
  /^(?:announc|call|describ|term|urg|accus|denounc|demand|ask|promis|threaten|pledg|confirm|post|claim|acknowledg|report|reveal)/i;
const CLAUSE_END = /^\s*(?:[.,;:]|$|that\b|on\s+\p{Lu}|in\s+an?\s+\p{Ll}+)/u;

/** A participle of saying after a comma, perhaps with "also"/"then" ("…, adding:", "…, saying that"). */
const SAYING_PARTICIPLE =
  /,\s*(?:(?:also|then|further|while)\s+)?(?:saying|adding|noting|stressing|stating|warning|insisting|explaining|arguing|declaring|asserting|emphasi[sz]ing|underlining|calling|describing|branding|terming|labell?ing)\b/gi;

/** A word that opens a clause with its own subject. */
const SUBORDINATE =
  /\b(?:after|before|as|when|while|because|since|although|though|where|who|which|that|whom|whose|if|until|and|but)\b/i;

/** The sentence's last ", according to" (no quotation after it). */
const ACCORDING_LAST = /,\s*according\s+to\s+(?![^“”"]*\baccording\b)(?=[^“”"]*$)/i;

/** What may stand between a subject and its verb: auxiliaries, adverbs, an aside, when and where. */
const GAP =
  /^(?:[\s,]*(?:(?:has|have|had|also|then|later|further|again|previously|earlier|once again|too|however|separately|meanwhile|long|always|still|for (?:its|their|his|her) part|in turn|in response|in reply|by contrast|on \p{Lu}\p{Ll}+|last \p{Ll}+|this \p{Ll}+|in a (?:\p{Ll}+\s+)?(?:statement|post|tweet|message|interview|speech)|(?:in|at|from) (?:the )?[\p{L}.-]+(?: [\p{L}.-]+){0,2}?(?=[\s,])|\p{Ll}+ly)\b|,\s*(?:who|which)\s[^,“”"]{0,80},|,\s*\p{Ll}+ing\s[^,“”"]{0,60},|,\s*(?:in|on|at|during|after)\s[^,“”"]{0,60},|,\s*(?:the|an?)\s[^,“”"]{0,80},))*[\s,]*$/u;

/** "RTVE reported that …": an outlet's report carries someone else's words, so it credits no one. */
const outletReports = (work: string, v: { at: number; end: number }, a: Attribution) =>
  /^report/i.test(work.slice(v.at, v.end)) &&
  (OUTLET_NAME.test(a.speaker?.name ?? '') || OUTLET_NOUN.test(work.slice(Math.max(0, v.at - 40), v.at)));
/** A common noun that calls the name beside it an outlet ("state broadcaster RTVE reported"). */
const OUTLET_NOUN =
  /\b(?:broadcaster|agency|channel|newspaper|daily|outlet|network|television|radio|media)\b/i;

/** A capitalised verb-like word inside a name ("the United States", "the Jakarta Post") is no verb. */
const insideName = (sp: SpeakerIndex, work: string, at: number) =>
  /\p{Lu}/u.test(work[at]!) && sp.all.some((m) => m.start < at && at < m.end);

/** "what" and a name with its titles before a verb: the verb of a free relative ("what President X said"). */
const FREE_RELATIVE_VERB = /\bwhat\s+(?:(?:the|\p{Lu}[\p{L}.'’-]*)\s+){1,5}$/u;

/** A preposition that ends the text before a word. */
const PREP_END = /\b(?:to|from|with|by|of|on|at|in|for|about|against|than|into|over)\s+$/i;
/** An unnamed one's noun phrase, then its preposition: "an aide to ", "a source close to ", "one of ". */
const UNNAMED_OF =
  /\b(?:an?|one|two|three|several|some)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:to|of|for|with|from|at)\s+/gu;
/** Where the text after the last such phrase starts (-1 when it has none). */
const unnamedOfEnd = (head: string) => {
  let end = -1;
  for (const m of matchesOf(UNNAMED_OF, head)) end = m.index + m[0].length;
  return end;
};

/** An open relative aside at the end of the text before a word (", who met ", ", whom … received "). */
const RELATIVE_OPEN = /,\s*(?:who|whom|whose|which)\s[^,"“”]*$/u;

/** Where each word starts in [from, to). */
const wordStarts = (work: string, from: number, to: number) =>
  matchesOf(/(?:^|[\s(,])(?=[\p{L}])/gu, work.slice(from, to)).map((m) => from + m.index + m[0].length);

/** The speaker a reporting verb's subject names, or its inverted subject after it. */
function subjectOf(
  work: string,
  sp: SpeakerIndex,
  from: number,
  verbAt: number,
  verbEnd: number,
  limit: number,
  anchor: number,
): Attribution | undefined {
  for (const at of wordStarts(work, from, verbAt)) {
    // (The object of a preposition is no subject: "the talks with the minister ended, he said".)
    // (Nor a name after an unnamed one's preposition and titles: "an aide to President X told Reuters".)
    const head = work.slice(from, at);
    const prep = unnamedOfEnd(head);
    if (PREP_END.test(head) || (prep >= 0 && NAME_LEAD.test(head.slice(prep)))) continue;
    // (Nor a name in an aside of where or in what act: "X, after meeting Y in Z, said".)
    if (insideCircumstanceAside(head, work.slice(at, verbAt))) continue;
    // (Nor a name in a relative aside closed before the verb: "The envoy, who met X on Monday, said".)
    if (RELATIVE_OPEN.test(head) && /,/.test(work.slice(at, verbAt))) continue;
    const who = sp.whoAt(at, verbAt, anchor);
    // (Nor the body or country an envoy is sent to: "the UK's ambassador to the UN said".)
    if (who?.att.speaker && who.att.speaker.type !== 'Person' && ENVOY_TO.test(head.slice(-80))) continue;
    if (who?.att.speaker && GAP.test(work.slice(who.end, verbAt))) return who.att;
  }
  // "…,” insisted the minister": the phrase right after the verb.
  if (/^[\s,]*$/.test(work.slice(from, verbAt))) {
    const who = sp.whoAt(verbEnd, limit, anchor);
    if (who?.att.speaker) return who.att;
  }
  return undefined;
}

export function reportingClauseSpeaker(
  work: string,
  sp: SpeakerIndex,
  inQuote: (pos: number) => boolean,
  q: Quote,
  sentStart: number,
  sentEnd: number,
): Attribution | undefined {
  // A quoted noun phrase ("In response to the “…” of X", "deemed not “in accordance with …”") is a label
  // or an echo inside the clause, not a quotation a reporting clause credits.
  if (NOUN_PHRASE_LEAD.test(work.slice(Math.max(sentStart, q.open - 12), q.open))) return undefined;
  const verbs = (from: number, to: number) =>
    matchesOf(REPORTING_VERB, work.slice(from, to))
      .map((m) => ({ at: from + m.index, end: from + m.index + m[0].length }))
      .filter((v) => !inQuote(v.at) && !insideName(sp, work, v.at));
  // After the quotation: the first verb, its subject between the closing mark and it.
  for (const v of verbs(q.close + 1, sentEnd).slice(0, 2)) {
    // ("…” …, X has announced sanctions": a verb that takes an object reports only when none follows.)
    if (TRANSITIVE.test(work.slice(v.at, v.end)) && !CLAUSE_END.test(work.slice(v.end, v.end + 30))) continue;
    const a = subjectOf(work, sp, q.close + 1, v.at, v.end, sentEnd, q.open);
    if (a?.speaker && !outletReports(work, v, a))
      return { speaker: a.speaker, rule: `quotes:reporting-clause-after` };
  }
  // ("“…”, which include …, according to X.": the source the sentence ends on, when no verb of saying
  // in the sentence gives the words to someone else.)
  const according = ACCORDING_LAST.exec(work.slice(q.close + 1, sentEnd));
  if (according && !verbs(q.close + 1, sentEnd).length && !verbs(sentStart, q.open).length) {
    const at = q.close + 1 + according.index + according[0].length;
    const who = sp.whoAt(at, sentEnd, q.open);
    if (who?.att.speaker && /^[^,;“”"]{0,30}[.!?]?\s*$/.test(work.slice(who.end, sentEnd)))
      return { speaker: who.att.speaker, rule: 'quotes:according-at-end' };
  }
  // Before it: the last verb first, its subject from the sentence's start.
  for (const v of verbs(sentStart, q.open).reverse().slice(0, 2)) {
    // ("responded to what X said last week, adding: “…”": the verb of a free relative, a clause away from
    // the quotation, reports X's other words, not these.)
    if (FREE_RELATIVE_VERB.test(work.slice(sentStart, v.at)) && work.slice(v.end, q.open).includes(','))
      continue;
    // ("X reported that Y has informed Z of its “…”": Y's words, which X relays.)
    const relayed = reportedClauseSubject(work, sp, v.at, q.open, q.open);
    if (relayed) return relayed;
    const a = subjectOf(work, sp, sentStart, v.at, v.end, q.open, q.open);
    if (a?.speaker && !outletReports(work, v, a))
      return { speaker: a.speaker, rule: `quotes:reporting-clause-before` };
  }
  return participleClauseSubject(work, sp, inQuote, q, sentStart);
}

/**
 * "The spokesperson pointed to the reactions, adding: “…”": a participle of saying after a comma, the
 * first of its sentence and the last verb-like word before the quotation, reports the words of the
 * phrase that opens the sentence (a role, a body, a pronoun the speaker index reads); names after it are
 * its verb's objects ("pointed to what X said, adding:"), unless a clause of their own opens between.
 */
function participleClauseSubject(
  work: string,
  sp: SpeakerIndex,
  inQuote: (pos: number) => boolean,
  q: Quote,
  sentStart: number,
): Attribution | undefined {
  const head = work.slice(sentStart, q.open);
  const ms = matchesOf(SAYING_PARTICIPLE, head).filter((m) => !inQuote(sentStart + m.index));
  if (ms.length !== 1) return undefined;
  const at = sentStart + ms[0]!.index;
  // (The quotation follows the participle within its clause: "adding: “…”", "saying that it was “…”".)
  if (/[,;]/.test(work.slice(at + ms[0]![0].length, q.open)) || q.open - at > 120) return undefined;
  const who = sp.whoAt(sentStart, at, q.open);
  if (!who?.att.speaker) return undefined;
  // (Nor a clause of its own between, whose subject the participle may take: "… after protesters
  // marched, calling it “…”".)
  if (SUBORDINATE.test(work.slice(who.end, at))) return undefined;
  return { speaker: who.att.speaker, rule: 'quotes:participle-clause-subject' };
}
