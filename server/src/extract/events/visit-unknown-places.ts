// A visit to a place the article names but the entity rules do not know ("Modi's visit to Lakshadweep",
// "his visit to the Province of Huambo", "He later visited Te Papa"): the visit still happened, so the
// visitor has a `visit` event with no place (and no VISITED pair). recalls-returns.ts makes the visit when
// the place is a known one; this rule fires only when no entity at all starts the proper name after the
// trigger (a person there is a meeting: "visited President X", meeting-visits.ts; an organisation is left).
// The visitor is read as that rule reads it (the possessor, the subject, the relative clause's person),
// and a possessive "his/her visit" is the person last named. Plans and negations are no visits.
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import type { Sentence } from '../text.js';
import { traveller } from './arguments.js';
import type { EventRule } from './hit.js';

/** The proper name right after the trigger: capitalised words, "of (the)" between them. */
const PROPER = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|de|del|da)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*)*/u;

/** Words that start no place's name. */
const NOT_A_PLACE =
  /^(?:The|This|That|His|Her|Their|Its|Our|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|I|He|She|We|They)\b/;

/** Plans and negations before the trigger: "will visit", "plans a trip to", "never visited". */
const NOT_DONE =
  /\b(?:will|would|shall|to|could|may|might|plans?|planned|upcoming|forthcoming|expected|scheduled|proposed|possible|next|not|never|cancell?ed|postponed|called off)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\p{Ll}\d-]+\s+){0,2}$/u;

/** A visit called off after its place: "… was cancelled", "has been postponed". */
const CALLED_OFF =
  /^[^.;]{0,30}?\b(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+(?:(?:later|then|also)\s+)?(?:cancell?ed|postponed|called\s+off|put\s+off|delayed|scrapped|shelved)\b/;

export const visitUnknownPlace: EventRule = {
  id: 'events/visit-unknown-places:visit',
  type: 'visit',
  re: /\b(?:visited\s+(?:the\s+)?|(?:visit|trip)\s+to\s+(?:the\s+)?(?:(?:province|region|city|state|island|town|county|district|governorate|prefecture)\s+of\s+(?:the\s+)?)?)(?=\p{Lu})/gu,
  guard: { words: ['visit', 'trip'] },
  run(h) {
    const { c, s, at, end } = h;
    if (NOT_DONE.test(c.work.slice(Math.max(s.start, at - 40), at))) return;
    const from = end;
    const name = PROPER.exec(c.work.slice(from, s.end));
    if (!name || NOT_A_PLACE.test(name[0])) return;
    // A known entity in the name: a place (recalls-returns.ts), a person (a meeting), an organisation.
    if (c.inRange(from, from + name[0].length, undefined, true).length) return;
    // "the trip to X was cancelled": no visit.
    if (CALLED_OFF.test(c.work.slice(from + name[0].length, s.end))) return;
    const who = visitor(c, s, at);
    if (!who || who.type !== 'Person') return;
    h.event({ participants: [{ entity: who, role: 'visitor' }], main: who });
  },
};

/** Who visits: "his/her visit" the person last named, else the traveller the sentence names. */
function visitor(c: Ctx, s: Sentence, at: number): Entity | undefined {
  if (/\b(?:[Hh]is|[Hh]er)\s+(?:[\p{Ll}\d-]+\s+){0,3}$/u.test(c.work.slice(s.start, at)))
    return c.lastPersonBefore(at);
  return traveller(c, s, at);
}
