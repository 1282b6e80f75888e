// A visit told by a rank among visitors: "X, the first Ruritanian minister to visit P in a decade, said …",
// "X is the first head of government to visit P since …". The phrase describes the person named right
// before it (an apposition after a comma, or the subject of "is/was/became"), who has made the visit; the
// visit rule (recalls-returns.ts) passes "to visit" over as a plan. "will be the first to visit" is no visit.
import type { Entity } from '../entities/index.js';
import { P } from './arguments.js';
import type { EventRule } from './hit.js';
import { stateOf } from './parties.js';

/** Between the person and "the first": an apposition's comma or a copula in the past or present. */
const DESCRIBED = /^\s*(?:,\s*|\s+(?:is|was|became|has\s+become|had\s+become)\s+(?:also\s+)?)$/;

export const firstToVisit: EventRule = {
  id: 'events/visit-firsts:first-to-visit',
  type: 'visit',
  re: /\bthe\s+(?:first|second|third|only|latest)\s+(?:[\p{L}.'’-]+\s+){0,6}?to\s+visit\s+(?:the\s+)?(?=\p{Lu})/gu,
  guard: { words: ['to visit'] },
  run(h) {
    const { c, s, at, end } = h;
    const place = c.inRange(end, Math.min(s.end, end + 50), ['Place'], true)[0];
    if (!place || place.start !== end) return;
    // The person the phrase describes: named right before it (titles are part of the mention). (Not "He was
    // the first …": the person last named is often someone else, an official seeing the visitor off.)
    const before = c.inRange(s.start, at, P, true).pop();
    if (!before || !DESCRIBED.test(c.work.slice(before.end, at))) return;
    const who: Entity = before.entity;
    // No other person or body named inside the phrase ("the first envoy of X to visit").
    if (c.inRange(at, end, ['Person', 'Organization'], true).length) return;
    // At home is no visit.
    const home = who.nationality;
    if (home && (place.entity.name === home || stateOf(c, place.entity).name === home)) return;
    const e = h.event({ place: place.entity, participants: [{ entity: who, role: 'visitor' }], main: who });
    h.relation(who, 'VISITED', place.entity, { event: e });
  },
};
