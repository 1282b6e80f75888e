// The subject of the last verb of saying before a position in a sentence: the speaker of a quotation set inside
// its sentence ("X said the move was “…”", "According to X, “…”", ", saying “…”", "Interfax quoted X as
// saying"), or a pronoun ("he said") left for the caller to resolve. Asides (", who …,", ", the …,") and
// objects of prepositions and verbs are not subjects; a place speaks only as a subject. A passive verb of
// saying gives its agent ("Y was told by X that “…”": passive-agent.ts).
import { matchesOf } from '../regex-matches.js';
import { isVerb } from '../context.js';
import type { Entity, Mention } from '../entities/index.js';
import { indexAt } from '../text.js';
import { passiveAgent } from './passive-agent.js';
import { inSayingSense } from './saying-sense.js';
import { seatOfBody } from './body-seat.js';
import { openingAccordingToPronoun } from './according-pronoun.js';
import { accordingReading } from './according-role.js';
import { relayedSubjectAfter } from './according-relay.js';
import { reportedClauseSubject } from './reported-clause.js';
import { speechNounAuthor } from './speech-noun.js';
import { copulaClauseSubject } from './coordinated-subject.js';
import { titledWith } from './role-titles.js';
import { ENVOY_TO, roleAppositionHead } from './role-apposition.js';
import { holderOfPlaceRole } from './role-of-place.js';
import { PLATFORM } from './statement-issuer.js';
import { CIRCUMSTANCE_ASIDE, NOMINAL_RULES, SPEECH_AFTER_NAME } from './speaker-phrases.js';
import type { Attribution, SpeakerIndex } from './speakers.js';
import { APPOSITIVES, RUN_GAP, TITLE_OF } from './title-runs.js';
import { HEAD_OF_MISSION, SPOKESPERSON } from '../role-nouns.js';
import { QUOTE_SPEECH_BEFORE, SAYING_BEFORE_THAT, sayingAlternation } from '../saying-verbs.js';

/** What the reader needs: the text, the speaker index, and whether a position is inside a quotation. */
export interface SpeechContext {
  work: string;
  sp: SpeakerIndex;
  inQuote: (pos: number) => boolean;
}

