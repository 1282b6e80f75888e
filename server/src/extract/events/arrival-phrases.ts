// Arrivals told by a phrase rather than a verb of the clause: a fronted "Upon (his) arrival in P," or
// "Arriving in P on Tuesday," whose traveller is the person the main clause opens with ("Upon arrival in
// Beijing, Shehbaz Sharif was received by …"), the same phrase after a clause of the traveller's own ("X
// laid a wreath upon her arrival in P", and "X was received on arrival in P": the subject of a passive
// verb of hosting is the guest), and "X's arrival in P" (the possessor travels).
import { mentionEndingAt } from '../clauses/noun-phrase.js';
import type { EventRule } from './hit.js';
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import type { Sentence } from '../text.js';
import { P } from './arguments.js';
import { hostedGuests, VENUE } from './hosted-guests.js';

/** Capitalised titles (and "the", a demonym) between the fronted phrase's comma and the traveller's name. */
const TITLES_ONLY = /^\s*(?:(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,5})$/u;

/** A time fronted before the subject: "Earlier in the day, X …", "On Monday, X …", "Later, X …". */
const FRONTED =
  /^\s*(?:(?:Earlier|Later|Meanwhile|Then|Today|Yesterday)\b[^,]{0,30}|On\s+\p{Lu}\p{Ll}+day(?:\s+\p{Ll}+)?),\s*/u;

/** An active verb of hosting right after the main clause's subject. */
const HOSTING_AFTER =
  /^\s+(?:(?:also|warmly|personally|then)\s+)?(?:greeted|greets|welcomed|welcomes|received|receives|hosted|hosts|met|meets|bade|bid)\b/;

/** A verb of hosting or a person met: the clause's subject may be the host, not the traveller. */
const HOST_VERB = /\b(?:greet|welcom|receiv|host|met\b|meet|bade\b|bid\b|accompan|escort|see|saw)/;
/** A passive verb of hosting: its subject is the guest ("X was received on arrival in P"). */
const HOSTED = /\b(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?(?:greeted|welcomed|received)\b/gu;

/**
 * The traveller of an arrival phrase after its clause ("X laid a wreath upon her arrival in P", "X told
 * reporters on arrival in P"): the person the sentence opens with (titles only before), when no other person
 * and no verb of hosting stands between it and the phrase, and the phrase ends no relative clause.
 */
function clauseTraveller(c: Ctx, s: Sentence, at: number): Entity | undefined {
  const m = c.inRange(s.start, at, P, true)[0];
  const lead = c.work.slice(s.start, m?.start ?? s.start).replace(FRONTED, '');
  if (!m || m.entity.type !== 'Person' || !TITLES_ONLY.test(lead)) return;
  const between = c.work.slice(m.end, at);
  if (
    c.inRange(m.end, at, P).length ||
    HOST_VERB.test(between.replace(HOSTED, '')) ||
    /\b(?:who|whom|which|that)\b|[;:]/.test(between)
  )
    return;
  return m.entity;
}

export const arrivalPhrase: EventRule = {
  id: 'events/arrival-phrases:arrival',
  type: 'arrival',
  re: /(?:\b(?:[Uu]pon|[Oo]n)\s+(?:(?:his|her|their)\s+)?arrival|\bArriving|['’]s\s+arrival)\s+(?:in|at)\s+(?:the\s+)?/gu,
  run(h) {
    const { c, s, at, end } = h;
    const place = c.inRange(end, Math.min(s.end, end + 60), ['Place'], true)[0];
    if (!place || place.start !== end) return;
    let who: Entity | undefined;
    const guests = /^['’]s/.test(c.work.slice(at, at + 2)) ? [] : hostedGuests(c, s, at);
    if (guests.length && !VENUE.test(place.entity.name)) {
      // "Ruto received Macron and Scholz upon their arrival in Nairobi": each guest arrives.
      const e = h.event({
        place: place.entity,
        participants: guests.map((x) => ({ entity: x, role: 'traveller' })),
        main: guests[0]!,
      });
      for (const x of guests) h.relation(x, 'ARRIVED_IN', place.entity, { event: e });
      return;
    }
    if (/^['’]s/.test(c.work.slice(at, at + 2))) {
      // "X's arrival in P": the possessor, a person.
      const m = mentionEndingAt(c, s.start, at);
      who = m?.entity.type === 'Person' ? m.entity : undefined;
    } else if (!/^\W*$/.test(c.work.slice(s.start, at))) {
      // "X laid a wreath upon her arrival in P": after the clause, the person it opens with.
      who = clauseTraveller(c, s, at);
    } else {
      // The phrase opens the sentence, and the main clause after its comma opens with the traveller.
      const comma = c.work.indexOf(',', place.end);
      if (comma < 0 || comma > s.end) return;
      const m = c.inRange(comma + 1, Math.min(s.end, comma + 80), P, true)[0];
      // (A host the phrase dangles on is no traveller: "On arrival at P, the Sultan greeted King Salman".)
      const hosts = m && HOSTING_AFTER.test(c.work.slice(m.end, Math.min(s.end, m.end + 40)));
      if (m && m.entity.type === 'Person' && !hosts && TITLES_ONLY.test(c.work.slice(comma + 1, m.start)))
        who = m.entity;
    }
    if (!who) return;
    const e = h.event({
      place: place.entity,
      participants: [{ entity: who, role: 'traveller' }],
      main: who,
    });
    h.relation(who, 'ARRIVED_IN', place.entity, { event: e });
  },
};
