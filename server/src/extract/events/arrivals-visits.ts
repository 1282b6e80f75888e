// Arrivals and visits told without the words the travel rules start from (recalls-returns.ts): "X reached
// Islamabad on a two-day visit" and "X travelled to P" (arrivals), "the visit of X to P" and "the first visit of X to P" (a
// visit), "X is in P for talks" (a stay abroad with a purpose or a time: a visit), and the place "here"
// stands for in a dated line ("New Delhi, Feb 17: X arrived here").
import { subjectOf } from '../clauses/subject.js';
import { referents } from '../clauses/clause.js';
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import type { Sentence } from '../text.js';
import { CAPITALS } from '../lexicon.js';
import { P, travellers } from './arguments.js';
import type { EventRule, RuleHit } from './hit.js';
import { stateOf } from './parties.js';

/**
 * The city of the article's dateline: a place opening a line (or the body), then an optional date or
 * agency, then a colon or dash ("ISLAMABAD:", "New Delhi, Feb 17:", "BALI, 09 July 2022, (TON):").
 */
export function datelinePlace(c: Ctx, before: number): Entity | undefined {
  for (const m of c.mentions) {
    if (m.start >= before) break;
    if (m.entity.type !== 'Place') continue;
    const lineStart = c.work.lastIndexOf('\n', m.start - 1) + 1;
    if (!/^\s*$/.test(c.work.slice(lineStart, m.start))) continue;
    if (/^\s*(?:,[^\n:–—]{0,40})?\s*(?::|[–—]|-\s)/.test(c.work.slice(m.end, m.end + 50))) return m.entity;
  }
  return undefined;
}

/**
 * A traveller named by a role the article gives a name ("The Chinese foreign minister arrived at Goa
 * airport", "The Bangladeshi PM is the first guest to arrive in India"), when the clause names no person:
 * the subject's referent, not a pronoun.
 */
export function roleTraveller(c: Ctx, s: Sentence, at: number): Entity | undefined {
  const np = subjectOf(c, s, at);
  if (!np || np.pronoun) return undefined;
  return referents(c, np, P, { at }).find((e) => e.type === 'Person');
}

/** An arrival of the sentence's travellers at the place right after the trigger ("the" may stand between). */
function arrivalAtPlaceNext(h: RuleHit): void {
  const { c, s, at, end } = h;
  const place = c.inRange(end, Math.min(s.end, end + 40), ['Place'], true)[0];
  if (!place || !/^\s+(?:the\s+)?$/.test(c.work.slice(end, place.start))) return;
  // "A and B travelled to P": everyone the subject names moves.
  const who = travellers(c, s, at);
  if (!who.length) return;
  const e = h.event({
    place: place.entity,
    participants: who.map((x) => ({ entity: x, role: 'traveller' })),
    main: who[0]!,
  });
  for (const x of who) h.relation(x, 'ARRIVED_IN', place.entity, { event: e });
}

/** "X reached Islamabad": an arrival when a place follows the verb at once. */
export const reachedPlace: EventRule = {
  id: 'events/arrivals-visits:reached',
  type: 'arrival',
  re: /\b(?:reached|reaches)\b/g,
  run(h) {
    arrivalAtPlaceNext(h);
  },
};

/**
 * "X travelled to P", "flew to P" (or "into P"), "headed to P", "went to P" (past or a headline's present): an arrival
 * when a place follows "to" at once; "will travel to" and "plans to fly to" do not match (base forms).
 */
export const travelledTo: EventRule = {
  id: 'events/arrivals-visits:travelled-to',
  type: 'arrival',
  re: /\b(?:(?:travell?ed|travels|flew|flown|flies|headed|heads|went|journeyed)\s+(?:on\s+to|back\s+to|to)|(?:flew|flown|flies|travell?ed)\s+into)\b/g,
  run(h) {
    if (/\bback\s+to$/.test(h.c.work.slice(h.at, h.end))) return;
    arrivalAtPlaceNext(h);
  },
};