/** A verb of saying (or of a stance taken in words) whose subject speaks a quotation after it. */
export const SPEECH_BEFORE = new RegExp(
  String.raw`\b(?:(?<=\b(?:statement|note|release|communiqu[ée]|letter|tweet|post|message|website|site|page|account|channel|[Ii]t)\s+(?:also\s+|further\s+|partly\s+)?)reads?(?=(?:\s+(?:in\s+part|in\s+full|as\s+follows))?\s*[:,]?\s*(?:[“"]|$))|(?:issued|released|published)\s+(?:the\s+following|an?|its)\s+(?:[a-z-]+\s+)?(?:statement|release|communiqu[ée])|defend(?:ed|ing|s)(?=\s[^.;“”"]{0,80}?\bas\s+(?:(?:an?|the)\s+)?(?:[“"‘]|$))|(?:${sayingAlternation(SAYING_BEFORE_THAT)})(?=\s+(?:[a-z]+ly\s+)?that\b)|${sayingAlternation(QUOTE_SPEECH_BEFORE)})\b`,
  'gi',
);
const PREP_BEFORE =
  /\b(?:to|from|with|by|of|on|at|in|for|about|against|than|into|over|toward|towards)\s+(?:the\s+)?(?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u;
/** A country's government as the subject ("Ecuador's government", "Mali’s transitional authorities"). */
const GOVERNMENT = /^['’]s\s+(?:\p{Ll}+\s+)?(?:government|authorities|leadership|administration)\s+/u;
/** The verb after a place that opens its clause, past auxiliaries and a day ("on Sunday, March 19,"). */
const PLACE_VERB =
  /^(?:\s*,\s*(?:meanwhile|however|for (?:its|their) part|in turn|in response|too)\s*,)?\s+(?:(?:on|last|this|late|early)\s+\p{Lu}\p{Ll}+(?:,?\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2})?,?\s+)?(?:(?:has|have|had|also|then)\s+)*(\p{Ll}+)/u;
/** A role right before a verb of saying, as its subject ("UK Foreign Secretary says", "the Russian ambassador said", a headline's "Ruritania’s President tells"). */
const ROLE_SUBJECT =
  /(?:^|[\s(])((?:\p{Lu}[\p{L}.]*(?:['’]s)?\s+){1,2}(?:(?:Foreign|Defen[cs]e|Interior|Prime|Deputy|Vice|Home)\s+)?(?:Secretary|Minister|Ambassador|Envoy|Spokes(?:wo)?man|Spokesperson|High Commissioner|Chancellor|President)(?:\s+of\s+State)?)\s+(?:(?:has|have|had|also)\s+)*$/u;
/** The opening of a clause joined to the one before ("…, while the", "…; but", ", whereas"). */
const CLAUSE_OPENING = /(?:[,;]\s*(?:(?:while|whereas|but|and)\s+)?|\s(?:while|whereas)\s+)(?:the\s+)?$/iu;
const AUX_ONLY = /^(?:(?:has|have|had|also|then|on \p{Lu}\p{Ll}+|\p{Ll}+ly)\s+)*$/u;
/**
 * An aside: a relative clause, an apposition by article, possessor or role ("X, spokesman for Y, said"), or
 * the circumstance of the speech ("X, speaking alongside Y, said").
 */
const ASIDE = new RegExp(
  String.raw`,\s+(?:(?:who|whom|whose|which|an?|the|\p{Lu}[\p{L}.]*['’]s|(?:(?:deputy|chief|senior|official|foreign|press|top|acting)\s+)*(?:${SPOKESPERSON}|minister|${HEAD_OF_MISSION}|secretary|director|head|adviser|advisor|chairman|chairwoman)\s+(?:of|for|to|at))\s[^,"“]*|${CIRCUMSTANCE_ASIDE}(?:(?!\b(?:said|says|told|tells|added|stated)\b)[^,"“])*),`,
  'gu',
);
/**
 * The asides of a clause, not a subject after an opening word ("However, the new minister …, saying"),
 * though after a one-word name ("Lavrov, who met X on Friday, said"; `nameAt`: a name starts at i).
 */
const asidesOf = (head: string, nameAt: (i: number) => boolean) =>
  matchesOf(ASIDE, head).filter(
    (a) =>
      (!/^\s*[\p{L}-]+\s*$/u.test(head.slice(0, a.index)) || nameAt(/^\s*/.exec(head)![0].length)) &&
      // (", the US president said that …,": a clause with its own verb of saying, not an apposition.)
      !/^,\s+(?:an?|the)\s[^,]*\b(?:said|says|told|added|stated|announced|noted|wrote)\b/.test(a[0]),
  );
/** Between a subject and its verb: auxiliaries, adverbs, a day. */
const IMMEDIATE_SUBJECT =
  /^(?:\s+(?:has|have|had|also|then|later|earlier|again|further|too|would|will|long|always|still|on \p{Lu}\p{Ll}+|\p{Ll}+ly)|\s*,\s*(?:for (?:its|their|his|her) part|in turn|in response|in reply|meanwhile|however|too|for now|by contrast)\s*,)*\s+$/u;
/** "what" and a name's titles before it: the name is the subject of a free relative ("what President X said"). */
const FREE_RELATIVE = /\bwhat\s+(?:(?:the|\p{Lu}[\p{L}.'’-]*)\s+){0,4}$/u;
/** A word, then "who" with no comma and at most two adverbs or auxiliaries, right before the verb. */
const RESTRICTIVE_WHO = /(\p{L}+)\s+who\s+(?:(?:has|have|had|also|then|later|long|\p{Ll}+ly)\s+){0,3}$/u;
const RELATIVE_SUBJECT =
  /^\s*,\s*(?:who|which)\s+(?:(?:has|have|had|also|then|later|had|\p{Ll}+ly)\s+){0,3}$/u;
const SPOKES_FOR =
  /\b(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:spokes(?:wo)?man|spokesperson|official|representative|source|statement)\s+(?:for|of|at|from)\s+(?:the\s+)?$/iu;
/** A platform used as a medium: "on her Instagram", "on the X account", "his Telegram channel". */
const PLATFORM_USE =
  /\b(?:[Oo]n|[Vv]ia|[Tt]hrough)\s+(?:(?:his|her|its|their|the|a)\s+)?\S+(?:\s|$)|\S+\s+(?:account|page|channel|feed|handle|post|story)\b/u;
export const by = (speaker: Entity | undefined, rule: string): Attribution | undefined =>
  speaker ? { speaker, rule: `quotes:${rule}` } : undefined;

export function subjectOfSpeech(
  { work, sp, inQuote }: SpeechContext,
  sentStart: number,
  pos: number,
  close?: number,
): { named?: Attribution; pronoun?: Attribution } {
  const text = work.slice(sentStart, pos);
  let verbPos = -1;
  let verb = '';
  // (Not in an aside: "described the move, which France said was …, as a “…”".)
  const nameAt = (i: number) => sp.all.some((m) => m.start === sentStart + i);
  const asideSpans = asidesOf(text, nameAt).map((a) => [a.index, a.index + a[0].length] as const);
  // (Nor a passive verb: "X was called back “…”" makes X no speaker; nor one in another sense: saying-sense.ts.)
  const notSaying = (at: number, v: string) =>
    /\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(0, at)) ||
    !inSayingSense(v, work.slice(sentStart + at + v.length, pos + 1));
  for (const m of matchesOf(SPEECH_BEFORE, text))
    if (
      !inQuote(sentStart + m.index) &&
      !asideSpans.some(([a, b]) => m.index > a && m.index < b) &&
      !notSaying(m.index, m[0])
    )
      [verbPos, verb] = [sentStart + m.index, m[0]];
  // ("X rejected the claim by Y that “…”", "Y's accusation that “…”": the noun's author, after the verb.)
  const author = speechNounAuthor(work, sp, sentStart, pos);
  // ("a letter from Y saying “…”": the link's own verb of saying is no later verb.)
  if (author && (author.at > verbPos || verbPos < author.linkEnd))
    return { named: by(author.mention.entity, 'author-of-speech-noun') };
  // "According to Polish Prime Minister Donald Tusk, …" (not "according to a Reuters report").
  // (Also "In the words of X," and "As X put it,": the source named before the comma.)
  const acc = /^\s*(?:according(?: to)?|in the words of|as)\s+(?:an?\s+|the\s+)?/i.exec(text);
  // ("According to him, “…”": the person the pronoun stands for.)
  const accPro = openingAccordingToPronoun(text);
  if (accPro?.pronoun === 'it') return { named: by(sp.it(sentStart), 'according-to-pronoun') };
  if (accPro)
    return {
      pronoun: by(sp.lastPersonBefore(sentStart + accPro.at, accPro.pronoun), 'according-to-pronoun'),
    };
  const accComma = acc ? work.indexOf(',', sentStart + acc[0].length) : -1;
  // ("According to TASS, Peskov said “…”": the clause after the comma has its own subject and verb.)
  if (acc && !relayedSubjectAfter(work, sp.all, accComma, verbPos, verb, inQuote)) {
    const from = sentStart + acc[0].length;
    const comma = accComma;
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
    // ("According to the ministry, …", "According to a statement from the council, …": a body by its kind.)
    const to_ = /^\s*according to\s+/i.exec(text);
    const who =
      !m && to_ && comma > 0 && comma < pos ? sp.whoAt(sentStart + to_[0].length, comma, pos) : undefined;
    const reading = who?.att.speaker && accordingReading(who.att.rule);
    if (reading && /^\s*$/.test(work.slice(who!.end, comma)))
      return { named: by(who!.att.speaker!, reading) };
  }
  // A headline's "Stoltenberg: "Ukraine will join NATO one day"": the name before the colon.
  if (/^\s*(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}?\p{Lu}[\p{L}.’'-]*:\s*$/u.test(text)) {
    const m = sp.all.find(
      (x) => x.start >= sentStart && x.end <= pos && /^:\s*$/.test(work.slice(x.end, pos)),
    );
    if (m && m.entity.type !== 'Place') return { named: by(m.entity, 'headline-colon') };
  }
  // ("X was told by Y that …", "deemed “…” by Y" (`close`: the quotation's end): the agent Y, unless an
  // active verb of saying comes after.)
  const agent = passiveAgent(work, sp, sentStart, pos, close);
  if (agent && agent.at > verbPos) return { named: agent.att };
  if (verbPos < 0) return {};
  // "over what it called "…"": "it" is the organisation last named (the subject of the report).
  const it = /\b(?:it|It)\s+(?:\S+\s+)?$/.exec(work.slice(sentStart, verbPos));
  // ("In a statement, X said “…”. It read, “…”": "it" is the statement, its issuer speaks.)
  if (it && /^reads?$/i.test(verb) && sp.issuer) return { named: by(sp.issuer, 'the-statement') };
  // ("A statement from X said: “…” It added: “…”": an "It" opening its sentence is the statement just
  // quoted.)
  const statement =
    it && /^\s*(?:(?:And|But|Meanwhile),?\s+)?$/.test(text.slice(0, it.index)) && sp.statementLast(sentStart);
  if (statement) return { named: by(statement, 'the-statement') };
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
    // ("Russia on Monday expelled two diplomats over what it called …": the clause's subject, a place too;
    // the last clause's, "A regretted it, while B denounced what it called …" being B's.)
    const subject = sp.all.findLast(
      (m) =>
        m.start >= sentStart &&
        m.end <= sentStart + it.index &&
        m.entity.type !== 'Person' &&
        (/^\s*(?:(?:the|[\p{L}-]+,)\s+)?$/iu.test(work.slice(sentStart, m.start)) ||
          CLAUSE_OPENING.test(work.slice(sentStart, m.start))) &&
        isVerb(PLACE_VERB.exec(work.slice(m.end, m.end + 60))?.[1] ?? ''),
    );
    if (subject) return { named: by(subject.entity, 'what-it-called') };
    // ("The junta's decision answers actions that it says are …": the body the sentence opens with.)
    const opener = sp.whoAt(sentStart, sentStart + it.index, pos)?.att;
    if (opener?.speaker && opener.speaker.type !== 'Person' && NOMINAL_RULES.has(opener.rule))
      return { named: by(opener.speaker, 'what-it-called') };
    const org = sp.lastOrgBefore(sentStart + it.index);
    return org ? { named: by(org, 'what-it-called') } : {};
  }
  const head = work.slice(sentStart, verbPos);
  // A phrase right before the verb that names a speaker without a name: "The statement also warned",
  // "Canadian diplomats calling on", "the ministry said".
  const nominal = sp.subjectPhraseBefore(sentStart, verbPos, pos);
  if (nominal) return { named: nominal };
  // ("drawing criticism from residents who called the visit “…”": a restrictive "who" makes the noun
  // before it the subject; when no name ends there, the clause's other names are not the speaker.)
  const restrictive = RESTRICTIVE_WHO.exec(head);
  if (restrictive && !sp.all.some((m) => m.end === sentStart + restrictive.index + restrictive[1]!.length))
    return {};
  const pro = /\b(he|she)\s+(?:\S+\s+){0,2}$/i.exec(head);
  const asides = asidesOf(head, nameAt).map((a) => ({
    start: sentStart + a.index,
    end: sentStart + a.index + a[0].length,
  }));
  /** Subjects of a clause that another verb reports, taken for subjects though a verb precedes them. */
  const reported = new Set<Mention>();
  const candidate = (m: Mention): boolean => {
    if (m.start < sentStart || m.end > verbPos || inQuote(m.start)) return false;
    // ("Her message on her Instagram account said": the platform an owner posts on is no speaker.)
    if (PLATFORM.test(m.entity.name) && PLATFORM_USE.test(work.slice(Math.max(0, m.start - 12), m.end + 12)))
      return false;
    // ("a spokesman for the Chinese Embassy in Washington said", "the Foreign Ministry in Athens, which
    // said": the place names the body's seat.)
    if (m.entity.type === 'Place' && seatOfBody(work, sp.all, m)) return false;
    // The subject of a free relative with its own verb ("rejected what President X said, adding:") is
    // not the subject of the verb of saying after it.
    if (
      FREE_RELATIVE.test(work.slice(Math.max(sentStart, m.start - 60), m.start)) &&
      (work.slice(m.end, verbPos).match(/\p{Ll}+/gu) ?? []).some(
        (w) => isVerb(w) || /^(?:said|says|told|is|was|has|had)$/.test(w),
      )
    )
      return false;
    // "Ecuador's government said": the country speaks through its government.
    const gov = m.entity.type === 'Place' && GOVERNMENT.exec(work.slice(m.end, verbPos));
    if (gov) return AUX_ONLY.test(work.slice(m.end + gov[0].length, verbPos));
    // The owner in a possessive noun phrase ("Ramaphosa’s recent visit underlined", "X, Y's German
    // counterpart, said") is not the subject.
    if (/^['’]s\s+\p{L}/u.test(work.slice(m.end, m.end + 4))) return false;
    // The antecedent of a relative clause whose verb this is ("met X, who said", "thanked Y, which
    // stated") is its subject, object of a verb or preposition though it is.
    if (RELATIVE_SUBJECT.test(work.slice(m.end, verbPos))) return true;
    if (asides.some((a) => m.start > a.start && m.end < a.end)) return false;
    // (The name's titles and body belong to it: "Chairman of the Committee on Foreign Affairs X".)
    let runStart = m.start;
    for (let j = sp.all.indexOf(m) - 1; j >= 0; j--) {
      const x = sp.all[j]!;
      if (x.start < sentStart || !RUN_GAP.test(work.slice(x.end, runStart))) break;
      runStart = x.start;
    }
    const lead = work.slice(Math.max(sentStart, runStart - 60), runStart);
    if (m.entity.type !== 'Person' && ENVOY_TO.test(lead)) return false;
    // ("X welcomed the move, with spokesman Y calling it “…”": the name a participle follows is its
    // subject, though "with" leads it.)
    if (/ing$/i.test(verb) && /^\s+$/.test(work.slice(m.end, verbPos)) && /\bwith\s+(?:the\s+)?$/.test(lead))
      return true;
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
    // (But a name right before the verb of saying is its subject, in a clause reported by another verb:
    // "X stressed Denmark called the plan “…”", "X recalled Denmark had earlier said".)
    const immediate = IMMEDIATE_SUBJECT.test(work.slice(m.end, verbPos));
    if (prev && isVerb(prev[1]!) && immediate) reported.add(m);
    if (
      prev &&
      isVerb(prev[1]!) &&
      !spokesFor &&
      !immediate &&
      !/^\s+to\s+$/.test(work.slice(m.end, verbPos))
    )
      return false;
    // A place speaks only as a subject: right before its verb ("Moscow has called", "Russia to vow") or
    // opening its clause before a verb ("In a similar move, South Africa has withdrawn … and said").
    if (m.entity.type === 'Place') {
      if (immediate) return true;
      if (
        /^\s+(?:(?:has|have|had|also|to|then|on \p{Lu}\p{Ll}+|\p{Ll}+ly)\s+)*$/u.test(
          work.slice(m.end, verbPos),
        )
      )
        return true;
      const next = PLACE_VERB.exec(work.slice(m.end, m.end + 60));
      // (Short openers before it: "Notably, a day ago, Pakistan had summoned … and said"; a dateline's
      // "New Delhi: India on Sunday, March 19, summoned".)
      return (
        /^(?:[^,:]{0,40}[,:]\s*){0,3}$/.test(work.slice(sentStart, m.start)) && !!next && isVerb(next[1]!)
      );
    }
    return true;
  };
  // "The MEA summoned X late on Sunday and said that …": a verb of saying joined to an earlier verb by
  // "and" has that verb's subject, the name before the clause's first verb, not that verb's object.
  if (/\band\s+(?:(?:also|then|later|has|have|had)\s+)*$/.test(head)) {
    const verbBefore = (m: Mention) =>
      (work.slice(sentStart, m.start).match(/\p{Ll}+/gu) ?? []).some((w) => isVerb(w));
    const subject = sp.all.find(
      (m) => m.start >= sentStart && m.end <= verbPos && !verbBefore(m) && candidate(m),
    );
    if (subject && (work.slice(subject.end, verbPos).match(/\p{Ll}+/gu) ?? []).some((w) => isVerb(w)))
      return { named: by(subject.entity, 'subject-of-coordinated-verb') };
    // ("X is not a member of Y and has said …": the subject before a copula.)
    const copula = copulaClauseSubject(work, sp, sentStart, verbPos);
    if (copula) return { named: by(copula.entity, 'subject-of-coordinated-verb') };
  }
  // "UK Foreign Secretary says …": a role as the subject is the one person the text titles with it.
  const role = ROLE_SUBJECT.exec(head);
  if (role) {
    const holder = titledWith(work, sp.persons, role[1]!);
    if (holder) return { named: by(holder, 'role-subject') };
  }
  // "Interfax quoted X as saying": the one quoted speaks, not the outlet.
  const quotedAs = /\b(?:quoted|quoting|cited|citing)\s+([^,;]{2,80}?)\s+as\s+(?:saying|telling)\b/.exec(
    work.slice(sentStart, verbPos + verb.length),
  );
  // "X was quoted by TASS as saying": the one quoted, the subject before "was quoted", not the outlet.
  const passive = /\b(?:was|were|is|has been)\s+quoted\s+by\s+[^,;]{2,60}?\s+as\s+(?:saying|telling)\b/.exec(
    work.slice(sentStart, verbPos + verb.length),
  );
  if (passive) {
    const subject = sp.all
      .filter((m) => m.start >= sentStart && m.end <= sentStart + passive.index && m.entity.type !== 'Place')
      .pop();
    const pro = /\b(he|she)\s+$/i.exec(work.slice(sentStart, sentStart + passive.index));
    if (subject && !pro) return { named: by(subject.entity, 'quoted-as-saying') };
    if (pro) return { pronoun: by(sp.lastPersonBefore(sentStart + pro.index, pro[1]), 'pronoun-before') };
  }
  if (quotedAs) {
    const from = sentStart + quotedAs.index + quotedAs[0].indexOf(quotedAs[1]!);
    const ms = sp.all.filter((m) => m.start >= from && m.end <= from + quotedAs[1]!.length);
    const m = ms.find((x) => x.entity.type === 'Person') ?? ms[ms.length - 1];
    if (m) return { named: by(m.entity, 'quoted-as-saying') };
  }
  // ", saying …", ", calling it …": a participle's subject is the clause's, the first candidate (a place
  // only when no person or body is: "India … summoned X, accusing the UK of …").
  if (/ing$/i.test(verb) && /,\s*(?:\S+\s+)?$/.test(work.slice(sentStart, verbPos))) {
    const inClause = (m: Mention) => m.start >= sentStart && m.end <= verbPos && candidate(m);
    let first =
      sp.all.find((m) => inClause(m) && m.entity.type !== 'Place') ?? sp.all.find((m) => inClause(m));
    // ("Iran's foreign ministry spokesman X condemned …": the person a run of names and titles ends in.)
    const head = first && sp.mentionsAt(first.end, verbPos).find((x) => x.entity.type === 'Person');
    if (first?.entity.type !== 'Person' && head) first = head;
    // ("X reported that Y has informed …, describing it as “…”": the reported clause's subject.)
    const relayed = first && reportedClauseSubject(work, sp, first.end, verbPos, pos, first.entity);
    if (relayed) return { named: relayed };
    if (first && !(pro && sentStart + pro.index < first.start))
      return { named: by(first.entity, 'subject-of-participle') };
  }
  for (let j = indexAt(sp.all, verbPos); j >= 0; j--) {
    const m = sp.all[j]!;
    if (m.start < sentStart) break;
    if (pro && sentStart + pro.index > m.end)
      return { pronoun: by(sp.lastPersonBefore(sentStart + pro.index, pro[1]), 'pronoun-before') };
    if (candidate(m)) {
      // ("X, president of the Andean Community, said": the person the role apposition describes.)
      const described = roleAppositionHead(work, sp.persons, sentStart, m, verbPos);
      if (described) return { named: by(described.entity, 'role-apposition') };
      const holder = holderOfPlaceRole(work, sp.persons, work.slice(sentStart, m.start), m);
      if (holder) return { named: by(holder, 'role-of-place') };
      // ("Raveesh Kumar, Official Spokesperson, Ministry of External Affairs, India, said": the person
      // the capitalised appositions describe.)
      const head = sp.persons.find(
        (x) => x.start >= sentStart && x.end <= m.start && APPOSITIVES.test(work.slice(x.end, verbPos)),
      );
      if (m.entity.type !== 'Person' && head) return { named: by(head.entity, 'apposition-chain') };
      const relative = RELATIVE_SUBJECT.test(work.slice(m.end, verbPos));
      const rule = relative
        ? 'relative-clause-subject'
        : reported.has(m)
          ? 'subject-of-reported-clause'
          : 'subject-of-verb-before';
      return { named: by(m.entity, rule) };
    }
  }
  if (pro) return { pronoun: by(sp.lastPersonBefore(sentStart + pro.index, pro[1]), 'pronoun-before') };
  return {};
}
