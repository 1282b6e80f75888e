// Two readings of a quotation's speaker from around its sentence rather than a verb of saying beside it:
// - a person or body as the subject right before the quotation, whose words are the sentence's verb ("The ministry “strongly
//   condemns” the attacks", "The European Union “deeply regrets” the decision"): that subject speaks;
// - a quotation standing alone as its own line that the next paragraph continues with the same voice
//   ("“…”" then "The ministry added that …", "Ms Doe also said …"): the subject of that continuation;
// - a sentence before a quotation standing alone that reports a statement: its issuer, the subject ("X
//   issued a statement") or the one named after the noun ("the statement issued by X", "Statement of X").
import { isVerb } from '../context.js';
import type { Sentence } from '../text.js';
import type { Quote } from './find.js';
import type { Attribution, SpeakerIndex } from './speakers.js';
import { subjectOfSpeech, type SpeechContext } from './speech-subject.js';
import { issuerNamedIn } from './statement-issuer.js';
import { responseOwner } from './colon-lead.js';

/** The sentence's opening subject, then perhaps an adverb or auxiliary, right before the quotation. */
const SUBJECT_GAP = /^\s*(?:(?:also|has|have|had|further|again|still|now|\p{Ll}+ly)\s+)*$/u;
/** Words that open a verb phrase: an adverb, an auxiliary or a modal. */
const FINITE =
  /^(?:\p{Ll}{3,}ly|will|would|must|should|can|cannot|could|may|might|has|have|had|is|are|was|were|does|did|remains)$/u;
/** A verb of saying that continues what the same speaker said before. */
const CONTINUES =
  /^[^“”"\n]{0,80}?\b(?:added|adds|continued|went on|(?:also|further)\s+(?:said|says|noted|stressed|warned|urged|stated|wrote))\b/;

/** "The ministry “strongly condemns” the attacks": the subject whose verb the quotation is. */
export function subjectBeforeQuotedVerb(
  work: string,
  sp: SpeakerIndex,
  q: Quote,
  sentStart: number,
): Attribution | undefined {
  // (The words open with a finite verb, an adverb or an auxiliary: "the US “terrorist list”" is a name.)
  const first = /^\p{Ll}+/u.exec(work.slice(q.start, q.end))?.[0] ?? '';
  if (!(FINITE.test(first) || (/(?:s|ed)$/.test(first) && isVerb(first)))) return undefined;
  // (At the sentence's start, or after an opening phrase closed by a comma: "On Monday, the ministry …".)
  const lead = /^[^,“”"]{0,40},\s*/.exec(work.slice(sentStart, q.open));
  for (const from of lead ? [sentStart, sentStart + lead[0].length] : [sentStart]) {
    const who = sp.whoAt(from, q.open, q.open);
    // (A person or a body: a country's "the US “played deaf”" is more often a paraphrase of its critic.)
    if (who?.att.speaker && who.att.speaker.type !== 'Place' && SUBJECT_GAP.test(work.slice(who.end, q.open)))
      return { speaker: who.att.speaker, rule: 'quotes:subject-of-quoted-verb' };
  }
  return undefined;
}

/** A quotation that is its whole line, continued by the next paragraph's "X added …": X. */
export function continuedInNextParagraph(
  ctx: SpeechContext,
  sents: Sentence[],
  q: Quote,
): Attribution | undefined {
  const { work } = ctx;
  const lineEnd = work.indexOf('\n', q.close + 1);
  if (lineEnd < 0 || /\S/.test(work.slice(q.close + 1, lineEnd))) return undefined;
  if (/\S/.test(work.slice(work.lastIndexOf('\n', q.open) + 1, q.open))) return undefined;
  const s = sents.find((x) => x.start > q.close);
  if (!s || s.para !== q.para + 1 || !CONTINUES.test(work.slice(s.start, s.end))) return undefined;
  const said = subjectOfSpeech(ctx, s.start, s.end).named?.speaker;
  return said ? { speaker: said, rule: 'quotes:continued-next-paragraph' } : undefined;
}

/** A sentence that reports a statement issued: "X issued a statement", "In a statement, X summoned …". */
const ISSUES =
  /\b(?:in|issued|released|published|put out)\s+(?:a|an|its|the)\s+(?:\p{L}+\s+)?(?:statement|press release|communiqu[ée])\b/iu;

/** The subject of a sentence that reports a statement, for a quotation standing alone after it. */
export function issuerOfSentence(work: string, sp: SpeakerIndex, s: Sentence): Attribution | undefined {
  const text = work.slice(s.start, s.end);
  // ("The following is the statement issued by X.", "Statement of X on …": the issuer named after it.)
  const named = issuerNamedIn(work, sp, s.start, s.end);
  if (named) return { speaker: named, rule: 'quotes:issuer-of-paragraph' };
  // ("The ministry's reaction came within hours.": the one who replied.)
  const replied = responseOwner(work, sp, s);
  if (replied) return replied;
  if (!ISSUES.test(text.replace(/[“"][^”"]*[”"]/g, ' '))) return undefined;
  // (After an opening phrase closed by a comma: "In a statement, X …", "Within an hour, X issued …".)
  const lead = /^\s*[^,“”"]{0,40},\s*/.exec(text);
  const who = sp.whoAt(s.start + (lead?.[0].length ?? 0), s.end, s.start);
  if (!who?.att.speaker || who.att.speaker.type === 'Place') return undefined;
  // (The subject of a verb: "X issued …", "X summoned … in a statement", not "X's envoy".)
  const verb = /^\s*(?:(?:has|have|had|also|on \p{Lu}\p{Ll}+)\s+)*(\p{Ll}+)/u.exec(
    work.slice(who.end, s.end),
  );
  return verb && /(?:ed|s)$/.test(verb[1]!)
    ? { speaker: who.att.speaker, rule: 'quotes:issuer-of-paragraph' }
    : undefined;
}

/** Rules that read a quotation's attribution after its closing mark. */
const CREDITED_AFTER = new Set([
  'quotes:name',
  'quotes:body-by-kind',
  'quotes:spokesperson-for',
  'quotes:the-statement',
  'quotes:owner-voice',
  'quotes:role-holder',
  'quotes:role-coreference',
  'quotes:the-spokesperson',
  'quotes:the-named-spokesperson',
  'quotes:collective-body',
  'quotes:governing-body',
  'quotes:quoted-as-saying',
  'quotes:reporting-clause-after',
]);

/**
 * A quotation that is its whole line, no one credited before it, and the next paragraph opening with a
 * quotation credited after its close ("“…”" then "“…,” the ministry said."): one voice over two lines.
 */
export function creditedNextLine(work: string, quotes: Quote[], q: Quote): Attribution | undefined {
  const lineEnd = work.indexOf('\n', q.close + 1);
  if (lineEnd < 0 || /\S/.test(work.slice(q.close + 1, lineEnd))) return undefined;
  if (/\S/.test(work.slice(work.lastIndexOf('\n', q.open) + 1, q.open))) return undefined;
  const next = quotes.find((x) => x.open > q.close);
  if (!next?.speaker || next.para !== q.para + 1 || !CREDITED_AFTER.has(next.rule ?? '')) return undefined;
  if (/\S/.test(work.slice(work.lastIndexOf('\n', next.open) + 1, next.open))) return undefined;
  return { speaker: next.speaker, rule: 'quotes:credited-next-line' };
}