/** "the (first|state) visit of X to P", "the visit by X to P": X visited P. */
export const visitOf: EventRule = {
  id: 'events/arrivals-visits:visit-of',
  type: 'visit',
  re: /\bvisits?\s+(?:of|by)\s+/g,
  run(h) {
    const { c, s, end } = h;
    const lead = c.work.slice(Math.max(s.start, h.at - 30), h.at);
    if (
      /\b(?:will|would|plans?|planned|upcoming|forthcoming|expected|scheduled|proposed|possible|next)\s+(?:\p{Ll}+\s+)?$/u.test(
        lead,
      )
    )
      return;
    // The visitor: a person named after "of", titles allowed ("of Prime Minister Modi").
    const who = c.inRange(end, Math.min(s.end, end + 60), P, true)[0];
    if (
      !who ||
      !/^(?:(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+|\p{Ll}+\s+){0,4})$/u.test(c.work.slice(end, who.start))
    )
      return;
    const to = /^\s+to\s+(?:the\s+)?/.exec(c.work.slice(who.end, s.end));
    if (!to) return;
    const place = c.inRange(
      who.end + to[0].length,
      Math.min(s.end, who.end + to[0].length + 40),
      ['Place'],
      true,
    )[0];
    if (!place || place.start !== who.end + to[0].length) return;
    const e = h.event({
      place: place.entity,
      participants: [{ entity: who.entity, role: 'visitor' }],
      main: who.entity,
    });
    h.relation(who.entity, 'VISITED', place.entity, { event: e });
  },
};

/** What makes a stay in a place a visit: a purpose or a time after it. */
const STAY_FOR =
  /^\s*(?:(?:this|last)\s+(?:year|week|month)|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|for\s+(?:talks|a\s+|an\s+|the\s+|two|three|four|five|several|his|her|their|meetings?|discussions|consultations)|to\s+(?:attend|take part|participate|meet|hold|sign|discuss|address)|on\s+(?:a|an|his|her|their)\s+(?:\S+\s+){0,2}?(?:visit|trip|tour)|at\s+the\s+invitation)\b/;

/**
 * "X is in India for talks", "He was in New Delhi in March for the G20 meeting", a headline's "PM X in
 * India for talks with Y": a person abroad for a purpose or at a time visits the place (the country of
 * "Goa, India"). Not a person's own country or its capital, not a plan ("will be in").
 */
export const stayIn: EventRule = {
  id: 'events/arrivals-visits:stay-in',
  type: 'visit',
  re: /(?:\b(?:is|was|are|were)\s+(?:(?:now|currently|already|also|again|still)\s+)?in|(?<=\p{L})\s+in)(?=\s+(?:the\s+)?\p{Lu})/gu,
  run(h) {
    const { c, s, at, end } = h;
    const verb = /^\s*(?:is|was|are|were)\b/.test(c.work.slice(at, end));
    const place = c.inRange(end, Math.min(s.end, end + 50), ['Place'], true)[0];
    if (!place || !/^\s+(?:the\s+)?$/.test(c.work.slice(end, place.start))) return;
    // "Goa, India": the country after the city.
    const next = c.inRange(place.end, Math.min(s.end, place.end + 40), ['Place'], true)[0];
    const country = next && /^\s*,\s*$/.test(c.work.slice(place.end, next.start)) ? next : undefined;
    const last = country ?? place;
    if (!STAY_FOR.test(c.work.slice(last.end, s.end))) return;
    let who: Entity | undefined;
    if (verb) {
      // A name or a role the article gives a name, not a pronoun (whose person the article may not say).
      const np = subjectOf(c, s, at);
      if (np?.pronoun) return;
      who = referents(c, np, P, { at })[0];
    } else {
      // A headline's "PM X in India for …": the person right before "in", opening the sentence.
      const m = c.inRange(s.start, at, P, true).pop();
      if (m && m.end === at && /^(?:[\p{L}.'’-]+\s+){0,4}$/u.test(c.work.slice(s.start, m.start)))
        who = m.entity;
    }
    if (!who || who.type !== 'Person') return;
    // At home is no visit.
    const state = stateOf(c, last.entity);
    const own = who.nationality;
    if (
      own &&
      (state.name === own || last.entity.name === own || CAPITALS[last.entity.name.toLowerCase()] === own)
    )
      return;
    const e = h.event({ place: last.entity, participants: [{ entity: who, role: 'visitor' }], main: who });
    h.relation(who, 'VISITED', last.entity, { event: e });
  },
};

/** The country of a dateline's place: the place after it ("Luanda, Angola –"), else its capital's country. */
export function datelineCountry(c: Ctx, place: Entity): Entity {
  const i = c.mentions.findIndex((m) => m.entity === place);
  const next = c.mentions[i + 1];
  if (next?.entity.type === 'Place' && /^\s*,\s*$/.test(c.work.slice(c.mentions[i]!.end, next.start)))
    return next.entity;
  return stateOf(c, place);
}
