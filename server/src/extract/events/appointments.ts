// Appointments and offices (APPOINTED): "X appointed Y", "Y was appointed by the Cabinet", "a Trump
// appointee", someone in post "since August 2017", and inaugurations ("took office", "sworn in").
import type { Entity } from '../entities/index.js';
import { P } from './arguments.js';
import type { EventRule } from './hit.js';

export const appointment: EventRule = {
  id: 'events/appointments:appointment',
  type: 'appointment',
  re: /\b(?:appointed|appoints|appointment|appointee|named as|sworn in as|took up (?:his|her) post)\b/g,
  run(h) {
    const { c, s, at, end } = h;
    const word = c.work.slice(at, end);
    let appointer: Entity | undefined;
    let appointee: Entity | undefined;
    if (word === 'appointee') {
      const before = c.inRange(s.start, at, P);
      appointer = before[before.length - 1]?.entity;
      appointee = before.find((m) => m.entity !== appointer)?.entity;
    } else {
      appointer = c.subjectBefore(s.start, at, ['Person', 'Organization']);
      appointee = c.firstAfter(end, s.end, P)?.entity;
      if (/\b(?:was|been|is)\s+$/.test(c.work.slice(Math.max(s.start, at - 8), at))) {
        appointee = c.subjectBefore(s.start, at, P, true) ?? appointer;
        // "was appointed by the Cabinet": the agent.
        const by = /^\s+by\s+(?:the\s+)?/.exec(c.work.slice(end, s.end));
        const agent = by ? c.firstAfter(end, end + by[0].length + 2, ['Person', 'Organization']) : undefined;
        appointer = agent && agent.start <= end + by![0].length ? agent.entity : undefined;
      }
    }
    if (!appointee) return;
    const participants = [{ entity: appointee, role: 'appointee' }];
    if (appointer) participants.push({ entity: appointer, role: 'appointer' });
    const e = h.event({ participants, main: appointee });
    if (appointer && appointer !== appointee) h.relation(appointer, 'APPOINTED', appointee, { event: e });
  },
};

/** "Anatoly Antonov, Russia's top diplomat in the U.S. since August 2017": in post since a date. */
export const inPostSince: EventRule = {
  id: 'events/appointments:in-post-since',
  type: 'appointment',
  re: /\b(?:top diplomat|ambassador|envoy|minister|president|secretary|spokes(?:wo)?man|spokesperson|chief|head|director)\b[^,;]{0,40}?\bsince\s+(?=(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?\d{4}\b)/gi,
  run(h) {
    const { c, s, at, end } = h;
    const who = c.inRange(s.start, at, P).pop()?.entity;
    const d = c.dates.find((x) => x.start === end || x.start === end + 1);
    if (!who || !d) return;
    h.event({ date: d.value, participants: [{ entity: who, role: 'appointee' }], main: who });
  },
};

export const inauguration: EventRule = {
  id: 'events/appointments:inauguration',
  type: 'inauguration',
  re: /\b(?:took office|takes office|sworn in|inaugurated)\b/g,
  run(h) {
    const { c, s, at } = h;
    const who = c.subjectBefore(s.start, at, P, true);
    if (!who) return;
    h.event({ participants: [{ entity: who, role: 'office-holder' }], main: who });
  },
};
