// Quoted statements and their speakers. A quotation is a “…” or "…" pair inside one paragraph (an
// unclosed one runs to the paragraph's end), however many sentences it spans. The speaker is found by:
// an attribution right after it ("…," Antonov told X / he added / the ambassador said / said X) when the
// quote opens its sentence; else the subject of the last speech verb before it in the sentence (the
// nearest person or organisation before "said", "branded", "describing", … that is not the object of a
// preposition); else any attribution after it; else a pronoun subject resolved to the last named person
// (outside quotes); else, for a quote standing alone, the speaker of the previous quote nearby.
import type { Entity, EntityIndex, Mention } from './entities/index.js';
import { pronounAntecedent } from './context.js';
import { indexAt, type Sentence } from './text.js';

export interface Quote {
  /** Inner text span (without the quotation marks). */
  start: number;
  end: number;
  open: number;
  close: number;
  para: number;
  speaker?: Entity;
  /** Further speakers when the words are given to several ("the two leaders agreed that …"). */
  coSpeakers?: Entity[];
  about: Entity[];
  /** The quotation runs to the end of its paragraph without a closing mark (continued in the next one). */
  unclosed?: boolean;
  /** The attribution rule that found the speaker (`quotes:<name>`). */
  rule?: string;
}

/** A speaker and the rule that found them. */
interface Attribution {
  speaker: Entity;
  rule: string;
}
const by = (speaker: Entity | undefined, rule: string): Attribution | undefined =>
  speaker ? { speaker, rule: `quotes:${rule}` } : undefined;

const SPEECH_AFTER =
  /^(?:said|says|told|tells|added|adds|continued|stressed|wrote|writes|noted|explained|insisted|declared|tweeted|posted|claimed|warned|argued|asked|replied|responded|complained|acknowledged|admitted|announced|emphasi[sz]ed|underlined|pointed out|concluded|was quoted|is quoted|quipped|remarked|suggested|urged|went on|recalled|according)\b/i;
const SPEECH_BEFORE =
  /\b(?:said|says|told|tells|added|adds|called|calls|calling|branded|branding|described|describes|describing|responded|replied|wrote|written|writes|stressed|warned|noted|claimed|agreed|agreeing|demanding|demanded|deemed|insisted|declared|urged|accused|accusing|asked|saying|stating|stated|announced|tweeted|posted|labelled|labeled|dubbed|termed|vowed|promised|threatened|argued|complained|admitted|explained|thanked|praised|welcomed|hailed|criticised|criticized|condemned|slammed|denounced|rejected|rejects|dismissed|pledged|acknowledged|confirmed|denied|insists)\b/gi;
