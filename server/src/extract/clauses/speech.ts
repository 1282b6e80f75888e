// Who speaks in a sentence: the subject of a verb of saying ("X said", "she told reporters"), the one
// named after it in an inverted attribution ("…, said Prime Minister X"), the body a spokesperson speaks
// for ("a spokeswoman for the Austrian Foreign Ministry said"), or whom the sentence's quotation is
// attributed to.
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { matchesOf } from '../regex-matches.js';
import type { Sentence } from '../text.js';
import { referents } from './clause.js';
import { mentionAt, mentionEndingAt } from './noun-phrase.js';
import { subjectOf } from './subject.js';

export const SAY = String.raw`(?:said|says|say|told|tells|announced|announces|added|noted|stated|declared|wrote|made known|made clear|confirmed|reiterated|insisted|warned|urged|claimed)`;
const SPEAKERS: ('Person' | 'Organization' | 'Place')[] = ['Person', 'Organization', 'Place'];
/** A verb of saying and up to four words after it (an inverted attribution), built once. */
const SAY_THEN_WORDS = new RegExp(String.raw`^${SAY}\s+(?:[\p{L}.'’-]+\s+){0,4}`, 'u');
/** Any verb of saying, built once (matched through matchesOf, which leaves it as it was). */
const SAY_WORD = new RegExp(String.raw`\b${SAY}\b`, 'g');

/** Who speaks through the verb of saying at `at`: its subject, or the body its spokesperson speaks for. */
export function speakerOf(c: Ctx, s: Sentence, at: number): Entity | undefined {
  const before = c.work.slice(s.start, at);
  const spokes = /\b(?:spokes(?:wo)?man|spokesperson|official|representative)\s+(?:for|of|at)\s+(?:the\s+)?$/;
  const trimmed = before.replace(/\s+(?:has|have|had|also|then|later|on \p{Lu}\p{Ll}+)\s*$/u, '');
  const body = mentionEndingAt(c, s.start, s.start + trimmed.length);
  if (body && body.entity.type !== 'Person' && spokes.test(c.work.slice(s.start, body.start)))
    return body.entity;
  const subject = referents(c, subjectOf(c, s, at), SPEAKERS, { at })[0];
  if (subject) return subject;
  // "…, said Bulgarian prime minister Kiril Petkov": the name after the verb.
  const verb = SAY_THEN_WORDS.exec(c.work.slice(at, s.end));
  if (verb) {
    const after = c.inRange(at, at + verb[0].length + 40, SPEAKERS, true)[0];
    if (after && /^\S+\s+(?:[\p{L}.'’-]+\s+){0,4}$/u.test(c.work.slice(at, after.start))) return after.entity;
  }
  return c.quotes.find((q) => q.speaker && q.open >= s.start && q.close <= s.end)?.speaker;
}

/** The speaker of the first verb of saying in [from, to) of sentence s (outside quotations). */
export function speakerIn(c: Ctx, s: Sentence, from = s.start, to = s.end): Entity | undefined {
  for (const m of matchesOf(SAY_WORD, c.work.slice(from, to))) {
    const at = from + m.index;
    if (c.inQuote(at)) continue;
    const who = speakerOf(c, s, at);
    if (who) return who;
  }
  return c.quotes.find((q) => q.speaker && q.open >= s.start && q.close <= s.end)?.speaker;
}

/** The mention at pos if it is of one of the types ("the RIA news agency" → RIA Novosti). */
export function entityAt(c: Ctx, pos: number, limit: number, types = SPEAKERS): Entity | undefined {
  const m = mentionAt(c, pos, limit);
  return m && types.includes(m.entity.type) ? m.entity : undefined;
}
