// Quoted statements and their speakers (quotation spans: find.ts; who a phrase names: speakers.ts, its
// phrase lexicon speaker-phrases.ts; the subject of a verb of saying before a quotation:
// speech-subject.ts; pull-quotes: pull-quotes.ts; a headline's name before its words: headline-subject.ts).
// The speaker of a quotation is found, in order, by:
// - its attribution: right after it ("…," Antonov told X / he added / the ministry said / said X / a
//   ministry statement said), or later in its sentence after a comma or another quotation (the sentence's
//   reporting clause: "“…” in Gaza “…,” she said"); for a quotation inside its sentence, first the subject
//   of the last speech verb before it (the nearest person, organisation or, right before the verb, place
//   that is not the object of a preposition; a participle such as ", saying" takes the clause's subject);
// - for a quotation standing alone, the speaker cue nearest before it in its paragraph or the previous
//   one: the speaker of an earlier quotation, "according to X", or the subject of a speech verb;
// - a role named without a name ("the country's foreign minister said") takes the next named speaker
//   within the next two paragraphs;
// - "the two leaders" the pair last named together; an unclosed paragraph the speaker of the quotation
//   that continues it;
// - words an earlier quotation gave (a repeated lead) its speaker; a name the copy's end cut from its
//   verb; a paragraph of its own after a quotation ending its paragraph that only credits someone ("Mr
//   Sullivan said in a statement.") (beyond-sentence.ts);
// - last, the subject of any reporting verb of its sentence, after it or before it, asides and where/when
//   allowed between subject and verb (reporting-clause.ts); then, over the paragraph and the one before,
//   a sentence opened by "It"/"He"/"She" and the subject of the sentence before a quotation standing
//   alone (paragraph-pass.ts).
import { matchesOf } from '../regex-matches.js';
import { SAYING_RIGHT_AFTER } from '../saying-verbs.js';
import type { Entity, EntityIndex } from '../entities/index.js';
import { indexAt, type Sentence } from '../text.js';
import type { Quote } from './find.js';
import { SpeakerIndex, type Attribution } from './speakers.js';
import { inSayingSense } from './saying-sense.js';
import { SPEECH_BEFORE, subjectOfSpeech, type SpeechContext } from './speech-subject.js';
import {
  creditInNextParagraph,
  cutAttribution,
  headlineSpeaker,
  REPORTING_CLAUSE,
  repeatedWords,
} from './beyond-sentence.js';
import { reportingClauseSpeaker } from './reporting-clause.js';
import { colonLeadSpeaker, colonSubjectSpeaker } from './colon-lead.js';
import { colonLineSpeaker } from './colon-line.js';
import { viewpointLead } from './viewpoint-lead.js';
import { reportedPerson } from './reported-person.js';
import { citedSource } from './cited-source.js';
import { issuerOfOwnSentence } from './statement-source.js';
import {
  continuedInNextParagraph,
  creditedNextLine,
  issuerOfSentence,
  subjectBeforeQuotedVerb,
} from './paragraph-cues.js';
import { paragraphPass, sentenceSubject } from './paragraph-pass.js';
import { headlineSubject } from './headline-subject.js';
import { headlineLead } from './headline-lead.js';
import { possessedStatement } from './possessed-statement.js';
import { announcedStatement } from './statement-colon.js';
import { openingClauseSubject } from './opening-clause.js';
import { lastUnnamedVoiceBody, spokespersonPronoun } from './unnamed-spokesperson.js';
import { goesOnSpeaker } from './added-pronoun.js';

export { findQuotes, type Quote } from './find.js';

/**
 * "X said in a statement", "in a statement, X said", "a statement issued by X", "a release from X": X
 * issued a statement.
 */
const ISSUED =
  /\b(?:in|issued)\s+an?\s+(?:\p{L}+\s+)?(?:statement|release|communiqu[ée])\b|\b(?:statement|release|communiqu[ée])\s+(?:(?:issued|released|published|posted)\s+)?(?:by|from)\b/iu;

/** Rules that read an attribution after the quotation's closing mark, which may cover its paragraph. */
const AFTER_RULES = new Set(['quotes:name', 'quotes:role-titled-before', 'quotes:quoted-as-saying']);

/** Words all capitalised but for small function words: a name or title, not words someone said. */
export function isTitleCase(quote: string): boolean {
  const words = quote.replace(/[,.;:!?]+$/, '').split(/\s+/);
  if (words.length < 2 || /[.!?;:]\s/.test(quote)) return false;
  return (
    words.every(
      (w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|in|for|the|and|on|to|at|de|du|des|la|le|al|el|a|an)$/.test(w),
    ) && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 2
  );
}

