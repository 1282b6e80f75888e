// The quote-attribution pass over a paragraph and the one before it, for quotations every sentence-level
// reading left without a speaker (run after them, so the speakers of earlier quotations are final):
// - a sentence opened by "It" whose verb of saying comes after another verb ("It defended the police
//   while warning missions against “…” statements"): the body that opened the sentence before, or the
//   body quoted last in the paragraph or the one before, or the one body the sentence before names as an
//   actor (past a long opening phrase); opened by "He" or "She" ("He thanked X for …
//   and said the talks were “…”"): the person the pronoun stands for;
// - a quotation standing as its own sentence with nothing after it and no cue before it, right after a
//   sentence whose subject is a person or a body ("X summoned the ambassador on Monday." then "“…”"),
//   past an apposition ("X, Norway's prime minister, also weighed in." then "“…”"): that subject speaks;
// - a quotation inside the predicate of a sentence of narration (past tense, after the headline) that an
//   organisation opens as its subject ("The ministry issued a note over the “…” of the envoy"): that
//   organisation, unless the words qualify someone's remarks ("over his “…” remarks"); a country or a
//   person acting is often reported in another's words, so not them; in the lead too (a first paragraph
//   that is a full sentence, past a date marker glued to it), and past the object's appositive name
//   ("summoned the envoy, X, to protest the “…”");
// - a quotation in a sentence that has no verb of saying and names no person or body outside its
//   quotations (or standing alone), after sentences that name no one: the first sentence before that
//   names someone, if its subject spoke ("X rejected the claims on Tuesday. The claims were “…”"; "She
//   said …. Pakistan “remains committed” …"): that subject, or the person "He"/"She" is, or the issuer
//   of a statement it names ("as indicated in a statement from the ministry. This summons “…”");
// - an interview's answer ("A: “…”" after a line "Q: …", or "“…”" opening the line right after it): the
//   one person named in the last sentence that names someone before the first question line (who was
//   interviewed).
// Each finding records its rule (quotes:it-opening-sentence, quotes:pronoun-opening-sentence,
// quotes:subject-of-sentence-before, quotes:subject-of-own-sentence, quotes:speaker-of-sentence-before,
// quotes:issuer-of-sentence-before, quotes:interview-answer). (Tried and left out: a fragment in a
// sentence that names no one taking the previous quotation's speaker; on pages nobody tuned for it added
// words no one said.)
import { OUTLET_NAME } from '../clauses/outlets.js';
import { isVerb } from '../context.js';
import { lexTags } from '../lexicon.js';
import { indexAt, type Sentence } from '../text.js';
import type { Mention } from '../entities/index.js';
import type { Quote } from './find.js';
import type { Attribution, SpeakerIndex } from './speakers.js';
import { SPEECH_BEFORE } from './speech-subject.js';
import { APPOSITIVE } from './speaker-phrases.js';
import { issuerIn } from './statement-source.js';
import { agentOfSentenceBefore } from './agent-before.js';
import { matchesOf } from '../regex-matches.js';
import { SAYING_OR_STANCE_AFTER_SUBJECT, sayingAlternation } from '../saying-verbs.js';

