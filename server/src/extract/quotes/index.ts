// Quoted statements and their speakers (quotation spans: find.ts; who a phrase names: speakers.ts).
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
//   that continues it.
import { isVerb } from '../context.js';
import type { Entity, EntityIndex, Mention } from '../entities/index.js';
import { indexAt, type Sentence } from '../text.js';
import type { Quote } from './find.js';
import { SpeakerIndex, type Attribution } from './speakers.js';

export { findQuotes, type Quote } from './find.js';

const SPEECH_BEFORE =
  /\b(?:said|says|told|tells|added|adds|called|calls|calling|branded|branding|described|describes|describing|responded|replied|wrote|written|writes|stressed|warned|noted|claimed|agreed|agreeing|demanding|demanded|deemed|insisted|declared|urged|accused|accusing|asked|saying|stating|stated|announced|tweeted|posted|labelled|labeled|dubbed|termed|vow|vows|vowed|promised|threatened|argued|complained|admitted|explained|thanked|praised|welcomed|hailed|criticised|criticized|condemned|slammed|denounced|rejected|rejects|dismissed|pledged|acknowledged|confirmed|denied|insists|expressed|voiced|adding|noting|warning|stressing|emphasi[sz]ed|emphasi[sz]ing|highlighted|underlined|reiterated|affirmed|assured|remarked|observed|asserted)\b/gi;
