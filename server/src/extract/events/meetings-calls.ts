// Meetings of an envoy presenting credentials to a head of state (MET; other meetings: meetings.ts) and
// phone calls (SPOKE_WITH: "spoke with X by phone", "X and Y hold first call").
import { coordinated, firstById, P, placeAfter } from './arguments.js';
import type { EventRule } from './types.js';

export const phoneCall: EventRule = {
  id: 'events/meetings-calls:phone-call',
  type: 'phone-call',
  re: /\b(?:spoke|speaks|talked|talks) (?:to|with) (?:\S+ ){1,7}?(?:by (?:tele)?phone|on the (?:tele)?phone|over the (?:tele)?phone)|\b(?:phone|telephone|video) (?:call|conversation|talks) with\b|\b(?:spoke|speak|speaks|talked|talk|talks) (?:by|over the|on the) (?:tele)?phone\b|\b(?:hold|holds|held|had|have|has) (?:a |an |their |the )?(?:\p{Ll}+ )?(?:phone |telephone |video )?call\b/gu,
  run(h) {
    const { c, s, at, end } = h;
    let a = c.subjectBefore(s.start, at, ['Person']);
    let b = c.firstAfter(at, s.end, ['Person'])?.entity;
    // "X and Y spoke by phone", "X and Y hold first call": the pair before the verb.
    if (!/\bwith\b/.test(c.work.slice(at, end)) && a) {
      const pair = coordinated(c, s, at, a);
      if (pair.length >= 2) [a, b] = [pair[0], pair[1]];
      else if (!/\b(?:to|with)\b/.test(c.work.slice(at, end))) b = undefined;
    }
    if (!a || !b || a === b) return;
    const e = h.event({
      participants: [
        { entity: a, role: 'participant' },
        { entity: b, role: 'participant' },
      ],
      main: firstById([a, b]),
    });
    h.relation(a, 'SPOKE_WITH', b, { event: e });
  },
};

/** "presented his credentials to President X": an envoy received by the head of state. */
export const credentials: EventRule = {
  id: 'events/meetings-calls:credentials',
  type: 'meeting',
  re: /\bpresent(?:ed|s|ing)? (?:his|her|their|the) (?:letters of )?credentials(?: \p{Ll}+){0,2} to\b/gu,
  run(h) {
    const { c, s, at, end } = h;
    const who = c.subjectBefore(s.start, at, P, true);
    const host = c.firstAfter(end, Math.min(s.end, end + 40), P)?.entity;
    if (!who || !host || who === host) return;
    const place = placeAfter(c, end, s.end, /^[^;]{0,60}?\b(?:in|at)\b/);
    const e = h.event({
      place,
      participants: [
        { entity: who, role: 'participant' },
        { entity: host, role: 'participant' },
      ],
      main: firstById([who, host]),
    });
    h.relation(who, 'MET', host, { event: e, place });
  },
};
