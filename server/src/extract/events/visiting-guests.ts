// "visiting" as an attribute of the named person after it ("called on visiting Maldives President X at P",
// "met the then-visiting US Head of State Y"): that person is the visitor, and a place between "visiting"
// and the name is the visitor's own state, never the place visited. The place visited is the state of
// where the clause sets the scene ("at P", "in P"), if it says; otherwise the visit has no place.
import { clauseEnd } from '../clauses/clause.js';
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { TITLE_WORDS } from '../lexicon.js';
import type { Sentence } from '../text.js';
import type { RuleHit } from './hit.js';
import { stateOf } from './parties.js';
import { visitKey } from './visit-destinations.js';

/** Before "visiting" used as a verb or gerund ("was visiting P", "after visiting P", "by visiting P"). */
const VERB_LEAD = /\b(?:is|are|was|were|be|been|being|am|after|before|while|when|by|upon|from|for|of)\s+$/i;

/** At most this many words between "visiting" and the name ("visiting Prime Minister of Canada"). */
const MAX_GAP_WORDS = 7;

/** A word of the phrase between "visiting" and the name: a capitalised word (a state, a title) or a title word. */
function gapWord(w: string): boolean {
  return /^\p{Lu}/u.test(w) || w === 'the' || w === 'of' || TITLE_WORDS.has(w.toLowerCase());
}

export interface VisitingGuest {
  visitor: Entity;
  /** The state visited, when the clause places the scene. */
  place?: Entity;
}

/** The guest a "visiting" ending at `end` describes, or undefined when "visiting" is a verb here. */
export function visitingGuest(c: Ctx, s: Sentence, at: number, end: number): VisitingGuest | undefined {
  if (VERB_LEAD.test(c.work.slice(Math.max(s.start, at - 12), at))) return undefined;
  const person = c.firstAfter(end, Math.min(s.end, end + 90), ['Person']);
  if (!person) return undefined;
  const gap = c.work.slice(end, person.start);
  if (!/^\s/.test(gap) || /[,;:()"“”]/.test(gap)) return undefined;
  const words = gap.trim().split(/\s+/).filter(Boolean);
  if (words.length > MAX_GAP_WORDS || !words.every(gapWord)) return undefined;
  // The visitor's own state: a place in the phrase, or the person's nationality.
  const own = new Set<Entity>(c.inRange(end, person.start, ['Place']).map((m) => stateOf(c, m.entity)));
  own.add(stateOf(c, person.entity));
  const stop = clauseEnd(c, s, person.end);
  // ("at the Serena Hotel in Nairobi": the last place of the scene, the widest.)
  const scene = c
    .inRange(person.end, stop, ['Place'])
    .filter((m) =>
      /^[^,;.]{0,40}?\b(?:in|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u.test(
        c.work.slice(person.end, m.start),
      ),
    )
    .pop();
  const state = scene && stateOf(c, scene.entity);
  return { visitor: person.entity, place: state && !own.has(state) ? state : undefined };
}

/** The visit of the guest a "visiting" trigger describes; false when "visiting" is a verb here. */
export function visitingGuestEvent(h: RuleHit): boolean {
  const { c, s, at, end } = h;
  const guest = c.work.slice(at, end) === 'visiting' ? visitingGuest(c, s, at, end) : undefined;
  if (!guest) return false;
  const { visitor, place } = guest;
  // (With no place said, "the visiting X" only describes X: the visit is told elsewhere, if at all.)
  if (!place) return true;
  // (Its own key: another visit of the guest's, to a site on the trip, stays an event of its own.)
  const participants = [{ entity: visitor, role: 'visitor' as const }];
  const e = h.event({ place, participants, main: visitor, key: visitKey(visitor, place) });
  h.relation(visitor, 'VISITED', place, { event: e });
  return true;
}