const PREP_BEFORE =
  /\b(?:to|from|with|by|of|on|at|in|for|about|against|than|into|over|toward|towards)\s+(?:the\s+)?(?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u;
/** A title's own preposition ("Chairman of the …", "Minister for …"): no object of a verb. */
const TITLE_OF =
  /\b(?:chairman|chairwoman|chair|head|minister|secretary|director|president|member|speaker|governor|mayor|ambassador|envoy|representative|spokes(?:wo)?man|spokesperson)\s+(?:of|on|for|to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,6}$/iu;
/** What may stand between a body and the name of its officer ("Foreign Ministry spokesman X"). */
const RUN_GAP =
  /^\s+(?:(?:deputy|chief|senior|foreign|press|spokes(?:wo)?man|spokesperson|secretary|minister|chairman|chairwoman|head|director|official|ambassador|envoy|representative)\s+){0,2}$/;
/** A name's own speech verb right after it ("Islamabad said", "the ministry has said"). */
const SPEECH_AFTER_NAME = /^\s+(?:(?:has|have|had|also)\s+)*(?:said|says|stated|announced|told)\b/;
/** Capitalised appositions after a name, then perhaps where it was said: ", Spokesperson, Ministry of X, in Delhi". */
const APPOSITIVES =
  /^(?:\s*,\s*(?:(?:of|for|the|and|on)\s+|\p{Lu}[\p{L}.’'-]*\s*|(?:spokes(?:wo)?man|spokesperson|minister|ambassador|envoy|secretary|official|adviser|director|head|chief|deputy|senior|foreign|press)\s+)+)+,?\s*(?:(?:in|at|during|on|while)\s+[^,]{0,40}?)?\s*(?:(?:has|have|also)\s+)?$/u;
/** A country's government as the subject ("Ecuador's government", "Mali’s transitional authorities"). */
const GOVERNMENT = /^['’]s\s+(?:\p{Ll}+\s+)?(?:government|authorities|leadership|administration)\s+/u;
const AUX_ONLY = /^(?:(?:has|have|had|also|then|on \p{Lu}\p{Ll}+|\p{Ll}+ly)\s+)*$/u;
const ASIDE = /,\s+(?:who|whom|which|an?|the)\s[^,"“]*,/g;
/** The asides of a clause, not a subject after an opening word ("However, the new minister …, saying"). */
const asidesOf = (head: string) =>
  [...head.matchAll(ASIDE)].filter((a) => !/^\s*[\p{L}-]+\s*$/u.test(head.slice(0, a.index)));
/** A clause that only reports: who, a verb of saying, and at most where, when or to whom. */
const REPORTING_CLAUSE =
  /^[^;:]{0,80}?\b(?:said|says|added|adds|told|wrote|writes|noted|stressed|insisted|stated)\b(?:\s+(?:on|in|at|to|during|after|late|early|earlier|later|last|this|that|reporters|\p{Lu}[\p{L}.’'-]*|\d[\d:.]*|a|an|the|its|his|her|their|news|conference|briefing|press|statement|interview|post|tweet|message|broadcast|television|radio|video|speech|remarks|meeting|event|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|night|week|month|year|day)\b)*[\s,.]*(?:,\s*(?:adding|saying|noting|stressing)\b.*)?$/u;
const SPOKES_FOR =
  /\b(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:spokes(?:wo)?man|spokesperson|official|representative|source|statement)\s+(?:for|of|at|from)\s+(?:the\s+)?$/iu;
/** "X said in a statement", "in a statement, X said": X issued a statement. */
const ISSUED = /\b(?:in|issued)\s+an?\s+(?:\p{L}+\s+)?(?:statement|release|communiqu[ée])\b/iu;

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

const by = (speaker: Entity | undefined, rule: string): Attribution | undefined =>
  speaker ? { speaker, rule: `quotes:${rule}` } : undefined;

export function attributeQuotes(work: string, quotes: Quote[], sents: Sentence[], idx: EntityIndex): void {
  const sp = new SpeakerIndex(work, sents, idx, quotes);
  const firstPara = quotes.length ? Math.min(...sents.map((x) => x.para)) : 0;
  const inQuote = (pos: number) => {
    const i = indexAt(quotes, pos);
    for (let j = i; j >= 0 && j >= i - 1; j--)
      if (pos > quotes[j]!.open && pos < quotes[j]!.close) return true;
    return false;
  };

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

  /** The subject of the last speech verb before pos in the sentence, and whether it is only a pronoun. */
  const subjectOfSpeech = (
    sentStart: number,
    pos: number,
  ): { named?: Attribution; pronoun?: Attribution } => {
    const text = work.slice(sentStart, pos);
    let verbPos = -1;
    let verb = '';
    // (Not in an aside: "described the move, which France said was …, as a “…”".)
    const asideSpans = asidesOf(text).map((a) => [a.index, a.index + a[0].length] as const);
    for (const m of text.matchAll(SPEECH_BEFORE))
      if (!inQuote(sentStart + m.index) && !asideSpans.some(([a, b]) => m.index > a && m.index < b))
        [verbPos, verb] = [sentStart + m.index, m[0]];
    // "According to Polish Prime Minister Donald Tusk, …" (not "according to a Reuters report").
    // (Also "In the words of X," and "As X put it,": the source named before the comma.)
    const acc = /^\s*(?:according(?: to)?|in the words of|as)\s+(?:an?\s+|the\s+)?/i.exec(text);
    if (acc) {
      const from = sentStart + acc[0].length;
      const comma = work.indexOf(',', from);
      const to = Math.min(pos, comma < 0 ? pos : comma, from + 80);
      const ms = sp.all.filter((m) => m.start >= from && m.end <= to && m.entity.type !== 'Place');
      const m = ms.find((x) => x.entity.type === 'Person') ?? ms[0];
      const report = /^\s*(?:report|reports|media|sources)\b/i.test(
        work.slice(m?.end ?? 0, (m?.end ?? 0) + 10),
      );
      const putIt = /^\s*as\s/i.test(acc[0])
        ? /^\s+(?:put|puts|said|says)\s+it\s*,/.test(work.slice(m?.end ?? 0, to + 1))
        : true;
      if (m && !report && putIt) return { named: by(m.entity, 'according-to') };
    }
    // A headline's "Stoltenberg: "Ukraine will join NATO one day"": the name before the colon.
    if (/^\s*(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}?\p{Lu}[\p{L}.’'-]*:\s*$/u.test(text)) {
      const m = sp.all.find(
        (x) => x.start >= sentStart && x.end <= pos && /^:\s*$/.test(work.slice(x.end, pos)),
      );
      if (m && m.entity.type !== 'Place') return { named: by(m.entity, 'headline-colon') };
    }
    if (verbPos < 0) return {};
    // "over what it called "…"": "it" is the organisation last named (the subject of the report).
    const it = /\b(?:it|It)\s+(?:\S+\s+)?$/.exec(work.slice(sentStart, verbPos));
    if (it) {
      // ("Islamabad said that it had called …": "it" in a reported clause is the reporter.)
      const reporter = sp.all.find(
        (m) =>
          m.start >= sentStart &&
          m.end <= sentStart + it.index &&
          m.entity.type !== 'Person' &&
          SPEECH_AFTER_NAME.test(work.slice(m.end, m.end + 30)),
      );
      if (reporter) return { named: by(reporter.entity, 'what-it-called') };
      const org = sp.lastOrgBefore(sentStart + it.index);
      return org ? { named: by(org, 'what-it-called') } : {};
    }
    const head = work.slice(sentStart, verbPos);
    // A phrase right before the verb that names a speaker without a name: "The statement also warned",
    // "Canadian diplomats calling on", "the ministry said".
    const nominal = sp.subjectPhraseBefore(sentStart, verbPos, pos);
    if (nominal) return { named: nominal };
    const pro = /\b(he|she)\s+(?:\S+\s+){0,2}$/i.exec(head);
    const asides = asidesOf(head).map((a) => ({
      start: sentStart + a.index,
      end: sentStart + a.index + a[0].length,
    }));
    const candidate = (m: Mention): boolean => {
      if (m.start < sentStart || m.end > verbPos || inQuote(m.start)) return false;
      // "Ecuador's government said": the country speaks through its government.
      const gov = m.entity.type === 'Place' && GOVERNMENT.exec(work.slice(m.end, verbPos));
      if (gov) return AUX_ONLY.test(work.slice(m.end + gov[0].length, verbPos));
      // The owner in a possessive noun phrase ("Ramaphosa’s recent visit underlined") is not the subject.
      if (/^['’]s\s+\p{Ll}/u.test(work.slice(m.end, m.end + 4))) return false;
      if (asides.some((a) => m.start > a.start && m.end < a.end)) return false;
      // (The name's titles and body belong to it: "Chairman of the Committee on Foreign Affairs X".)
      let runStart = m.start;
      for (let j = sp.all.indexOf(m) - 1; j >= 0; j--) {
        const x = sp.all[j]!;
        if (x.start < sentStart || !RUN_GAP.test(work.slice(x.end, runStart))) break;
        runStart = x.start;
      }
      const lead = work.slice(Math.max(sentStart, runStart - 60), runStart);
      const whoFollows = /^\s*,?\s*who\b/.test(work.slice(m.end, m.end + 8));
      // "a spokesperson for the Turkish Embassy said": the body speaks.
      const spokesFor = SPOKES_FOR.test(lead);
      if (
        PREP_BEFORE.test(lead.slice(-30)) &&
        !whoFollows &&
        !spokesFor &&
        !/\b(?:President|Minister|Secretary|Ambassador)\s*$/.test(lead) &&
        !TITLE_OF.test(lead)
      )
        return false;
      // The object of a verb ("has withdrawn its ambassador") is not the subject.
      const prev = /(\p{Ll}+)\s+(?:(?:the|its|his|her|their|a|an)\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u.exec(
        lead,
      );
      // ("prompting Russia to vow …": the object of a causative verb is the subject of the speech verb.)
      if (prev && isVerb(prev[1]!) && !spokesFor && !/^\s+to\s+$/.test(work.slice(m.end, verbPos)))
        return false;
      // A place speaks only as a subject: right before its verb ("Moscow has called", "Russia to vow") or
      // opening its clause before a verb ("In a similar move, South Africa has withdrawn … and said").
      if (m.entity.type === 'Place') {
        if (
          /^\s+(?:(?:has|have|had|also|to|then|on \p{Lu}\p{Ll}+|\p{Ll}+ly)\s+)*$/u.test(
            work.slice(m.end, verbPos),
          )
        )
          return true;
        const next = /^\s+(?:(?:has|have|had|also|then)\s+)*(\p{Ll}+)/u.exec(work.slice(m.end, m.end + 30));
        // (Short openers before it: "Notably, a day ago, Pakistan had summoned … and said".)
        return /^(?:[^,]{0,40},\s*){0,3}$/.test(work.slice(sentStart, m.start)) && !!next && isVerb(next[1]!);
      }
      return true;
    };
    // "Interfax quoted X as saying": the one quoted speaks, not the outlet.
    const quotedAs = /\bquoted\s+([^,;]{2,80}?)\s+as\s+(?:saying|telling)\b/.exec(
      work.slice(sentStart, verbPos + verb.length),
    );
    if (quotedAs) {
      const from = sentStart + quotedAs.index + quotedAs[0].indexOf(quotedAs[1]!);
      const ms = sp.all.filter((m) => m.start >= from && m.end <= from + quotedAs[1]!.length);
      const m = ms.find((x) => x.entity.type === 'Person') ?? ms[ms.length - 1];
      if (m) return { named: by(m.entity, 'quoted-as-saying') };
    }
    // ", saying …", ", calling it …": a participle's subject is the clause's, the first candidate.
    if (/ing$/i.test(verb) && /,\s*(?:\S+\s+)?$/.test(work.slice(sentStart, verbPos))) {
      let first = sp.all.find((m) => m.start >= sentStart && candidate(m) && m.entity.type !== 'Place');
      // ("Iran's foreign ministry spokesman X condemned …": the person a run of names and titles ends in.)
      const head = first && sp.mentionsAt(first.end, verbPos).find((x) => x.entity.type === 'Person');
      if (first?.entity.type !== 'Person' && head) first = head;
      if (first && !(pro && sentStart + pro.index < first.start))
        return { named: by(first.entity, 'subject-of-participle') };
    }
    for (let j = indexAt(sp.all, verbPos); j >= 0; j--) {
      const m = sp.all[j]!;
      if (m.start < sentStart) break;
      if (pro && sentStart + pro.index > m.end)
        return { pronoun: by(sp.lastPersonBefore(pos), 'pronoun-before') };
      if (candidate(m)) {
        // ("Raveesh Kumar, Official Spokesperson, Ministry of External Affairs, India, said": the person
        // the capitalised appositions describe.)
        const head = sp.persons.find(
          (x) => x.start >= sentStart && x.end <= m.start && APPOSITIVES.test(work.slice(x.end, verbPos)),
        );
        if (m.entity.type !== 'Person' && head) return { named: by(head.entity, 'apposition-chain') };
        return { named: by(m.entity, 'subject-of-verb-before') };
      }
    }
    if (pro) return { pronoun: by(sp.lastPersonBefore(pos), 'pronoun-before') };
    return {};
  };

  /** A speech verb a few words before pos governs the quotation there (no relative clause between). */
  const governed = (sentStart: number, pos: number): boolean => {
    let last: RegExpMatchArray | undefined;
    for (const m of work.slice(sentStart, pos).matchAll(SPEECH_BEFORE))
      if (!inQuote(sentStart + m.index)) last = m;
    if (!last) return false;
    const between = work.slice(sentStart + last.index! + last[0].length, pos);
    return between.split(/\s+/).filter(Boolean).length <= 6 && !/\b(?:which|who|whom)\b/.test(between);
  };

  const sentenceOf = (pos: number) => sents[Math.max(0, indexAt(sents, pos))]!;
  const deferred: Quote[] = [];
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
      const b = subjectOfSpeech(s1.start, q.open);
      found = b.named ?? after(q, sentEnd) ?? b.pronoun ?? sp.openingClauseSubject(s1.start, q, sentEnd);
    }
    // A quotation standing alone: the speaker cue nearest before it, in its paragraph or the previous one.
    // (Unless its own attribution names someone the text does not identify: "…," a US official said.)
    const ownAttribution = /^[\s,]*(?:\S+\s+){0,5}?(?:said|says|told|added|wrote|according)\b/i.test(
      work.slice(q.close + 1, sentEnd),
    );
    if (!found?.speaker && !found?.deferred && opensSentence && !ownAttribution)
      found = cueBefore(q) ?? found;
    if (!found?.speaker && !found?.deferred && q.para === firstPara)
      found = sp.headlineSubject(q.open) ?? found;
    if (found?.deferred) deferred.push(q);
    let speaker = found?.speaker;
    let rule = found?.rule;
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
    if (speaker) sp.previous = speaker;
    if (speaker && rule === 'quotes:spokesperson-for') sp.spokesBody = speaker;
    if (speaker && ISSUED.test(work.slice(s1.start, sentEnd).replace(/[“"][^”"]*[”"]/g, '')))
      sp.issuer = speaker;
    q.about = aboutOf(q, s1, speaker);
  }

  /** The speaker cue nearest before a standalone quotation: an earlier quotation's speaker or a speech clause. */
  function cueBefore(q: Quote): Attribution | undefined {
    let si = indexAt(sents, q.open) - 1;
    for (; si >= 0; si--) {
      const s = sents[si]!;
      if (q.para - s.para > 1) break;
      const earlier = quotes.filter((x) => x.speaker && x.open >= s.start && x.open < s.end).pop();
      if (earlier) return { speaker: earlier.speaker, rule: 'quotes:continues-previous' };
      const said = subjectOfSpeech(s.start, s.end);
      if (said.named?.speaker) return { speaker: said.named.speaker, rule: 'quotes:speaker-of-paragraph' };
      // ("He emphasized that …" before a quotation standing alone: the person the pronoun is.)
      if (said.pronoun?.speaker)
        return { speaker: said.pronoun.speaker, rule: 'quotes:pronoun-of-paragraph' };
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
    for (const m of work.slice(s1.start, q.open).matchAll(SPEECH_BEFORE))
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
}