const PREP_BEFORE =
  /\b(?:to|from|with|by|of|on|at|in|for|about|against|than|into|over|toward|towards)\s+(?:the\s+)?(?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u;

export function findQuotes(work: string, paras: Sentence[]): Quote[] {
  const out: Quote[] = [];
  for (const p of paras) {
    let curlyOpen = -1;
    let straightOpen = -1;
    for (let i = p.start; i < p.end; i++) {
      const ch = work[i];
      if (ch === '“') {
        if (curlyOpen < 0) curlyOpen = i;
      } else if (ch === '”') {
        if (curlyOpen >= 0) {
          push(out, work, curlyOpen, i, p.para);
          curlyOpen = -1;
        }
      } else if (ch === '"') {
        if (straightOpen < 0) straightOpen = i;
        else {
          push(out, work, straightOpen, i, p.para);
          straightOpen = -1;
        }
      }
    }
    const open = curlyOpen >= 0 ? curlyOpen : straightOpen;
    if (open >= 0 && p.end - open > 20) {
      push(out, work, open, p.end, p.para);
      const last = out[out.length - 1];
      if (last && last.open === open) last.unclosed = true;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function push(out: Quote[], work: string, open: number, close: number, para: number): void {
  let s = open + 1;
  let e = close;
  while (s < e && /\s/.test(work[s]!)) s++;
  while (e > s && /\s/.test(work[e - 1]!)) e--;
  if (e - s < 2) return;
  out.push({ start: s, end: e, open, close, para, about: [] });
}

export function attributeQuotes(work: string, quotes: Quote[], sents: Sentence[], idx: EntityIndex): void {
  const inQuote = (pos: number) => {
    const i = indexAt(quotes, pos);
    for (let j = i; j >= 0 && j >= i - 1; j--)
      if (pos > quotes[j]!.open && pos < quotes[j]!.close) return true;
    return false;
  };
  const speakers = idx.mentions.filter((m) => m.entity.type !== 'Place' && !inQuote(m.start));
  const persons = speakers.filter((m) => m.entity.type === 'Person');
  const lastPersonBefore = (pos: number): Entity | undefined => {
    const a = pronounAntecedent(work, sents, persons, pos);
    if (a) return a;
    const i = indexAt(persons, pos - 1);
    for (let j = i; j >= 0; j--) if (persons[j]!.end <= pos) return persons[j]!.entity;
    return undefined;
  };
  const orgs = speakers.filter((m) => m.entity.type === 'Organization');
  const lastOrgBefore = (pos: number): Entity | undefined => {
    for (let j = indexAt(orgs, pos - 1); j >= 0; j--) if (orgs[j]!.end <= pos) return orgs[j]!.entity;
    return undefined;
  };
  /**
   * "a foreign ministry spokesperson said", "an embassy official told": the organisation of that kind last
   * named (its words are the organisation's).
   */
  const unnamedSpokesperson = (rest: string, pos: number): Entity | undefined => {
    const m =
      /^[\s,]*(?:a|an|the)\s+(?:\p{L}+\s+){0,2}?(ministry|embassy|office|department|government|kremlin|presidency)\s+(?:(?:spokes(?:wo)?man|spokesperson|official|source|representative)\s+)?(?:said|says|told|added)\b/iu.exec(
        rest,
      );
    if (!m) return undefined;
    const head = m[1]!.toLowerCase();
    for (let j = indexAt(orgs, pos - 1); j >= 0; j--)
      if (orgs[j]!.end <= pos && orgs[j]!.entity.name.toLowerCase().includes(head)) return orgs[j]!.entity;
    return undefined;
  };
  /** The last two persons named together ("X and Y") before pos, within a few sentences. */
  const lastPair = (pos: number): [Entity, Entity] | undefined => {
    const i = indexAt(persons, pos - 1);
    for (let j = i; j > 0 && j > i - 12; j--) {
      const b2 = persons[j]!;
      const a2 = persons[j - 1]!;
      if (b2.end > pos || a2.entity === b2.entity) continue;
      if (/^\s*(?:and|&)\s*$/.test(work.slice(a2.end, b2.start))) return [a2.entity, b2.entity];
    }
    return undefined;
  };
  // The first speaker mention at pos, allowing ", the" and titles ("Foreign Secretary James Cleverly").
  const mentionAt = (pos: number, maxGap: number, limit: number): Mention | undefined =>
    mentionsAt(pos, maxGap, limit)[0];
  /** Every speaker mention at pos (as mentionAt allows), nearest first. */
  const mentionsAt = (pos: number, maxGap: number, limit: number): Mention[] => {
    const i = indexAt(speakers, pos + maxGap);
    const out: Mention[] = [];
    for (let j = i; j >= 0 && j >= i - 4; j--) {
      const m = speakers[j]!;
      if (m.start < pos || m.start >= limit) continue;
      if (
        /^[\s,]*(?:the\s+)?(?:(?:\p{Lu}[\p{L}.’'-]*|spokes(?:wo)?man|spokesperson|press|secretary|minister|ambassador|envoy|official|adviser|advisor|chief|head|deputy|broadcaster|state|news|agency)\s+){0,6}$/iu.test(
          work.slice(pos, m.start),
        ) &&
        !/\n/.test(work.slice(pos, m.start))
      )
        out.unshift(m);
    }
    return out;
  };
  /** Attribution after the closing mark, up to the end of the sentence. */
  const after = (q: Quote, sentEnd: number): Attribution | undefined => {
    const from = q.close + 1;
    const rest = work.slice(from, sentEnd);
    // "Foreign Ministry spokeswoman Maria Zakharova told reporters": the mention the speech verb follows.
    for (const m of mentionsAt(from, 50, sentEnd))
      if (
        SPEECH_AFTER.test(
          work
            .slice(m.end, m.end + 30)
            .replace(/^[\s,]+/, '')
            .replace(/^(?:has|had|then|also|later)\s+/, ''),
        )
      )
        return by(m.entity, 'name-then-verb-after');
    const unnamed = unnamedSpokesperson(rest, q.open);
    if (unnamed) return by(unnamed, 'unnamed-spokesperson-after');
    const pro = /^[\s,]*(he|she)\s+(\S+(?:\s\S+)?)/i.exec(rest);
    if (pro && SPEECH_AFTER.test(pro[2]!)) return by(lastPersonBefore(q.open), 'pronoun-after');
    const inv = /^[\s,]*(?:said|says|added|told|wrote|according to)\s+/i.exec(rest);
    if (inv) {
      const m2 = mentionAt(from + inv[0].length, 40, sentEnd);
      if (m2) return by(m2.entity, 'verb-then-name-after');
    }
    return undefined;
  };
  const before = (q: Quote, sentStart: number): { named?: Attribution; pronoun?: Attribution } => {
    const text = work.slice(sentStart, q.open);
    let verbPos = -1;
    for (const m of text.matchAll(SPEECH_BEFORE)) verbPos = sentStart + m.index;
    // "According to Polish Prime Minister Donald Tusk, the summit showed that "…"".
    const acc = /^\s*according to\s+/i.exec(text);
    if (acc) {
      // The person of "according to the EU foreign policy chief Josep Borrell," (else the organisation).
      const from = sentStart + acc[0].length;
      const comma = work.indexOf(',', from);
      const to = Math.min(q.open, comma < 0 ? q.open : comma, from + 80);
      const ms = speakers.filter((m) => m.start >= from && m.end <= to);
      const m = ms.find((x) => x.entity.type === 'Person') ?? ms[0];
      if (m) return { named: by(m.entity, 'according-to') };
    }
    // A headline's "Stoltenberg: "Ukraine will join NATO one day"": the name before the colon.
    const colon = /^\s*(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}?\p{Lu}[\p{L}.’'-]*:\s*$/u.exec(text);
    if (colon) {
      const m = speakers.find(
        (x) => x.start >= sentStart && x.end <= q.open && /^:\s*$/.test(work.slice(x.end, q.open)),
      );
      if (m) return { named: by(m.entity, 'headline-colon') };
    }
    if (verbPos < 0) return {};
    // "over what it called "…"": "it" is the organisation last named (the subject of the report).
    const it = /\b(?:it|It)\s+(?:\S+\s+)?$/.exec(work.slice(sentStart, verbPos));
    if (it) {
      const org = lastOrgBefore(sentStart + it.index);
      if (org) return { named: by(org, 'what-it-called') };
    }
    // The nearest candidate before the verb that is not the object of a preposition.
    const pro = /\b(he|she)\s+(?:\S+\s+){0,2}$/i.exec(work.slice(sentStart, verbPos));
    const asides = [
      ...work.slice(sentStart, verbPos).matchAll(/,\s+(?:who|whom|which|an?|the)\s[^,"“]*,/g),
    ].map((a) => ({
      start: sentStart + a.index,
      end: sentStart + a.index + a[0].length,
    }));
    const i = indexAt(speakers, verbPos);
    for (let j = i; j >= 0; j--) {
      const m = speakers[j]!;
      if (m.start < sentStart) break;
      if (m.end > verbPos) continue;
      if (pro && sentStart + pro.index > m.end)
        return { pronoun: by(lastPersonBefore(q.open), 'pronoun-before') };
      // Inside an apposition (", the Labour leader,") it is not the subject.
      if (asides.some((a) => m.start > a.start && m.end < a.end)) continue;
      const lead = work.slice(Math.max(sentStart, m.start - 30), m.start);
      const whoFollows = /^\s*,?\s*who\b/.test(work.slice(m.end, m.end + 8));
      if (
        PREP_BEFORE.test(lead) &&
        !whoFollows &&
        !/\b(?:President|Minister|Secretary|Ambassador)\s*$/.test(lead)
      )
        continue;
      return { named: by(m.entity, 'subject-of-verb-before') };
    }
    if (pro) return { pronoun: by(lastPersonBefore(q.open), 'pronoun-before') };
    return {};
  };
  let prev: Quote | undefined;
  for (const q of quotes) {
    const s1 = sents[Math.max(0, indexAt(sents, q.open))]!;
    const s2 = sents[Math.max(0, indexAt(sents, Math.max(q.open, q.close - 1)))]!;
    let sentEnd = s2.end;
    // An attribution may follow in the next "sentence" when the quote ends with a period inside the marks.
    if (q.close + 1 >= s2.end) {
      const nx = sents[indexAt(sents, q.close + 1) + 0];
      if (nx && nx.start > q.close && nx.para === q.para) sentEnd = nx.end;
    }
    const opensSentence = !/\S/.test(work.slice(s1.start, q.open));
    let found: Attribution | undefined;
    if (opensSentence) found = after(q, sentEnd);
    if (!found) {
      const b = before(q, s1.start);
      found = b.named ?? after(q, sentEnd) ?? b.pronoun;
    }
    let speaker = found?.speaker;
    let rule = found?.rule;
    // A quotation standing alone continues the previous speaker, unless its own attribution names someone
    // the text does not identify ("… ," a senior US official told reporters).
    const ownAttribution = /^[\s,]*(?:\S+\s+){0,5}?(?:said|says|told|added|wrote|according)\b/i.test(
      work.slice(q.close + 1, sentEnd),
    );
    if (!speaker && opensSentence && !ownAttribution && prev?.speaker && q.para - prev.para <= 1) {
      speaker = prev.speaker;
      rule = 'quotes:continues-previous';
    }
    // "the two leaders", "both presidents": the pair last named together ("Putin and Biden agreed").
    if (
      !speaker &&
      /\b(?:the two|both)\s+(?:countries['’]\s+|nations['’]\s+|sides['’]\s+)?(?:leaders|presidents|prime ministers|foreign ministers|ministers|men|sides)\b/i.test(
        work.slice(s1.start, q.open),
      )
    ) {
      const pair = lastPair(q.open);
      if (pair) {
        speaker = pair[0];
        q.coSpeakers = [pair[1]];
        rule = 'quotes:the-two-leaders';
      }
    }
    q.speaker = speaker;
    q.rule = speaker ? rule : undefined;
    const about = new Set<Entity>();
    for (const m of idx.mentions)
      if (m.start >= q.start && m.end <= q.end && m.entity !== speaker) about.add(m.entity);
    // A label given to someone ("called the Russian leader a "killer"", "branded Putin "a killer""):
    // the entity between the last speech verb and the quotation is what the words are about.
    const lead = work.slice(s1.start, q.open);
    let verbAt = -1;
    for (const m of lead.matchAll(SPEECH_BEFORE)) verbAt = s1.start + m.index + m[0].length;
    if (verbAt >= 0 && q.open - verbAt < 80)
      for (const m of idx.mentions)
        if (m.start >= verbAt && m.end <= q.open && m.entity !== speaker && m.entity.type !== 'Place')
          about.add(m.entity);
    q.about = [...about];
    prev = q;
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
