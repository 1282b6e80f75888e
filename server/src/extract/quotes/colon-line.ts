// A line that ends in a colon and introduces who speaks, then a quotation opening the next line: the words
// are that line's speaker's, as a reader takes them. The line names the speaker first (after a lead phrase
// at most), with an apposition and a verb of saying or with an apposition only ("X, spokesman for the
// ministry:", "Commissioner X, responsible for A, B and C, said:"), or its last clause does ("In the
// statement, entitled “…”, the ministry states:"). Read before the paragraph cues, which take the name
// nearest the verb ("… and the Capital Markets Union said:") or find no verb at all.
import type { Quote } from './find.js';
import type { Entity, Mention } from '../entities/index.js';
import type { Attribution, SpeakerIndex } from './speakers.js';
import { QUOTE_REPORTING_ANY_FORM, sayingAlternation } from '../saying-verbs.js';

/** A lead phrase before the subject: "Speaking in Minsk, ", "On Monday, ", "In a statement, ". */
const LEAD =
  /^\s*(?:(?:\p{Lu}\p{Ll}+ing|Asked|In|On|At|After|During|Later|Earlier|Meanwhile|However|But|And|Then)\b[^,:“”"]{0,80},\s*)?/u;
/** A verb of saying closing the line, a few words after it at most ("told reporters in Minsk:"). */
const SAYING_END = new RegExp(
  String.raw`\s(?:also\s+|then\s+|later\s+|further\s+)?(?:${sayingAlternation(QUOTE_REPORTING_ANY_FORM)})(?:\s+[^\s:“”"]+){0,4}\s*$`,
);
/** An apposition after the name: commas, no quotation, no clause of its own (no relative, no auxiliary). */
const APPOSITION = /^\s*,[^:“”"‘’]{2,220}$/;
const CLAUSE_WORD = /\b(?:who|which|that|has|have|had|was|were|is|are|will|would)\b/;

/** A preposition right before a name (its role's holder is someone else: "adviser to Y", "Head of Y"). */
const OF_ROLE = /\b(?:of|for|to|at)\s+(?:the\s+)?(?:\p{Lu}\p{L}*\s+(?:and\s+)?){0,4}$/u;
/** Capitalised words of a title before a name ("Commissioner", "Deputy Foreign Minister"). */
const TITLE_WORDS = /^\s*(?:\p{Lu}[\p{L}.-]*\s+){0,4}$/u;

/**
 * The subject a phrase at `at` names: the first name there (after title words), else the phrase's reading
 * ("the ministry") when no other name comes before the one it gives.
 */
function subjectAt(sp: SpeakerIndex, work: string, at: number, limit: number, anchor: number) {
  const first = sp.all.find((m) => m.start >= at && m.end <= limit);
  if (first && TITLE_WORDS.test(work.slice(at, first.start)))
    return { speaker: first.entity, end: first.end };
  const who = sp.whoAt(at, limit, anchor);
  const speaker: Entity | undefined = who?.att.speaker;
  if (!who || !speaker || (first && first.start < who.end && first.entity !== speaker)) return undefined;
  return { speaker, end: who.end };
}

/** The speaker of a quotation opening its line right after a line that ends in a colon and names them. */
export function colonLineSpeaker(work: string, sp: SpeakerIndex, q: Quote): Attribution | undefined {
  const lineStart = work.lastIndexOf('\n', q.open - 1) + 1;
  if (/\S/.test(work.slice(lineStart, q.open))) return undefined;
  let colon = lineStart - 1;
  while (colon >= 0 && /\s/.test(work[colon]!)) colon--;
  if (colon < 0 || work[colon] !== ':') return undefined;
  const from = work.lastIndexOf('\n', colon - 1) + 1;
  if (colon - from > 300) return undefined;
  const line = work.slice(from, colon);
  // (The subject opening the line; else the subject of its last clause, after a comma outside quotation
  // marks, with a verb of saying of its own.)
  const lead = from + LEAD.exec(line)![0].length;
  const open = line.lastIndexOf('“') > line.lastIndexOf('”') || (line.match(/"/g)?.length ?? 0) % 2 === 1;
  const lastComma = open ? -1 : line.lastIndexOf(',');
  const starts: [number, boolean][] = [[lead, true]];
  if (lastComma >= 0 && !/[“”"]/.test(line.slice(lastComma))) starts.push([from + lastComma + 1, false]);
  for (const [at, apposition] of starts) {
    const who = subjectAt(sp, work, at, colon, q.open);
    const speaker = who?.speaker;
    if (!who || !speaker || speaker.type === 'Place') continue;
    const rest = work.slice(who.end, colon);
    // (Another person named after the subject may be the one speaking, "X, with Y beside him, said:";
    // not one an apposition's role is of, "X, adviser to Y, said:".)
    const otherVoice = (m: Mention) =>
      m.entity !== speaker &&
      m.start >= who.end &&
      m.end <= colon &&
      !OF_ROLE.test(work.slice(from, m.start));
    if (sp.persons.some(otherVoice)) continue;
    const said = SAYING_END.exec(rest);
    const between = said ? rest.slice(0, said.index) : rest;
    const ok = said
      ? !/\S/.test(between) || (APPOSITION.test(between) && !CLAUSE_WORD.test(between))
      : apposition && APPOSITION.test(rest) && !CLAUSE_WORD.test(rest) && speaker.type === 'Person';
    if (ok) return { speaker, rule: 'quotes:colon-line' };
  }
  return undefined;
}