/** Between a sentence's subject and its verb: auxiliaries, adverbs, a day. */
const TO_VERB =
  /^(?:['’]s\s+(?=\p{Ll}))?\s*(?:(?:on|last|late|early)\s+\p{Lu}\p{Ll}+\s+|(?:has|have|had|also|then|later|earlier|again|further|\p{Ll}+ly)\s+)*(\p{Ll}+)/u;
/** "It" opening its sentence, then a finite verb. */
const IT_OPENS = /^\s*It\s+(?:(?:has|had|also|then|later|further|again|\p{Ll}+ly)\s+)*(\p{Ll}+)/u;
/** "He" or "She" opening its sentence, then a finite verb. */
const HE_OPENS = /^\s*(He|She)\s+(?:(?:has|had|also|then|later|further|again|\p{Ll}+ly)\s+)*(\p{Ll}+)/u;
/** Readings of a subject that name someone the text names (no pronoun, no role named later). */
const NAMED_SUBJECT = new Set([
  'quotes:name',
  'quotes:owner-voice',
  'quotes:government-of',
  'quotes:body-by-kind',
  'quotes:collective-body',
  'quotes:governing-body',
  'quotes:demonym-officials',
  'quotes:official-of-country',
  'quotes:role-coreference',
  'quotes:role-titled-before',
]);

/** After a quotation, a noun for words: the quoted words qualify someone's remarks ("“…” remarks by X"). */
const OTHERS_WORDS =
  /^[\s,]*(?:remarks?|statements?|comments?|words|language|rhetoric|claims?|accusations?)\b/i;

/** A finite verb: a regular past or present ("summoned", "warns"), or an irregular past ("spoke", "met"). */
const finite = (w: string) =>
  !/^(?:news|was|has|is|had|were|did|could|would|should|might|must)$/.test(w) &&
  ((/(?:ed|s)$/.test(w) && isVerb(w)) || lexTags(w).includes('PastTense'));

/**
 * The person or body that opens a sentence (after an opening phrase closed by a comma) as its subject
 * (`past`: only before a verb in the past tense, what narration reports).
 */
export function sentenceSubject(work: string, sp: SpeakerIndex, s: Sentence, anchor: number, past = false) {
  return subjectPhrase(work, sp, s, anchor, past)?.speaker;
}

/** The sentence's opening subject (see sentenceSubject) and where its phrase ends. */
function subjectPhrase(
  work: string,
  sp: SpeakerIndex,
  s: Sentence,
  anchor: number,
  past = false,
  verbOk: (w: string) => boolean = finite,
) {
  const text = work.slice(s.start, s.end);
  // (Past the copy's date marker glued to its first line, "date 2025-12-24 The ministry …".)
  const lead = /^\s*(?:date\s+\d{4}(?:-\d{2}){0,2}\s+(?=\p{Lu}))?(?:[^,“”"]{0,40},\s*)?/u.exec(text)![0];
  for (const from of lead ? [s.start, s.start + lead.length] : [s.start]) {
    const who = sp.whoAt(from, s.end, anchor);
    if (!who?.att.speaker || !NAMED_SUBJECT.has(who.att.rule)) continue;
    // (Past an apposition: "X, Norway's prime minister, weighed in"; "Norway's prime minister, X, weighed in".)
    const appo = APPOSITIVE.exec(work.slice(who.end, s.end))?.[0].length ?? 0;
    const closing = from > s.start ? (/^\s*,\s*/.exec(work.slice(who.end, s.end))?.[0].length ?? 0) : 0;
    const at = who.end + (appo || closing);
    // (The subject is the phrase's head: "Russia's ambassador summoned …" is the ambassador, not Russia.)
    const verb = TO_VERB.exec(work.slice(at, Math.min(s.end, at + 60)));
    if (verb && verbOk(verb[1]!) && (!past || /ed$/.test(verb[1]!)))
      return { speaker: who.att.speaker, end: who.end };
  }
  return undefined;
}

/** Whether only punctuation stands after the quotation's close in its sentence. */
const nothingAfter = (work: string, q: Quote, sentEnd: number) =>
  !/[\p{L}\p{N}]/u.test(work.slice(q.close + 1, Math.max(q.close + 1, sentEnd)));

export function paragraphPass(
  work: string,
  sp: SpeakerIndex,
  sents: Sentence[],
  quotes: Quote[],
  skip: (q: Quote) => boolean,
): void {
  const sentenceOf = (pos: number) => sents[Math.max(0, indexAt(sents, pos))]!;
  const firstPara = Math.min(...sents.map((x) => x.para));
  for (const q of quotes) {
    if (q.speaker || skip(q)) continue;
    const s = sentenceOf(q.open);
    const s2 = sentenceOf(Math.max(q.open, q.close - 1));
    const found =
      itOpening(work, sp, sents, quotes, s, q) ??
      subjectOfSentenceBefore(work, sp, sents, q, s, s2.end) ??
      subjectOfOwnSentence(work, sp, q, s, firstPara) ??
      speakerOfSentenceBefore(work, sp, sents, q, s, s2.end) ??
      interviewAnswer(work, sp, sents, q);
    if (found) [q.speaker, q.rule] = [found.speaker, found.rule];
  }
}

/** "It defended … while warning against “…”": "it" is the body last quoted or named. */
function itOpening(
  work: string,
  sp: SpeakerIndex,
  sents: Sentence[],
  quotes: Quote[],
  s: Sentence,
  q: Quote,
): Attribution | undefined {
  const head = work.slice(s.start, q.open);
  if (!matchesOf(SPEECH_BEFORE, head).length) return undefined;
  const he = HE_OPENS.exec(head);
  if (he && finite(he[2]!)) {
    const who = sp.lastPersonBefore(s.start, he[1]!);
    return who ? { speaker: who, rule: 'quotes:pronoun-opening-sentence' } : undefined;
  }
  const m = IT_OPENS.exec(head);
  if (!m || !finite(m[1]!)) return undefined;
  // (What "it" stands for: the body that opens the sentence before.)
  const before = sents[sents.indexOf(s) - 1];
  const near = before && q.para - before.para <= 1;
  const subject = near ? sentenceSubject(work, sp, before, q.open) : undefined;
  const actor = (m: Mention) =>
    m.entity.type === 'Organization' &&
    !sp.objectOfPrep(m) &&
    !sp.inQuote(m.start) &&
    !OUTLET_NAME.test(m.entity.name);
  // (Or the body whose quotation ends the same paragraph or the one before; no guess beyond that.)
  const said = quotes.filter((x) => x.speaker && x.close <= s.start && q.para - x.para <= 1).pop()?.speaker;
  // (Or the one body the sentence before names as an actor, past a long opening phrase: "In a note to the
  // embassies of A and B, the ministry, led by X, defended …" then "It warned against “…”".)
  const actors = near ? sp.all.filter((m) => m.start >= before.start && m.end <= before.end && actor(m)) : [];
  const lone = new Set(actors.map((m) => m.entity)).size === 1 ? actors[0]!.entity : undefined;
  const it = subject ?? (said?.type === 'Organization' ? said : undefined) ?? lone;
  return it && it.type !== 'Person' ? { speaker: it, rule: 'quotes:it-opening-sentence' } : undefined;
}

/** A quotation standing alone right after a sentence whose subject did something: that subject. */
function subjectOfSentenceBefore(
  work: string,
  sp: SpeakerIndex,
  sents: Sentence[],
  q: Quote,
  s: Sentence,
  sentEnd: number,
): Attribution | undefined {
  if (/\S/.test(work.slice(s.start, q.open)) || !nothingAfter(work, q, sentEnd)) return undefined;
  const prev = sents[sents.indexOf(s) - 1];
  if (!prev || q.para - prev.para > 1 || sp.inQuote(prev.start)) return undefined;
  // (A sentence that quotes is no narration: its quotation's reading already failed.)
  if (/[“"”]/.test(work.slice(prev.start, prev.end))) return undefined;
  const who = sentenceSubject(work, sp, prev, q.open);
  if (who) return { speaker: who, rule: 'quotes:subject-of-sentence-before' };
  // (Its passive's agent, or the one it says was asked: agent-before.ts.)
  return agentOfSentenceBefore(work, sp, prev, q.open, (ok) =>
    subjectPhrase(work, sp, prev, q.open, false, ok),
  );
}

/**
 * A quotation inside the predicate of a sentence that opens with a named subject and its verb ("The
 * ministry issued a note over the “…” of the envoy", "X reminded Y of his “…”"): that subject.
 */
function subjectOfOwnSentence(
  work: string,
  sp: SpeakerIndex,
  q: Quote,
  s: Sentence,
  firstPara: number,
): Attribution | undefined {
  // (Not in the headline; a first paragraph that is a full sentence is the lead, read as the others.)
  if ((q.para === firstPara && !isLead(work, s)) || !/\S/.test(work.slice(s.start, q.open))) return undefined;
  // (Words that qualify someone's words, "“unacceptable” statements by X", are that other one's.)
  if (OTHERS_WORDS.test(work.slice(q.close + 1, q.close + 30))) return undefined;
  const subject = subjectPhrase(work, sp, s, q.open, true);
  const who = subject?.speaker;
  // (A body only: a country or a person acting is often reported in another's words.)
  if (!subject || who?.type !== 'Organization' || OUTLET_NAME.test(who.name)) return undefined;
  // (Another person or body named before the words may be their author: "to protest X's designation of Y
  // as a “…”". The subject may be named by its kind only, "The ministry lodged …", with no mention.)
  // (Not a person set in apposition to the verb's object, "summoned the envoy, X, to protest the “…”",
  // nor the object's phrase that names the same person.)
  const between = sp.all.filter((m) => m.start >= subject.end && m.end <= q.open);
  const appositive = new Set(
    between
      .filter(
        (m) =>
          m.entity.type === 'Person' &&
          /,\s*$/.test(work.slice(m.start - 2, m.start)) &&
          /^\s*,/.test(work.slice(m.end, m.end + 2)),
      )
      .map((m) => m.entity),
  );
  // (Still the author when named as owner: "the envoy, X, over X's call for a “…”".)
  const owner = (m: Mention) => /^['’]s\b/.test(work.slice(m.end, m.end + 3));
  const author = (m: Mention) => !appositive.has(m.entity) || owner(m);
  if (between.some((m) => m.entity !== who && m.entity.type !== 'Place' && author(m))) return undefined;
  return { speaker: who, rule: 'quotes:subject-of-own-sentence' };
}

/** A first paragraph that is a lead, not a headline: a sentence of fifteen words or more ending on a stop. */
const isLead = (work: string, s: Sentence) =>
  /[.!]["”’]?\s*$/.test(work.slice(s.start, s.end)) && work.slice(s.start, s.end).split(/\s+/).length >= 15;

/** A verb of saying or of a stance taken in words, right after a subject. */
const SPOKE = new RegExp(`^(?:${sayingAlternation(SAYING_OR_STANCE_AFTER_SUBJECT)})$`);

/**
 * A quotation in a sentence with no verb of saying and no person or body named outside its quotations,
 * after sentences that name no one (within three paragraphs and 1,000 characters, no quotation between):
 * the first sentence before that names someone decides, its subject (or "He"/"She") if it spoke.
 */
function speakerOfSentenceBefore(
  work: string,
  sp: SpeakerIndex,
  sents: Sentence[],
  q: Quote,
  s: Sentence,
  sentEnd: number,
): Attribution | undefined {
  const own = work.slice(s.start, sentEnd).replace(/[“"][^”"]*[”"]/g, ' ');
  if (/\b(?:according|quoted|statement)\b/i.test(own) || own.search(SPEECH_BEFORE) >= 0) return undefined;
  const namesIn = (from: number, to: number) =>
    sp.all.some((x) => x.entity.type !== 'Place' && x.start >= from && x.end <= to && !sp.inQuote(x.start));
  if (namesIn(s.start, sentEnd)) return undefined;
  const spoke = (w: string) => SPOKE.test(w);
  for (let i = sents.indexOf(s) - 1; i >= 0; i--) {
    const t = sents[i]!;
    const text = work.slice(t.start, t.end);
    if (q.para - t.para > 3 || q.open - t.start > 1000 || /[“"”]/.test(text)) return undefined;
    const he = HE_OPENS.exec(text);
    if (he) {
      const who = spoke(he[2]!) ? sp.lastPersonBefore(t.start, he[1]!) : undefined;
      return who ? { speaker: who, rule: 'quotes:speaker-of-sentence-before' } : undefined;
    }
    // (A sentence that names no one, nor opens with "It"/"They", only narrates: read the one before.)
    if (/^\s*(?:It|They)\b/.test(text)) return undefined;
    if (!namesIn(t.start, t.end)) continue;
    const who = subjectPhrase(work, sp, t, q.open, false, spoke)?.speaker;
    if (who) return { speaker: who, rule: 'quotes:speaker-of-sentence-before' };
    // ("…, as indicated in a statement from the ministry. This summons “…”": the statement's issuer.)
    const issuer = issuerIn(work, sp, t.start, t.end)?.speaker;
    return issuer ? { speaker: issuer, rule: 'quotes:issuer-of-sentence-before' } : undefined;
  }
  return undefined;
}

/** An answer's label opening its line right before the quotation ("A: “…”", "Answer: “…”"). */
const ANSWER = /(?:^|\n)[ \t]*(?:A|Answer)\s*[:.]\s*$/;
/** A question's label opening a line ("Q: …", "Question: …"). */
const QUESTION = /(?:^|\n)[ \t]*(?:Q|Question)\s*[:.]\s/;
/** The last line before a quotation's (blank lines between) is a question: "Q: …". */
const QUESTION_LINE = /(?:^|\n)[ \t]*(?:Q|Question)\s*[:.]\s[^\n]*\n\s*$/;

/** "Q: …" then "A: “…”": the one person the last sentence naming someone before the questions names. */
function interviewAnswer(
  work: string,
  sp: SpeakerIndex,
  sents: Sentence[],
  q: Quote,
): Attribution | undefined {
  // (Or an answer with no label: the quotation opens its line right after a line "Q: …".)
  const lineStart = work.lastIndexOf('\n', q.open - 1) + 1;
  const unlabelled =
    !/\S/.test(work.slice(lineStart, q.open)) &&
    QUESTION_LINE.test(work.slice(Math.max(0, lineStart - 400), lineStart));
  if (!unlabelled && !ANSWER.test(work.slice(Math.max(0, q.open - 12), q.open))) return undefined;
  const from = Math.max(0, q.open - 3000);
  const first = QUESTION.exec(work.slice(from, q.open));
  if (!first) return undefined;
  const questionsAt = from + first.index;
  for (let i = indexAt(sents, questionsAt - 1); i >= 0; i--) {
    const t = sents[i]!;
    if (t.end > questionsAt + 1) continue;
    const people = new Set(
      sp.persons
        .filter((m) => m.start >= t.start && m.end <= t.end && !sp.inQuote(m.start))
        .map((m) => m.entity),
    );
    if (!people.size && !sp.all.some((m) => m.start >= t.start && m.end <= t.end)) continue;
    return people.size === 1 ? { speaker: [...people][0]!, rule: 'quotes:interview-answer' } : undefined;
  }
  return undefined;
}
