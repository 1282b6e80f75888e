// A place, time or occasion between talks held and whom they were held with (meetings.ts): "held talks in
// Baghdad with B", "had a meeting at the palace with B", "held a meeting on the sidelines of the summit
// with B", "held meetings during his visit with B and C". The topic ("held talks on energy with B") is
// meeting-gaps.ts'; here the gap must name no person (else who met whom is not plain).
import type { Ctx } from '../context.js';
import { P } from './arguments.js';
import { topicThenWith } from './meeting-gaps.js';

/** Talks or a meeting held or had, with no "with" read by the trigger itself. */
const HELD_NOUN =
  /^(?:held|hold|holds|had|has|have|holding)\s.*\b(?:talks|meetings?|discussions?|consultations|negotiations|conversation)$/;

/** The gap: a preposition of place, time or occasion, a few words, then "with" and the partner. */
const GAP =
  /^\s+(?:in|at|on|during|earlier|later|separately|privately|also)\s+[^,;.()]{1,60}?\s+with\s+(?=\p{Lu}|(?:his|her|their|the)\s)/u;

/**
 * The words from the trigger's end to its partner: a topic ("discussed trade with", "held talks on energy
 * with"), or a gap of place, time or occasion after talks held, when no person is named in it.
 */
export function partnerGap(c: Ctx, word: string, end: number, limit: number): RegExpExecArray | null {
  const rest = c.work.slice(end, limit);
  const topic = topicThenWith(word, rest);
  if (topic || !HELD_NOUN.test(word)) return topic;
  const gap = GAP.exec(rest);
  return gap && !c.inRange(end, end + gap[0].length, P).length ? gap : null;
}
