// Words addressed to someone: letters (WROTE_TO: "wrote to X", "in the letter to X, Y said", "received
// a letter"), interviews (INTERVIEWED_BY: "told CNN", "in an interview with X"; QUOTED_BY) and speeches (SPOKE_AT: "spoke at the UN").
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { P, placeAfter } from './arguments.js';
import type { EventRule, EvOut } from './types.js';

export const letter: EventRule = {
  id: 'events/letters-interviews:letter',
  type: 'letter',
  re: /\b(?:letters?|wr(?:ote|itten) to|writes to|sent a (?:letter|note|message) to)\b/g,
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

/** An organisation right after "on", "by", "with", "to" ("in an interview with CNN"). */
function orgAfter(c: Ctx, pos: number, limit: number): Entity | undefined {
  const m = /^\s*(?:on|by|with|to)\s+(?:the\s+)?/.exec(c.work.slice(pos, limit));
  if (!m) return undefined;
  const o = c.firstAfter(pos, Math.min(limit, pos + m[0].length + 25), ['Organization']);
  return o?.entity;
}

export const interview: EventRule = {
  id: 'events/letters-interviews:interview',
  type: 'interview',
  re: /\b(?:told|tells|[Ii]nterviewed|interview|quoted as saying by)\b/g,
  run(h) {
    const { c, s, at, end } = h;
    const word = c.work.slice(at, end);
    let who: Entity | undefined;
    let outlet: Entity | undefined;
    if (word === 'told' || word === 'tells' || word === 'quoted as saying by') {
      const m = c.firstAfter(end, Math.min(s.end, end + 30), ['Organization']);
      if (!m || !/^\s*(?:the\s+|\S+['’]s\s+)?$/.test(c.work.slice(end, m.start))) return;
      // "told Parliament", "told the Senate committee": an assembly is an audience, not an interviewer.
      if (
        /\b(?:parliament|senate|congress|assembly|council|committee|duma|court|ministry|cabinet)\b/i.test(
          m.entity.name,
        )
      )
        return;
      outlet = m.entity;
      who = c.subjectBefore(s.start, at, P, true);
      if (!who && /^\s*,?\s*$/.test(c.work.slice(s.start, at).replace(/[“"][^”"]*[”"]/g, '')))
        who = c.lastPersonBefore(at);
      if (!who) who = c.lastPersonBefore(at);
      if (word === 'quoted as saying by') {
        if (who) h.relation(who, 'QUOTED_BY', outlet);
        return;
      }
    } else {
      outlet = orgAfter(c, end, s.end);
      who = c.firstAfter(end, s.end, P)?.entity ?? c.subjectBefore(s.start, at, P, true);
      if (
        word === 'interview' &&
        !/\b(?:during|in|gave|an?)\s+(?:an?\s+)?(?:\S+\s+)?$/.test(
          c.work.slice(Math.max(s.start, at - 25), at),
        )
      )
        return;
      if (word === 'interview') who = c.subjectBefore(s.start, at, P, true);
    }
    if (!who) return;
    const participants: EvOut['participants'] = [{ entity: who, role: 'interviewee' }];
    if (outlet) participants.push({ entity: outlet, role: 'interviewer' });
    const e = h.event({ participants, main: who });
    if (outlet) h.relation(who, 'INTERVIEWED_BY', outlet, { event: e });
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
