// A visit told through the person visited and where: "A visited President B at the State House in Abuja",
// "A on Monday visited B in Berlin". The person visited makes a meeting (meeting-visits.ts); the place
// after the person (a venue first, "at the statehouse", allowed) is a city or country A travelled to,
// so A visited it too (not at A's home). Plans ("will visit") are none; a place named before the person is the visit
// rule's (recalls-returns.ts).
import { listAfter } from '../clauses/mention-lists.js';
import { isPassive } from '../clauses/clause.js';
import { P } from './arguments.js';
import { type EventRule } from './hit.js';
import { subjects } from './meeting-parties.js';
import { stateOf } from './parties.js';

/** Titles between the verb and the person's name ("President", "the Speaker, Mr"). */
const TITLE_GAP = /^\s+(?:(?:the|his|her|their)\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|of|for)\s+){0,5}$/u;

/** After the persons visited: a time, a venue "at …", then "in" before the place. */
const WHERE =
  /^\s*(?:,\s*)?(?:(?:on\s+\p{Lu}\p{Ll}+day|today|yesterday)\s+)?(?:at\s+(?:the\s+|his\s+|her\s+|their\s+)?[^,;.]{1,50}?\s+)?in\s+(?:the\s+)?$/u;

const NOT_DONE =
  /\b(?:will|would|shall|to|could|may|might|expected|scheduled|plans?|planned|not|never)\s+(?:\p{Ll}+\s+)?$/u;

export const visitPersonIn: EventRule = {
  id: 'events/visit-host-place:visited-person-in',
  type: 'visit',
  re: /\bvisited\b/g,
  run(h) {
    const { c, s, at, end } = h;
    if (NOT_DONE.test(c.work.slice(Math.max(s.start, at - 30), at))) return;
    if (isPassive(c, s, at, end)) return;
    const limit = Math.min(s.end, end + 200);
    const first = c.inRange(end, limit, P, true)[0];
    if (!first || !TITLE_GAP.test(c.work.slice(end, first.start))) return;
    if (c.inRange(end, first.start, ['Place', 'Organization'], true).length) return;
    const items = listAfter(c, first, limit);
    const last = items[items.length - 1]!;
    // (A venue named as a place, "at State House", comes before the place after "in".)
    const place = c
      .inRange(last.end, limit, ['Place'], true)
      .find((m) => WHERE.test(c.work.slice(last.end, m.start)));
    if (!place) return;
    // No one else named between the persons and the place ("visited B at the home of C in P").
    if (c.inRange(last.end, place.start, ['Person', 'Organization'], true).length) return;
    const visited = items.map((m) => m.entity);
    const who = subjects(h).filter((x) => !visited.includes(x) && x.type === 'Person');
    if (who.length !== 1) return;
    // At home is no visit ("Ruto visited former President Kibaki in Nairobi").
    const home = who[0]!.nationality;
    if (home && (place.entity.name === home || stateOf(c, place.entity).name === home)) return;
    const e = h.event({
      place: place.entity,
      participants: [{ entity: who[0]!, role: 'visitor' }],
      main: who[0]!,
    });
    h.relation(who[0]!, 'VISITED', place.entity, { event: e });
  },
};
