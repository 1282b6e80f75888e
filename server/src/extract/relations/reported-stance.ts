// CRITICIZED from reported speech with no quotation marks: a sentence whose reporting clause closes it
// ("Washington's decision is a hostile attack, the ministry's spokeswoman X said on Tuesday.") or opens it
// ("X said (on Monday) that Chile's move was unacceptable.", "According to X(,) Chile violates …") is read
// as a quotation is (quote-stance.ts):
// a judging word of the reported clause, outside any quotation, makes the reporting clause's speaker the
// critic of the party the judged clause names, read as quote-stance.ts reads it (judgedParties): the act's
// doer (`reported-act-doer`), the clause's subject (`reported-subject`), the act's possessor ("said X's
// irresponsible behaviour …": `reported-owner`), the name right after the word and "that", "of" or "by"
// (`reported-after`), a country's adjective (`reported-adjective`). The speaker's own side is never the target.
// A clause opened by "He said" or "The spokesperson said" that no rule resolves is the last quotation's
// speaker's, if that quotation closed shortly before.
import { matchesOf } from '../regex-matches.js';
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import type { RelOut } from '../events/index.js';
import { isOutlet } from '../clauses/outlets.js';
import { speakerOf } from '../clauses/speech.js';
import type { Sentence } from '../text.js';
import { JUDGING } from './judging.js';
import { judgedParties, onOwnSide, ownSide } from './quote-stance.js';
import { withQuotedMentions } from './whole-text.js';

/** Verbs of saying a reporting clause ends or opens with. */
const VERB = String.raw`(?:said|says|added|stated|stressed|warned|insisted|claimed|noted|declared|told\s+[^,;.“”"]{1,40}?)`;
/** What may follow the verb: a day, "in a statement", "on Tuesday in a briefing". */
const AFTER_VERB = String.raw`(?:\s+(?:on\s+\p{Lu}\p{Ll}+|in\s+an?\s+(?:statement|interview|briefing|post|commentary)|earlier|later|today|yesterday))*`;
/** "…, X said on Tuesday." closing the sentence: the speaker phrase before the verb (group 1), the verb (2). */
const TAIL = new RegExp(String.raw`,\s+([^,;“”"]{1,90}?)\s+(${VERB})${AFTER_VERB}\s*[.!]?\s*$`, 'u');
/** "X said (on Monday) (that) …" opening the sentence: the speaker phrase (1), the verb (2). */
const HEAD = new RegExp(
  String.raw`^((?:\p{Lu}[^,;“”"]{0,89}?))\s+(${VERB})${AFTER_VERB}(?:\s+that)?\s+(?=\S)`,
  'u',
);

/** A passive reporting clause names no speaker: "It was noted that …". */
const PASSIVE = /\b(?:was|were|is|are|been|be)$/;

/** "According to (President) X(,) …" opening the sentence, up to the name. */
const ACCORDING = /^(?:\p{Lu}[\p{L}-]*\s*[,:–—-]\s*)?[Aa]ccording\s+to\s+(?:the\s+)?/u;

/** A reporting clause's subject that names the one who spoke before again: "He", "The spokesperson". */
const SPEAKER_AGAIN =
  /^(?:He|She|It|They|The\s+(?:(?:ministry|foreign\s+office)['’]s\s+)?(?:spokes(?:wo)?man|spokesperson|ministry|statement))$/iu;
/** How far before the sentence the earlier quotation may end. */
const PREVIOUS_SPAN = 600;

/**
 * The resolved speaker of the last quotation before s, if it ends no more than PREVIOUS_SPAN characters
 * before it: "“…,” the Foreign Office spokesperson said. The spokesperson said X's … was irresponsible."
 */
function previousSpeaker(c: Ctx, s: Sentence): Entity | undefined {
  let last: Entity | undefined;
  for (const q of c.quotes) {
    if (q.close > s.start) break;
    if (q.speaker && q.close >= s.start - PREVIOUS_SPAN) last = q.speaker;
  }
  return last;
}

/** The reporting clause of s: its speaker, the reported span [from, to) and where its clause starts. */
function reportingClause(
  c: Ctx,
  s: Sentence,
): { speaker: Entity; from: number; to: number; start?: number } | undefined {
  const text = c.work.slice(s.start, s.end);
  // ("According to Reuters, …": an outlet carries words, it does not judge.)
  const acc = ACCORDING.exec(text);
  if (acc) {
    const at = s.start + acc[0].length;
    const m = c.inRange(at, at + 60, ['Person', 'Organization', 'Place'], true)[0];
    const lead = m ? c.work.slice(at, m.start) : '';
    if (!m || m.nominal || !/^(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u.test(lead)) return undefined;
    if (isOutlet(c, m.entity, m.start, m.end)) return undefined;
    const from = m.end + (/^\s*,?\s*/.exec(c.work.slice(m.end, s.end))?.[0].length ?? 0);
    return { speaker: m.entity, from, to: s.end, start: from };
  }
  const tail = TAIL.exec(text);
  if (tail) {
    const at = s.start + tail.index + tail[0].indexOf(tail[2]!, tail[0].indexOf(tail[1]!) + tail[1]!.length);
    const speaker = PASSIVE.test(tail[1]!) ? undefined : speakerOf(c, s, at);
    if (speaker) return { speaker, from: s.start, to: s.start + tail.index };
  }
  const head = HEAD.exec(text);
  if (head) {
    const at = s.start + head[1]!.length + (head[0].slice(head[1]!.length).search(/\S/) ?? 0);
    const speaker = PASSIVE.test(head[1]!)
      ? undefined
      : (speakerOf(c, s, at) ?? (SPEAKER_AGAIN.test(head[1]!) ? previousSpeaker(c, s) : undefined));
    if (speaker) return { speaker, from: s.start + head[0].length, to: s.end };
  }
  return undefined;
}

export function reportedStanceRelations(article: Ctx, known: RelOut[]): RelOut[] {
  const c = withQuotedMentions(article);
  const out: RelOut[] = [];
  const seen = new Set<string>();
  for (const s of article.sents) {
    const r = reportingClause(article, s);
    if (!r) continue;
    const own = ownSide(c, r.speaker, known);
    for (const j of matchesOf(JUDGING, c.work.slice(r.from, r.to))) {
      const at = r.from + j.index;
      if (article.inQuote(at)) continue;
      const judged = judgedParties(c, s, at, j[0], r.from, (t) => onOwnSide(c, own, t), r.start);
      for (const target of judged?.targets ?? []) {
        const key = `${r.speaker.id}|${target.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({
          source: r.speaker,
          type: 'CRITICIZED',
          target,
          date: null,
          evidence: [c.evidence(s)],
          rule: `relations/reported-stance:reported-${judged!.reading}`,
        });
      }
    }
  }
  return out;
}
