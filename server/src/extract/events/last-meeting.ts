// The last meeting an article's meeting clause made, and the sentence it was told in: what the sentences
// after it that name its attendees (meeting-attendees.ts), its host (meeting-hosts.ts), its listed parties
// (meeting-participant-lists.ts) or its last pair (meeting-last-pair.ts) join. Noted by the meeting clause
// (meeting-parties.ts) and body summits (summits.ts) for each meeting they make.
import type { Ctx } from '../context.js';
import type { Sentence } from '../text.js';
import type { RuleHit } from './hit.js';
import type { EvOut } from './types.js';

const lastMeeting = new WeakMap<Ctx, { event: EvOut; sentence: number }>();

/** The last meeting the clause reading made in the article, and its sentence's index. */
export function lastMeetingOf(c: Ctx): { event: EvOut; sentence: number } | undefined {
  return lastMeeting.get(c);
}

/** Called for each meeting the clause reading makes. */
export function noteMeeting(h: RuleHit, e: EvOut): void {
  lastMeeting.set(h.c, { event: e, sentence: h.c.sents.indexOf(h.s) });
}

/** The last meeting, when it was told 1 to `reach` sentences before sentence `s`. */
export function meetingBefore(c: Ctx, s: Sentence, reach: number): EvOut | undefined {
  const last = lastMeetingOf(c);
  const si = c.sents.indexOf(s);
  return last && si > last.sentence && si - last.sentence <= reach ? last.event : undefined;
}

/** A determiner opening a sentence about that meeting, and up to two lower-case words before its noun ("The",
 * "That", "Sunday's closed-door"). */
export const MEETING_DET = String.raw`(?:[Tt]he|[Tt]hat|[Tt]his|[Tt]oday['’]s|[Yy]esterday['’]s|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}?`;
