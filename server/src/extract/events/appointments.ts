// Appointments and offices (APPOINTED): "X appointed Y", "Y was appointed by the Cabinet", "a Trump
// appointee", someone in post "since August 2017", and inaugurations ("took office", "sworn in").
import type { Entity } from '../entities/index.js';
import { P } from './arguments.js';
import type { EventRule } from './hit.js';
import { HEAD_OF_MISSION, SPOKESPERSON } from '../role-nouns.js';

/** Capitalised titles between "by" and the agent's name ("by President X"), or none. */
const BY_TITLES = /^(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u;

/** The post then "by": "appointed ambassador to Japan by " (no verb or conjunction between: "appointed in
 * 2020 and praised by X" names no appointer). */
const BY_AFTER_POST =
  /^(?:\s+(?!(?:and|or|but|was|were|is|are|has|had|who|which|that|after|before|while|when|then)\b)(?![\p{Ll}]+(?:ed|ing)\b)[^\s,;:()]+){0,6}?\s+by\s+(?:the\s+)?/u;

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
        // "was appointed by the Cabinet", "was appointed ambassador to Japan by President X": the agent,
        // after the post (no comma or clause between) and the agent's titles.
        // (One who swears in an envoy, "sworn in as ambassador by Vice President X", appoints no one.)
        const by = (/^appoint/.test(word) ? BY_AFTER_POST : /^\s+by\s+(?:the\s+)?/).exec(
          c.work.slice(end, s.end),
        );
        const from = end + (by?.[0].length ?? 0);
        const agent = by ? c.firstAfter(from, from + 60, ['Person', 'Organization']) : undefined;
        appointer = agent && BY_TITLES.test(c.work.slice(from, agent.start)) ? agent.entity : undefined;
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
  re: new RegExp(
    String.raw`\b(?:top diplomat|${HEAD_OF_MISSION}|minister|president|secretary|${SPOKESPERSON}|chief|head|director)\b[^,;]{0,40}?\bsince\s+(?=(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?\d{4}\b)`,
    'gi',
  ),
  guard: { words: ['since'], lower: true },
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
