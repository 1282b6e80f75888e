// The last meeting an article's meeting clause made, and the sentence it was told in: what the sentences
// after it that name its attendees (meeting-attendees.ts), its host (meeting-hosts.ts) or its last pair
// (meeting-last-pair.ts) join. Noted by the meeting clause (meeting-parties.ts) for each meeting it makes.
import type { Ctx } from '../context.js';
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
