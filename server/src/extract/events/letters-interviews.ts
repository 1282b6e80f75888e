// Words addressed to someone: letters (WROTE_TO: "wrote to X", "in the letter to X, Y said", "received
// a letter"), interviews (INTERVIEWED_BY: "told CNN", "in an interview with X", "said on Czech
// Television"; QUOTED_BY) and speeches (SPOKE_AT: "spoke at the UN").
import { referents } from '../clauses/clause.js';
import { outletAt } from '../clauses/outlets.js';
import { speakerOf } from '../clauses/speech.js';
import { subjectOf } from '../clauses/subject.js';
import type { Entity } from '../entities/index.js';
import { P, placeAfter } from './arguments.js';
import type { EventRule } from './hit.js';
import type { EvOut } from './types.js';

export const letter: EventRule = {
  id: 'events/letters-interviews:letter',
  type: 'letter',
  re: /\b(?:letters?(?!\s+of\s+(?:credence|recall))|wr(?:ote|itten) to|writes to|sent a (?:letter|note|message) to)\b/g,
  run(h) {
    const { c, s, at, end } = h;
    const word = c.work.slice(at, end);
    const pre = c.work.slice(s.start, at);
    const participants: EvOut['participants'] = [];
    let sender: Entity | undefined;
    let recipient: Entity | undefined;
    const letterTo = /^\s+to\s+(?:the\s+)?/.exec(c.work.slice(end, s.end));
    if (/\bto$/.test(word)) {
      sender = c.subjectBefore(s.start, at, ['Person', 'Organization', 'Place']);
      recipient = c.firstAfter(end, s.end, ['Person', 'Organization', 'Place'])?.entity;
      // "has written to the chairman of the OSCE": the organisation the addressee chairs.
      const chair =
        /^\s+(?:the\s+)?(?:chairman|chairwoman|chair|head|secretary[- ]general|president)\s+of\s+(?:the\s+)?$/i;
      const org = c.firstAfter(end, s.end, ['Organization']);
      if (org && chair.test(c.work.slice(end, org.start))) recipient = org.entity;
    } else if (letterTo && /^letter$/.test(word)) {
      // "In the letter to X, (apposition,) Y said …": the recipient right after, the writer the subject.
      const r = c.firstAfter(end, end + letterTo[0].length + 2, ['Person', 'Organization', 'Place']);
      if (r && r.start <= end + letterTo[0].length) {
        recipient = r.entity;
        sender = c
          .inRange(r.end, s.end, ['Person', 'Organization'])
          .find(
            (m) =>
              m.entity !== r.entity &&
              !c.inAside(m.start) &&
              /^\s*,?\s*(?:said|says|wrote|writes|urged|asked|warned|called)\b/.test(
                c.work.slice(m.end, m.end + 12),
              ),
          )?.entity;
      }
    } else if (/\breceived\s+(?:a|an|the|several|many)?\s*(?:\S+\s+)?$/.test(pre)) {
      recipient = c.subjectBefore(s.start, at, ['Person', 'Organization']);
    } else {
      const sentTo = /\bsent to\s+(?:the\s+)?$/.exec(pre.slice(0, pre.length)) ?? /\bsent to\b/.exec(pre);
      if (sentTo) recipient = c.firstAfter(s.start + sentTo.index, at, ['Organization', 'Person'])?.entity;
    }
    if (sender) participants.push({ entity: sender, role: 'sender' });
    if (recipient) participants.push({ entity: recipient, role: 'recipient' });
    // One letter per writer (a letter named twice, "has written to X" then "in the letter to Y").
    const main = sender ?? recipient;
    if (!main) return;
    const e = h.event({ participants, main });
    if (sender && recipient) h.relation(sender, 'WROTE_TO', recipient, { event: e });
  },
};

/**
 * Interviews: "X told the Rossiya 1 channel", "X said in an interview with broadcaster Y", "X said on
 * Czech Television", "X, speaking to Y", "in an interview with Y, X said", "Interviewed on Y, X said",
 * "X branded Y a killer during an interview" (no interviewer named). The interviewee is the subject
 * of the clause (or the person named after a fronted "In an interview with Y,"); the interviewer is an
 * outlet by its shape (clauses/outlets.ts), so "told Parliament" or "said on Facebook" is none.
 */
export const interview: EventRule = {
  id: 'events/letters-interviews:interview',
  type: 'interview',
  re: /\b(?:told|tells|(?:said|says|spoke|[Ss]peaking|appeared|[Aa]ppearing)\s+(?:on|to)|[Ii]nterviewed\s+(?:by|on)|(?:an?|the|his|her|exclusive)\s+(?:\p{L}+\s+)?interview\s+(?:with|to|on)|quoted as saying by)\s+(?:the\s+)?|\b(?:during|in)\s+(?:an?|the|his|her|their)\s+(?:\p{L}+\s+)?interview\b(?!\s+(?:with|to|on)\b)/gu,
  run(h) {
    const { c, s, at, end } = h;
    const outlet = outletAt(c, end, Math.min(s.end, end + 60));
    const word = c.work.slice(at, end);
    // The word "interview" says what happened even when the interviewer is no name the article knows.
    if (!outlet && !/interview\b/.test(word)) return;
    // A fronted phrase names the interviewer first and the interviewee after it: "In an interview with
    // Y, X said", "Interviewed on Y on Wednesday, X said", "Speaking to Y, X said".
    const lead = c.work.slice(s.start, at);
    const fronted =
      /^\s*(?:In|During)\s+$/.test(lead) ||
      (/^\s*$/.test(lead) && /^(?:Interviewed|Speaking|Appearing)\b/.test(word));
    const who = fronted
      ? c.inRange(end, s.end, P).find((m) => m.entity !== outlet)?.entity
      : (referents(c, subjectOf(c, s, at), P, { at })[0] ?? speakerOf(c, s, at) ?? c.lastPersonBefore(at));
    if (!who || who === outlet || who.type !== 'Person') return;
    if (!outlet) {
      h.event({ participants: [{ entity: who, role: 'interviewee' }], main: who });
      return;
    }
    if (/^quoted/.test(word)) {
      h.relation(who, 'QUOTED_BY', outlet);
      return;
    }
    const e = h.event({
      participants: [
        { entity: who, role: 'interviewee' },
        { entity: outlet, role: 'interviewer' },
      ],
      main: who,
    });
    h.relation(who, 'INTERVIEWED_BY', outlet, { event: e });
  },
};

export const speech: EventRule = {
  id: 'events/letters-interviews:speech',
  type: 'speech',
  re: /\b(?:speaks|spoke|speaking|addressed|addresses|addressing) (?:at|to)\b/g,
  run(h) {
    const { c, s, at, end } = h;
    const who = c.subjectBefore(s.start, at, P, true);
    const host = c.firstAfter(end, Math.min(s.end, end + 30), ['Organization'])?.entity;
    if (!who || !host) return;
    const place = placeAfter(c, end, s.end, /^[^;]{0,60}?\bin\b/);
    const e = h.event({
      date: c.dateNear(s, at, 120)?.value ?? null,
      place,
      participants: [
        { entity: who, role: 'speaker' },
        { entity: host, role: 'host' },
      ],
      main: who,
    });
    h.relation(who, 'SPOKE_AT', host, { event: e });
  },
};
