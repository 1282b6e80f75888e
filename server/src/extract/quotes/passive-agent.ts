// A verb of saying in the passive with its agent: "The ambassador was told by the minister that the
// remarks were “…”", "Diplomats were warned by Petrov that …": the agent after "by" speaks (a name with
// its titles or a body by its kind), not the one told. Only when nothing but the reported clause stands
// between the agent and the quotation's sentence position (no later verb of saying: speech-subject.ts
// compares positions).
import type { Attribution, SpeakerIndex } from './speakers.js';
import { matchesOf } from '../regex-matches.js';

/** "was told by", "were informed by", "had been warned by" (the agent follows). */
const PASSIVE_BY =
  /\b(?:was|were|is|are|has been|have been|had been|being)\s+(?:\p{Ll}+ly\s+)?(?:told|informed|warned|assured|reminded|urged|asked|advised|notified)\s+by\s+/gu;

/** The agent of the last passive verb of saying before pos in the sentence, and where its verb is. */
export function passiveAgent(
  work: string,
  sp: SpeakerIndex,
  sentStart: number,
  pos: number,
): { att: Attribution; at: number } | undefined {
  const text = work.slice(sentStart, pos);
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
