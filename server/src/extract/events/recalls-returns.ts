// Recalls and travel: an envoy recalled (or withdrawn, or invited home for consultations), and people
// returning, leaving, arriving and visiting. RECALLED, RETURNED_TO, DEPARTED_FROM, DEPARTED_FOR, LEFT,
// ARRIVED_IN, VISITED.
import type { Entity } from '../entities/index.js';
import { P, PL, placeAfter, traveller } from './arguments.js';
import type { EventRule } from './types.js';

export const recall: EventRule = {
  id: 'events/recalls-returns:recall',
  type: 'recall',
  re: /\b(?:recall(?:ed|ing|s)?|withdr(?:ew|awn|aws|awing) (?:its|his|her|their) (?:own )?(?:envoy|ambassador|diplomats|diplomatic staff)|summon(?:ed|s|ing)? (?:its|his|her|their) (?:envoy|ambassador)|invited to \p{Lu}\p{L}+ for consultations)\b/gu,
  run(h) {
    const { c, s, at, end } = h;
    const after = c.firstAfter(end, s.end, P);
    const passive = /\b(?:was|were|been|being|is|be|had been|has been)\s+(?:\S+\s+)?$/i.test(
      c.work.slice(s.start, at),
    );
    let person = passive
      ? (c.subjectBefore(s.start, at, P, true) ?? after?.entity)
      : after && after.start - end < 25
        ? after.entity
        : undefined;
    if (!person && passive) person = c.lastPersonBefore(s.start);
    let recaller = passive ? undefined : c.subjectBefore(s.start, at, ['Place', 'Organization']);
    if (!recaller) {
      const org = c
        .inRange(s.start, s.end, ['Organization'])
        .find((m) => /ministry|government|kremlin/i.test(m.entity.name));
      recaller = org?.entity;
    }
    if (!recaller && person?.envoy?.origin) recaller = c.idx.countryEntity(person.envoy.origin);
    const main = person ?? recaller;
    if (!main) return;
    const place = person?.envoy?.origin ? c.idx.countryEntity(person.envoy.origin) : undefined;
    const participants = [];
    if (recaller) participants.push({ entity: recaller, role: 'recaller' });
    if (person) participants.push({ entity: person, role: 'recalled' });
    const e = h.event({ place, participants, main });
    if (recaller && person) h.relation(recaller, 'RECALLED', person, { event: e });
  },
};

export const returnHome: EventRule = {
  id: 'events/recalls-returns:return',
  type: 'return',
  re: /\b(?:returned|returns|returning|return|arrived back|arrives back|heading back|heads back|headed back|flew back|came back|back to (?:his|her) post)\b/g,
  run(h) {
    const { c, s, at, end } = h;
    if (/\b(?:should|would|will|to|could|may|might)\s+$/i.test(c.work.slice(Math.max(s.start, at - 10), at)))
      return;
    if (/^\s+(?:ambassadors|envoys|diplomats)\b/.test(c.work.slice(end, end + 14))) return;
    const who = traveller(c, s, at);
    if (!who) return;
    const dest =
      placeAfter(c, end, s.end, /^\s*(?:back\s+)?(?:to|in|into|home to)\b/) ??
      placeAfter(c, end, s.end, /^\s+to (?:his|her) post in\b/);
    const e = h.event({ place: dest, participants: [{ entity: who, role: 'traveller' }], main: who });
    const target = dest
      ? dest
      : c.theCountry(s, []) && /\bto the country\b/.test(c.work.slice(end, end + 20))
        ? c.theCountry(s, [])
        : undefined;
    if (target) h.relation(who, 'RETURNED_TO', target, { event: e });
  },
};

export const departure: EventRule = {
  id: 'events/recalls-returns:departure',
  type: 'departure',
  re: /\b(?:left|leaving|leaves|departed|departing|departs|took off|takeoff|take-off|flew out|set off)\b/g,
  run(h) {
    const { c, s, at, end } = h;
    const who = traveller(c, s, at);
    if (!who) return;
    const from = placeAfter(c, end, s.end, /^[^;]{0,80}?\bfrom\b/) ?? placeAfter(c, end, s.end, /^\s*in\b/);
    const forP = placeAfter(c, end, s.end, /^\s*(?:for|to)\b/);
    const direct = /^(?:left|leaving|leaves)$/.test(c.work.slice(at, end))
      ? c.firstAfter(end, Math.min(s.end, end + 30), PL)
      : undefined;
    const directOk =
      direct && /^\s*(?:the\s+)?$/.test(c.work.slice(end, direct.start)) ? direct.entity : undefined;
    if (!from && !forP && !directOk && !/took off|takeoff|departed/.test(c.work.slice(at, end))) return;
    const e = h.event({
      place: from ?? directOk,
      participants: [{ entity: who, role: 'traveller' }],
      main: who,
    });
    if (from) h.relation(who, 'DEPARTED_FROM', from, { event: e });
    if (forP) h.relation(who, 'DEPARTED_FOR', forP, { event: e });
    if (directOk) h.relation(who, 'LEFT', directOk, { event: e });
  },
};

export const arrival: EventRule = {
  id: 'events/recalls-returns:arrival',
  type: 'arrival',
  re: /\b(?:arrived|arrives|arriving|landed|lands|landing)\b(?!\s+back)/g,
  run(h) {
    const { c, s, at, end } = h;
    const who = traveller(c, s, at);
    if (!who) return;
    const stop = /[,;]|\b(?:after|before|where|when|but)\b/.exec(c.work.slice(end, s.end));
    const places = c.inRange(end, stop ? end + stop.index : s.end, PL).map((m) => m.entity);
    const e = h.event({
      place: places[places.length - 1],
      participants: [{ entity: who, role: 'traveller' }],
      main: who,
    });
    for (const p of new Set<Entity>(places)) h.relation(who, 'ARRIVED_IN', p, { event: e });
  },
};

export const visit: EventRule = {
  id: 'events/recalls-returns:visit',
  type: 'visit',
  re: /\b(?:visited|visits|visiting|paid a visit to|on a visit to|(?:state|official) visit to)\b/g,
  run(h) {
    const { c, s, at, end } = h;
    const who = traveller(c, s, at);
    const where = c.firstAfter(end, Math.min(s.end, end + 25), ['Place']);
    if (!who || !where || !/^\s*(?:the\s+)?$/.test(c.work.slice(end, where.start))) return;
    const e = h.event({ place: where.entity, participants: [{ entity: who, role: 'visitor' }], main: who });
    h.relation(who, 'VISITED', where.entity, { event: e });
  },
};
