// A visit to a list of places ("visiting Tonga and the Cook Islands", "a tour of A, B and C") is one visit
// per place: the article tells several trips, each to its own destination (a city before its country,
// "Osaka, Japan", is one place, not a list). Each visit is keyed by its visitor and destination, so the
// merge keeps them apart and joins to each only a visit of the same visitor to the same place (index.ts).
import type { Ctx } from '../context.js';
import type { Entity, Mention } from '../entities/index.js';
import { demonymOf } from '../lexicon.js';
import type { RuleHit } from './hit.js';
import type { EvOut } from './types.js';

/** The places of a list of destinations, when it names two or more and no city before its country. */
export function destinations(c: Ctx, list: Mention[]): Entity[] {
  if (list.length < 2) return [];
  const isCountry = (e: Entity) => demonymOf(e.name) !== undefined;
  for (let i = 1; i < list.length; i++) {
    const [a, b] = [list[i - 1]!, list[i]!];
    if (isCountry(b.entity) && !isCountry(a.entity) && /^\s*,\s*$/.test(c.work.slice(a.end, b.start)))
      return [];
  }
  return [...new Set(list.map((m) => m.entity))];
}

/** The key of one visitor's visit to one destination. */
export const visitKey = (visitor: Entity, place: Entity) => `visit:${visitor.id}>${place.id}`;

/**
 * Whether an unkeyed visit is one of a keyed visit's: the same visitor, and its place is the keyed
 * visit's destination (a later "his visit to Tonga" after "visiting Tonga and Fiji").
 */
export function sameVisit(x: EvOut, e: EvOut): boolean {
  if (x.type !== 'visit' || e.type !== 'visit' || x.main !== e.main || !x.key === !e.key) return false;
  const [keyed, open] = x.key ? [x, e] : [e, x];
  return !!open.place && keyed.key === visitKey(keyed.main, open.place);
}

/** One visit of `who` to each destination of `list` (visit-destinations above); false when it is no such list. */
export function visitEach(h: RuleHit, who: Entity, list: Mention[]): boolean {
  const places = destinations(h.c, list);
  for (const place of places) {
    const participants = [{ entity: who, role: 'visitor' }];
    const e = h.event({ place, participants, main: who, key: visitKey(who, place) });
    h.relation(who, 'VISITED', place, { event: e });
  }
  return places.length > 0;
}
