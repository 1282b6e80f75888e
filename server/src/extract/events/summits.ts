// A body's summit that took place, read from the summit word after the body's name (meetings of persons
// and states: meetings.ts); noted as the last meeting, so that a list of its attendees after it joins it
// (meeting-participant-lists.ts).
import { placeAfter } from './arguments.js';
import { noteMeeting } from './last-meeting.js';
import type { EventRule } from './hit.js';
import type { EvOut } from './types.js';

/** Before a summit that took place: "at", "during", "on the sidelines of", "after" (not "ahead of"). */
const SUMMIT_PP =
  /\b(?:at|during|on the (?:sidelines|margins) of|after|following|since|from)\s+(?:(?:the|a|an|this|last|last week['’]s|its|their|recent)\s+)*$/i;
const SUMMIT_HELD = /^\s+(?:was held|opened|ended|concluded|closed|took place|kicked off|began|wrapped up)\b/;

/**
 * A body's summit that took place ("during the G7 summit hosted by Japan", "at the NATO summit in
 * Vilnius", "the G20 summit ended"): one meeting of that body per article, with the host and the place
 * when the phrase names them. No relation: who met whom is the meeting rule's.
 */
export const summit: EventRule = {
  id: 'events/meetings:summit',
  type: 'meeting',
  re: /\b(?:[Ss]ummit)\b/g,
  run(h) {
    const { c, s, at, end } = h;
    const lead = /\s+(?:leaders['’]?\s+)?$/.exec(c.work.slice(Math.max(s.start, at - 12), at));
    const org = c
      .inRange(Math.max(s.start, at - 60), at, ['Organization'], true)
      .find((m) => m.end === at - (lead?.[0].length ?? 0));
    if (!org) return;
    const before = c.work.slice(s.start, org.start);
    if (!SUMMIT_PP.test(before) && !SUMMIT_HELD.test(c.work.slice(end, end + 30))) return;
    const place = placeAfter(c, end, s.end, /^\s+(?:in|at)\b/);
    const by = /^\s+hosted by\s+(?:the\s+)?/.exec(c.work.slice(end, end + 20));
    const host = by
      ? c.inRange(end + by[0].length, end + by[0].length + 40, ['Place', 'Organization'])[0]
      : undefined;
    const participants: EvOut['participants'] = [{ entity: org.entity, role: 'participant' }];
    if (host && host.start === end + by![0].length) participants.push({ entity: host.entity, role: 'host' });
    const e = h.event({ place, participants, main: org.entity, key: `summit:${org.entity.id}` });
    noteMeeting(h, e); // its attendees, listed after it, join it (meeting-participant-lists.ts)
  },
};
