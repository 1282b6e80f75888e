// Who "the two" or "they" are after successive meetings of one person: "X met A. He later met B. The two
// sides exchanged views" (X and B, not A and B, the last two persons named). The pair of the meeting the
// clause reading made last, when it was told in one of the two sentences before and was of two persons;
// otherwise the last two persons named (meeting-sides.ts).
import type { Entity } from '../entities/index.js';
import type { RuleHit } from './hit.js';
import { meetingBefore } from './last-meeting.js';
import { pairBefore, theTwo } from './meeting-sides.js';

/** How many sentences back the meeting "the two" or "they" continue may have been told. */
const REACH = 2;

/** The two persons of the meeting told just before the hit's sentence, if it was of two persons. */
function lastPair(h: RuleHit): Entity[] {
  const last = meetingBefore(h.c, h.s, REACH);
  if (!last) return [];
  const ps = [...new Set(last.participants.map((p) => p.entity))];
  return ps.length === 2 && ps.every((e) => e.type === 'Person') ? ps : [];
}

/** "The two (leaders|sides)" as the meeting's parties. */
export function theTwoMet(h: RuleHit): Entity[] {
  const pair = lastPair(h);
  return pair.length ? pair : theTwo(h.c, h.at);
}

/** "They", "Both leaders" as the subject: the pair named in the sentence before, else the last meeting's. */
export function theyMet(h: RuleHit): Entity[] {
  const pair = pairBefore(h.c, h.s);
  return pair.length ? pair : lastPair(h);
}
