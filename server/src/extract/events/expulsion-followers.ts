// States that repeat an expulsion just told without its verb: "Belgium expelled 21 Russian diplomats. The
// Netherlands followed suit", "Latvia expelled a Belarusian diplomat, and Lithuania did the same", "Finland
// did likewise". The follower is the subject of the phrase, a state; it expels the diplomats' state of the
// expulsion told in the same or the previous sentence, unless it is that state (a reply is no follower).
// And the state whose like move an expulsion answers or follows: "Moscow expelled 60 US diplomats in response
// to a similar move by Washington" (the expelled state expelled the expeller's diplomats first), "Norway
// expelled two Russian diplomats after a similar step by Denmark" (another state expelled the same).
import { subjectOf } from '../clauses/subject.js';
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { CAPITALS } from '../lexicon.js';
import { lastExpulsionTold } from './expulsions.js';
import type { EventRule, RuleHit } from './hit.js';
import { actorsOf, STATE, stateOf } from './parties.js';

/**
 * Each follower (a state, not the expelled one nor one of its expellers) expels the diplomats' state of the
 * expulsion told in the same or the previous sentence.
 */
export function expelAsBefore(h: RuleHit, followers: Entity[]): void {
  const { c, s } = h;
  const last = lastExpulsionTold(c);
  const si = c.sents.indexOf(s);
  if (!last || si - last.sentence > 1 || si < last.sentence) return;
  for (const by of followers) {
    if (by.type !== 'Place' || by === last.country || last.by.includes(by)) continue;
    const e = h.event({
      place: by,
      participants: [
        { entity: by, role: 'expeller' },
        { entity: last.country, role: 'expelled' },
      ],
      main: by,
      key: `expulsion:${by.id}>${last.country.id}`,
    });
    h.relation(by, 'EXPELLED', last.country, { event: e });
  }
}

export const expulsionFollower: EventRule = {
  id: 'events/expulsions:follower',
  type: 'expulsion',
  re: /\b(?:follow(?:ed|s|ing)? suit|d(?:id|oes|o) (?:the same|likewise)|took the same step)\b/g,
  run(h) {
    const { c, s, at } = h;
    expelAsBefore(h, actorsOf(c, subjectOf(c, s, at), STATE, { at }));
  },
};

/** The same state, a capital standing for it or not ("Baku" and "Azerbaijan"). */
const stateName = (c: Ctx, e: Entity) => CAPITALS[e.name.toLowerCase()] ?? stateOf(c, e).name;
const sameState = (c: Ctx, a: Entity, b: Entity) => stateName(c, a) === stateName(c, b);

/** "a similar move by X", "similar actions of X", "an identical step from X": X did the same kind of act. */
const SIMILAR =
  /\b(?:similar|identical|analogous|reciprocal|the same)\s+(?:moves?|steps?|measures?|actions?|decisions?|expulsions?)\s+(?:by|of|from)\s+(?:the\s+)?/g;

export const similarMove: EventRule = {
  id: 'events/expulsions:similar-move',
  type: 'expulsion',
  re: SIMILAR,
  run(h) {
    const { c, s, end } = h;
    const last = lastExpulsionTold(c);
    const si = c.sents.indexOf(s);
    if (!last || si - last.sentence > 1 || si < last.sentence) return;
    const m = c.firstAfter(end, end + 40, ['Place', 'Organization']);
    if (!m || m.start !== end) return;
    const by = stateOf(c, m.entity);
    if (by.type !== 'Place' || last.by.some((x) => sameState(c, x, by))) return;
    // The expelled state moved first: it expelled the expeller's diplomats; another state expelled the same.
    const targets = sameState(c, last.country, by)
      ? [...new Set(last.by.filter((x) => x.type !== 'Person').map((x) => stateOf(c, x)))]
      : [last.country];
    for (const t of targets) {
      const e = h.event({
        participants: [
          { entity: m.entity, role: 'expeller' },
          { entity: t, role: 'expelled' },
        ],
        main: m.entity,
        key: `expulsion:${stateName(c, m.entity)}>${stateName(c, t)}`,
      });
      h.relation(m.entity, 'EXPELLED', t, { event: e });
    }
  },
};