/** A sentence that points back at the words before it: "That was the message from X", "With these words". */
const BACK_REFERENCE =
  /^\s*(?:(?:That|This|Those|These|Such|So)\s+(?:was|were|is|are|said|the)\b|With\s+(?:these|those|this|that)\s+words\b|The\s+(?:statement|remarks|words|message|comments?)\s+(?:was|were|came|is)\b)/;

export function attributeQuotes(work: string, quotes: Quote[], sents: Sentence[], idx: EntityIndex): void {
  const sp = new SpeakerIndex(work, sents, idx, quotes);
  const firstPara = quotes.length ? Math.min(...sents.map((x) => x.para)) : 0;
  const inQuote = sp.inQuote;
  const ctx: SpeechContext = { work, sp, inQuote };

  /** Attribution after the closing mark: right after it, or after a later comma or quotation of the sentence. */
  const after = (q: Quote, sentEnd: number): Attribution | undefined => {
    const first = sp.attributionAt(q.close + 1, sentEnd, q.open);
    if (first) return first;
    // "“…” – Name, role." and a headline's "'…': Name": a credit after a dash (or the headline's colon).
    const credit = /^[\s,.]*(?:[–—]|-(?=\s)|:(?=\s))\s*/.exec(work.slice(q.close + 1, sentEnd));
    if (credit && (credit[0].includes(':') ? q.para === firstPara : true)) {
      const who = sp.whoAt(q.close + 1 + credit[0].length, sentEnd, q.open);
      if (
        who?.att.speaker &&
        who.att.rule === 'quotes:name' &&
        /^[\s,]*(?:[^.;:!?]{0,60})?[.!?]?\s*$/.test(work.slice(who.end, sentEnd))
      )
        return { speaker: who.att.speaker, rule: 'quotes:dash-credit' };
    }
    for (let i = q.close + 1; i < sentEnd; i++) {
      const ch = work[i]!;
      if ((ch === ',' || ch === '”' || ch === '"') && !inQuote(i)) {
        const a = sp.attributionAt(i + 1, sentEnd, q.open);
        // After a comma, only a clause that reports ("…” in Gaza, she said"), not one that does something
        // else with an object ("In response to the “…” of X, Blinken has announced sanctions").
        if (a && (ch !== ',' || REPORTING_CLAUSE.test(work.slice(i + 1, sentEnd)))) return a;
      }
    }
    return undefined;
  };

  /** A speech verb a few words before pos governs the quotation there (no relative clause between). */
  const governed = (sentStart: number, pos: number): boolean => {
    let last: RegExpMatchArray | undefined;
    for (const m of matchesOf(SPEECH_BEFORE, work.slice(sentStart, pos)))
      if (
        !inQuote(sentStart + m.index) &&
        inSayingSense(m[0], work.slice(sentStart + m.index + m[0].length, pos + 1))
      )
        last = m;
    if (!last) return false;
    // ("will be declared “…,” X said": a passive verb's quotation is no one's words before X's.)
    if (
      /\b(?:be|been|being|is|are|was|were)\s+(?:\p{Ll}+ly\s+)?$/u.test(
        work.slice(sentStart, sentStart + last.index!),
      )
    )
      return false;
    const between = work.slice(sentStart + last.index! + last[0].length, pos);
    return between.split(/\s+/).filter(Boolean).length <= 6 && !/\b(?:which|who|whom)\b/.test(between);
  };

  const sentenceOf = (pos: number) => sents[Math.max(0, indexAt(sents, pos))]!;
  const bodyEnd = sents.length ? sents[sents.length - 1]!.end : work.length;
  const deferred: Quote[] = [];
  /** Whether the last attributed quotation was a body's, through its unnamed spokesperson. */
  let spokesLast = false;
  for (const q of quotes) {
    // A name in quotation marks (“Taiwanese Representative Office in Lithuania,”) is no statement; a
    // headline may be written in title case, so not there.
    if (q.para !== firstPara && isTitleCase(work.slice(q.start, q.end))) {
      q.about = [];
      continue;
    }
    const s1 = sentenceOf(q.open);
    const s2 = sentenceOf(Math.max(q.open, q.close - 1));
    let sentEnd = s2.end;
    // An attribution may follow in the next "sentence" when the quote ends with a period inside the marks.
    if (q.close + 1 >= s2.end) {
      const nx = sents[indexAt(sents, q.close + 1)];
      if (nx && nx.start > q.close && nx.para === q.para) sentEnd = nx.end;
    }
    const opensSentence = !/\S/.test(work.slice(s1.start, q.open));
    // The attribution right after the closing mark ("…," it added) comes first, unless a speech verb just
    // before governs the quotation ("demanding to know “…”, the diplomat said": the words are the
    // demand's); a quotation opening its sentence may take one later in it; inside a sentence, the
    // subject of the speech verb before it.
    let found = governed(s1.start, q.open) ? undefined : sp.attributionAt(q.close + 1, sentEnd, q.open);
    if (!found && opensSentence) found = after(q, sentEnd);
    if (!found) {
      const b = subjectOfSpeech(ctx, s1.start, q.open, q.close);
      found =
        b.named ?? after(q, sentEnd) ?? b.pronoun ?? openingClauseSubject(work, sp.all, s1.start, q, sentEnd);
    }
    // A quotation standing alone: the speaker cue nearest before it, in its paragraph or the previous one.
    // (Unless its own attribution names someone the text does not identify: "…," a US official said.)
    const ownAttribution = /^[\s,]*(?:\S+\s+){0,5}?(?:said|says|told|added|wrote|according)\b/i.test(
      work.slice(q.close + 1, sentEnd),
    );
    // (Words an earlier quotation gave are that speaker's again; a name the copy's end cut from its verb.)
    if (!found?.speaker && !found?.deferred)
      found = repeatedWords(work, q, quotes) ?? cutAttribution(work, sp, q, bodyEnd) ?? found;
    // ("“…,” PAP quoted X as saying", "“…,” RTVE reported, citing X": X, before any paragraph cue.)
    if (!found?.speaker && !found?.deferred) found = citedSource(work, sp, q, sentEnd) ?? found;
    if (!found?.speaker && !found?.deferred && opensSentence && !ownAttribution)
      found =
        colonLineSpeaker(work, sp, q) ??
        creditInNextParagraph(work, sp, sents, q) ??
        cueBefore(q) ??
        cueAfter(q) ??
        continuedInNextParagraph(ctx, sents, q) ??
        found;
    if (!found?.speaker && !found?.deferred && q.para === firstPara)
      found =
        headlineSpeaker(work, sp, s1, q) ??
        headlineSubject(work, sp, q.open) ??
        headlineLead(work, sp.all, sp.persons, s1, q) ??
        found;
    // Last: the subject of any reporting verb of the sentence, after the quotation or before it.
    if (!found?.speaker && !found?.deferred)
      found = reportingClauseSpeaker(work, sp, inQuote, q, s1.start, sentEnd) ?? found;
    // ("In a statement issued by X, it was announced that “…”": the statement's issuer.)
    if (!found?.speaker && !found?.deferred) found = issuerOfOwnSentence(work, sp, q, s1.start) ?? found;
    // (A colon after a noun of response owned by the speaker: "Russia's response was swift: “…”".)
    if (!found?.speaker && !found?.deferred) found = colonLeadSpeaker(work, sp, q, s1.start) ?? found;
    // ("His statement read: “…”", "A copy of her speech read: “…”": the person the pronoun stands for.)
    if (!found?.speaker && !found?.deferred)
      found = possessedStatement(work, (at, p) => sp.lastPersonBefore(at, p), q, s1.start) ?? found;
    // ("X: “…”", "For X, “…”", "X believes that the plan is “…”": credited with no verb of saying.)
    if (!found?.speaker && !found?.deferred) found = viewpointLead(work, sp, q, s1.start) ?? found;
    // ("Ruto then turned to the envoys: “…”": the subject of a clause a colon closes.)
    if (!found?.speaker && !found?.deferred) found = colonSubjectSpeaker(work, sp, q, s1.start) ?? found;
    // (A body credited with words in the clause of a person who opens the sentence only reports them.)
    const reported = opensSentence
      ? undefined
      : reportedPerson(work, sp, q, s1.start, sentEnd, found?.speaker);
    if (reported) found = { speaker: reported, rule: 'quotes:person-reported-by-body' };
    // (An unnamed spokesperson of a body again: "“…,” he said", "“…,” the spokesperson said".)
    const outside = work.slice(s1.start, sentEnd).replace(/[“"][^”"]*[”"]/g, '');
    found =
      goesOnSpeaker(
        found,
        outside,
        sp,
        sentenceOf(quotes.find((x) => x.close === sp.previousEnd)?.open ?? 0).start,
        q.open,
      ) ??
      spokespersonPronoun(found, sp.previous, spokesLast, sp.previousEnd, sp.persons, q.open) ??
      (found?.speaker ? undefined : lastUnnamedVoiceBody(work, sp.all, outside, q.open)) ??
      found;
    if (found?.deferred) deferred.push(q);
    let speaker: Entity | undefined = found?.speaker;
    let rule: string | undefined = found?.rule;
    // "the two leaders", "both presidents": the pair last named together ("Putin and Biden agreed").
    if (
      !speaker &&
      /\b(?:the two|both)\s+(?:countries['’]\s+|nations['’]\s+|sides['’]\s+)?(?:leaders|presidents|prime ministers|foreign ministers|ministers|men|sides)\b/i.test(
        work.slice(s1.start, q.open),
      )
    ) {
      const pair = sp.lastPair(q.open);
      if (pair) {
        speaker = pair[0];
        q.coSpeakers = [pair[1]];
        rule = 'quotes:the-two-leaders';
      }
    }
    q.speaker = speaker;
    q.rule = speaker ? rule : undefined;
    if (speaker) [sp.previous, sp.previousEnd] = [speaker, q.close];
    if (speaker && rule === 'quotes:spokesperson-for') sp.spokesBody = speaker;
    // ("…,” a State Department spokesperson said": a body whose unnamed spokesperson speaks, for "the
    // spokesperson said" after it.)
    spokesLast =
      speaker?.type === 'Organization' &&
      (rule === 'quotes:spokesperson-pronoun' || /\bspokes(?:wo)?(?:man|person)\b/i.test(outside));
    if (spokesLast) sp.spokesBody = speaker;
    // (A quotation credited to a statement, "a statement on X's website said", names its issuer too.)
    const statementRule = rule === 'quotes:statement-vehicle' || rule === 'quotes:the-statement';
    if (
      speaker &&
      (statementRule || ISSUED.test(work.slice(s1.start, sentEnd).replace(/[“"][^”"]*[”"]/g, '')))
    )
      [sp.issuer, sp.issuerAt] = [speaker, q.close];
    q.about = aboutOf(q, s1, speaker);
  }

  /** The speaker cue nearest before a standalone quotation: an earlier quotation's speaker or a speech clause. */
  /**
   * A quotation standing alone that the next paragraph points back to ("That was the message from X",
   * "With these words, X announced …", "The statement was issued by X"): the speaker named there.
   */
  function cueAfter(q: Quote): Attribution | undefined {
    const s = sents.find((x) => x.para === q.para + 1 && x.start > q.close);
    // (Only words that end their line: nothing after the closing mark before the next paragraph.)
    const lineEnd = work.indexOf('\n', q.close + 1);
    if (!s || /\S/.test(work.slice(q.close + 1, lineEnd < 0 ? work.length : lineEnd))) return undefined;
    const head = work.slice(s.start, s.end);
    if (!BACK_REFERENCE.test(head)) return undefined;
    const said = subjectOfSpeech(ctx, s.start, s.end).named?.speaker;
    if (said) return { speaker: said, rule: 'quotes:points-back' };
    const ms = sp.all.filter((m) => m.start >= s.start && m.end <= s.end && m.entity.type !== 'Place');
    const m = ms.find((x) => x.entity.type === 'Person') ?? ms[0];
    return m ? { speaker: m.entity, rule: 'quotes:points-back' } : undefined;
  }

  function cueBefore(q: Quote): Attribution | undefined {
    let si = indexAt(sents, q.open) - 1;
    // (A person the words name, "“… a concern of President X whenever he meets …”", is spoken of, not
    // speaking: the cue naming them is passed over, and the paragraph before it read too.)
    let reach = 1;
    const spokenOf = (e: Entity | undefined) =>
      e?.type === 'Person' &&
      idx.mentions.some(
        (m) =>
          m.entity === e &&
          m.start >= q.start &&
          m.end <= q.end && // (not "…: X said during …" in words whose closing mark is missing)
          !SAYING_RIGHT_AFTER.test(work.slice(m.end, m.end + 12)),
      );
    for (; si >= 0; si--) {
      const s = sents[si]!;
      if (q.para - s.para > reach) break;
      const earlier = quotes.filter((x) => x.speaker && x.open >= s.start && x.open < s.end).pop();
      const said = earlier ? undefined : subjectOfSpeech(ctx, s.start, s.end);
      if (spokenOf(earlier?.speaker ?? said?.named?.speaker)) {
        reach = 2;
        continue;
      }
      if (earlier) return { speaker: earlier.speaker, rule: 'quotes:continues-previous' };
      if (!said) continue;
      if (said.named?.speaker) return { speaker: said.named.speaker, rule: 'quotes:speaker-of-paragraph' };
      // ("Statement by X:", "The full text of the statement follows:" on the line before: its issuer.)
      const announced = announcedStatement(work, sp, s, q);
      if (announced) return announced;
      // ("He emphasized that …" before a quotation standing alone: the person the pronoun is.)
      if (said.pronoun?.speaker)
        return { speaker: said.pronoun.speaker, rule: 'quotes:pronoun-of-paragraph' };
      // ("In a statement, X summoned …", "X issued a statement.": the statement's issuer.)
      const issuer = issuerOfSentence(work, sp, s);
      if (issuer) return issuer;
      // (Another person acting in a sentence between: "“…,” X said. Y summoned the envoy. “…”" is not X's.)
      const actor = sentenceSubject(work, sp, s, q.open);
      if (actor?.type === 'Person' && actor !== sp.previous) return undefined;
    }
    return undefined;
  }

  function aboutOf(q: Quote, s1: Sentence, speaker: Entity | undefined): Entity[] {
    const about = new Set<Entity>();
    for (const m of idx.mentions)
      if (m.start >= q.start && m.end <= q.end && m.entity !== speaker) about.add(m.entity);
    // A label given to someone ("called the Russian leader a "killer"", "branded Putin "a killer""):
    // the entity between the last speech verb and the quotation is what the words are about.
    let verbAt = -1;
    for (const m of matchesOf(SPEECH_BEFORE, work.slice(s1.start, q.open)))
      verbAt = s1.start + m.index + m[0].length;
    if (verbAt >= 0 && q.open - verbAt < 80)
      for (const m of idx.mentions)
        if (m.start >= verbAt && m.end <= q.open && m.entity !== speaker && m.entity.type !== 'Place')
          about.add(m.entity);
    return [...about];
  }

  // A role named without a name ("the country's foreign minister said") is the next person named as a
  // speaker within the next two paragraphs.
  for (const q of deferred) {
    const next = quotes.find(
      (x) =>
        x.open > q.close &&
        x.para - q.para <= 2 &&
        x.speaker?.type === 'Person' &&
        x.rule !== 'quotes:pronoun',
    );
    if (next) {
      q.speaker = next.speaker;
      q.rule = 'quotes:role-named-later';
    }
  }
  // Fragments a paragraph quotes before a quotation its last sentence attributes after the closing mark
  // ("the US “played deaf” … It was an “obvious overreaction” …,” the minister was quoted as saying"): the
  // paragraph is that speaker's account, so its unattributed fragments are the speaker's too.
  for (const q of quotes) {
    if (q.speaker || isTitleCase(work.slice(q.start, q.end))) continue;
    const last = quotes.find(
      (x) => x.open > q.close && x.para === q.para && x.speaker && AFTER_RULES.has(x.rule ?? ''),
    );
    if (
      !last ||
      quotes.some((x) => x.open > q.close && x.open < last.open && x.speaker && x.speaker !== last.speaker)
    )
      continue;
    q.speaker = last.speaker;
    q.rule = 'quotes:paragraph-speaker';
  }
  // "The ministry “strongly condemns” the attacks": the subject whose verb the words are (when no later
  // quotation of the paragraph made them that speaker's account).
  for (const q of quotes) {
    if (q.speaker || isTitleCase(work.slice(q.start, q.end))) continue;
    const found =
      subjectBeforeQuotedVerb(work, sp, q, sentenceOf(q.open).start) ?? creditedNextLine(work, quotes, q);
    if (found) [q.speaker, q.rule] = [found.speaker, found.rule];
  }
  // A quotation over several paragraphs (each opening with a mark, only the last one closed) is
  // attributed at its end: an unclosed paragraph takes the speaker of the quotation that continues it.
  for (let i = quotes.length - 2; i >= 0; i--) {
    const q = quotes[i]!;
    const next = quotes[i + 1]!;
    if (
      !q.speaker &&
      q.unclosed &&
      next.speaker &&
      next.para === q.para + 1 &&
      !/\S/.test(work.slice(work.lastIndexOf('\n', next.open) + 1, next.open))
    ) {
      q.speaker = next.speaker;
      q.rule = 'quotes:continued-paragraph';
    }
  }
  // Last, over the paragraph and the one before: "It …"/"He …" openings, the previous sentence's subject.
  paragraphPass(work, sp, sents, quotes, (q) => isTitleCase(work.slice(q.start, q.end)));
}
