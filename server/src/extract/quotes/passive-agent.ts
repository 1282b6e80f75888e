// A verb of saying or of judging in the passive with its agent: "The ambassador was told by the minister
// that the remarks were “…”", "The move was described by Moscow as a “…”" (agent before the quotation),
// "an act deemed “…” and “…” by French officials" (agent after it: judged-agent.ts): the agent after "by"
// speaks (a name with its titles or a body by its kind), not the one told or judged. Only when nothing but
// the reported clause, or "as", stands between the agent and the quotation (no later verb of saying:
// speech-subject.ts compares positions).
import type { Attribution, SpeakerIndex } from './speakers.js';
import { matchesOf } from '../regex-matches.js';
import { JUDGED_PARTICIPLE, judgedAgentAfter } from './judged-agent.js';

/** "was told by", "were informed by", "had been warned by" (the agent follows). */
const PASSIVE_BY =
  /\b(?:was|were|is|are|has been|have been|had been|being)\s+(?:\p{Ll}+ly\s+)?(?:told|informed|warned|assured|reminded|urged|asked|advised|notified)\s+by\s+/gu;
/** "was described by", "(the move,) condemned by" (the agent follows, then "as" and the quotation). */
const JUDGED_BY = new RegExp(String.raw`\b(?:${JUDGED_PARTICIPLE})\s+by\s+`, 'gu');
/** Between a judging verb's agent and the quotation: "as", an article ("as a “…”"). */
const AS_BEFORE_QUOTE = /^\s*,?\s*as\s+(?:(?:an?|the)\s+)?$/;

/** The agent of the last passive verb of saying before pos in the sentence, and where its verb is. */
export function passiveAgent(
  work: string,
  sp: SpeakerIndex,
  sentStart: number,
  pos: number,
  close?: number,
): { att: Attribution; at: number } | undefined {
  // ("an act deemed “…” by X": the agent after the quotation; `at` is the quotation, after any verb.)
  const after = close === undefined ? undefined : judgedAgentAfter(work, sp, sentStart, pos, close);
  if (after) return { att: { speaker: after, rule: 'quotes:judged-by-agent' }, at: pos };
  const text = work.slice(sentStart, pos);
  const judged = matchesOf(JUDGED_BY, text)
    .filter((m) => !sp.inQuote(sentStart + m.index))
    .pop();
  if (judged) {
    const from = sentStart + judged.index + judged[0].length;
    const who = sp.whoAt(from, pos, pos);
    if (who?.att.speaker && AS_BEFORE_QUOTE.test(work.slice(who.end, pos)))
      return { att: { speaker: who.att.speaker, rule: 'quotes:judged-by-agent' }, at: pos };
  }
  const last = matchesOf(PASSIVE_BY, text)
    .filter((m) => !sp.inQuote(sentStart + m.index))
    .pop();
  if (!last) return undefined;
  const from = sentStart + last.index + last[0].length;
  const who = sp.whoAt(from, pos, pos);
  if (!who?.att.speaker || !/^\s*(?:,|that\b|on\s|in\s|at\s|during\s|to\s)/.test(work.slice(who.end, pos)))
    return undefined;
  return { att: { speaker: who.att.speaker, rule: 'quotes:passive-agent' }, at: sentStart + last.index };
}
