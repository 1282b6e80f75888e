// The weaker reading of a meeting sentence whose clause names no one met: the persons the sentence
// names around the meeting word (rule `events/meetings:co-mention`; meetings.ts falls back on it).
import { firstById, P, placeAfter } from './arguments.js';
import type { EventRule } from './hit.js';

/**
 * When the clause names no one met, two persons named in a sentence about a meeting ("Kim, Trump face
 * off at Singapore summit") are its parties: the weaker reading, with its own rule id.
 */
export const coMention: EventRule = {
  id: 'events/meetings:co-mention',
  type: 'meeting',
  re: /(?!)/g,
  run(h) {
    const { c, s, at } = h;
    // Not the possessor of a noun ("Navalny's widow") nor a person inside an apposition.
    const ms = c
      .inRange(s.start, s.end, P)
      .filter((m) => !/^['’]s\s+\p{Ll}/u.test(c.work.slice(m.end, m.end + 4)) && !c.inAside(m.start));
    const persons = [...new Set(ms.map((m) => m.entity))];
    if (persons.length < 2) return;
    const place = placeAfter(c, at, s.end, /^[^;]{0,60}?\b(?:in|at)\b/);
    const e = h.event({
      place,
      participants: persons.map((p) => ({ entity: p, role: 'participant' })),
      main: firstById(persons),
    });
    // Two or three persons named around the meeting all met (`…:co-mention`); of more, the first two.
    const met = persons.length <= 3 ? persons : persons.slice(0, 2);
    for (let i = 0; i < met.length; i++)
      for (let j = i + 1; j < met.length; j++) h.relation(met[i]!, 'MET', met[j]!, { event: e, place });
  },
};
