// Words addressed to someone: letters (WROTE_TO: "wrote to X", "sent a congratulatory message to X",
// "in the letter to X, Y said", "X said in a letter to Y", "a letter from X to Y", "received a letter
// from X", "A and B exchanged letters"; the writer is the clause's subject, titles and all, and the
// addressee a titled person before a body: "UN Secretary-General X"), interviews (INTERVIEWED_BY: "told CNN", "in an interview with X", "said on Czech
// Television"; QUOTED_BY) and speeches (SPOKE_AT: "spoke at the UN").
import { referents } from '../clauses/clause.js';
import { outletAt } from '../clauses/outlets.js';
import { speakerOf } from '../clauses/speech.js';
import { phraseAt } from '../clauses/noun-phrase.js';
import { subjectOf } from '../clauses/subject.js';
import type { Entity } from '../entities/index.js';
import { P, placeAfter } from './arguments.js';
import type { EventRule, RuleHit } from './hit.js';
import { persons } from './meeting-parties.js';
import type { EvOut } from './types.js';

/** Who can write and be written to: persons, bodies, states. */
const PARTY: ('Person' | 'Organization' | 'Place')[] = ['Person', 'Organization', 'Place'];

/** The auxiliary of a passive right before the verb: "was handed", "had been sent". */
const PASSIVE_AUX = /\b(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?$/u;

/** A letter's words other than "letter": a message, note, telegram, cable or missive sent. */
const SENT =
  /^(?:sent|sends|send|addressed|addresses|penned|pens|delivered|delivers|handed|hands|dispatched)\s+(?:a|an|the|his|her|their|its)\s+(?:([\p{L}-]+)\s+){0,2}?(letter|message|note|telegram|cable|missive)s?\b/u;

const MESSAGE_KIND =
  /\b(?:congratulatory|condolence|condolences|written|personal|private|greetings?|thank-you|sympathy|official|formal)\s+message/;

/** A message that is a figure of speech ("sent a clear message to Moscow"). */
const FIGURATIVE =
  /\b(?:strong|clear|powerful|stern|firm|unmistakable|unambiguous|loud|mixed|wrong|right|political|signal)\b/;

/** The addressee a phrase at pos names: a titled person ("UN Secretary-General X"), else a body or state. */
function addressee(h: RuleHit, pos: number): Entity | undefined {
  const { c, s } = h;
  const limit = Math.min(s.end, pos + 200);
  return persons(h, pos, limit)[0] ?? referents(c, phraseAt(c, pos, limit), PARTY, { at: pos })[0];
}

/** The writer: the clause's subject (persons, bodies or states), titles and all. */
function writer(h: RuleHit, at = h.at): Entity | undefined {
  const { c, s } = h;
  return referents(c, subjectOf(c, s, at), PARTY, { at })[0] ?? c.subjectBefore(s.start, at, PARTY);
}

const FUTURE =
  /\b(?:will|would|shall|to|could|may|might|plans?|planned|planning|expected|scheduled|set|due|intends?)\s+(?:\p{Ll}+\s+)?$/u;

export const letter: EventRule = {
  id: 'events/letters-interviews:letter',
  type: 'letter',
  re: /\b(?<!\bcredentials?\s)(?:letters?(?!\s+of\s+(?:credence|recall|credentials?))|wr(?:ote|itten|ites)\s+to|(?:sent|sends|send|addressed|addresses|penned|pens|delivered|delivers|handed|hands|dispatched)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:letter|message|note|telegram|cable|missive)s?\b|exchanged\s+(?:[\p{L}-]+\s+)?(?:letters|messages))\b/gu,
  guard: {
    words: ['letter', 'wrote', 'written', 'writes', 'message', 'note', 'telegram', 'cable', 'missive'],
  },
  run(h) {
    const { c, s, at, end } = h;
    const word = c.work.slice(at, end);
    const pre = c.work.slice(s.start, at);
    const after = c.work.slice(end, s.end);
    let sender: Entity | undefined;
    let recipient: Entity | undefined;
    let both: Entity[] = [];
    // Plans are no letters: "will write to", "plans to send a letter".
    if (FUTURE.test(c.work.slice(Math.max(s.start, at - 40), at))) return;
    const sent = SENT.exec(word);
    const to =
      /^(?:\s+(?:of\s+(?:condolences?|congratulations?|sympathy|protest|thanks|support|solidarity))?\s*(?:,\s*)?(?:(?:sent|addressed|dated\s+[^,]{1,20},?)\s+)?to\s+(?:the\s+)?)/.exec(
        after,
      );
    const from = /^\s+from\s+(?:the\s+)?/.exec(after);
    if (/^exchanged/.test(word)) {
      // "A and B exchanged letters", "A exchanged messages with B".
      const subj = referents(c, subjectOf(c, s, at), PARTY, { at });
      const w = /^\s+with\s+/.exec(after);
      both = [
        ...new Set([...subj, ...(w ? [addressee(h, end + w[0].length)].filter((x) => !!x) : [])]),
      ] as Entity[];
      if (both.length < 2) return;
    } else if (/^wr/.test(word) || sent) {
      // "A wrote to B", "A sent a congratulatory message to B": the subject writes, the one after "to" reads.
      // A message is a letter when the text says what kind ("a congratulatory message", "a message of
      // condolence"); "sent a clear message to X" is a figure of speech.
      if (
        sent?.[2] === 'message' &&
        (FIGURATIVE.test(word) || !(MESSAGE_KIND.test(word) || /^\s+of\s/.test(after)))
      )
        return;
      // "X was handed a note of protest (by Y)": X receives it.
      if (sent && PASSIVE_AUX.test(pre)) {
        const by = /^[^;.]{0,60}?\bby\s+(?:the\s+)?/.exec(after);
        const r = writer(h);
        const s2 = by ? addressee(h, end + by[0].length) : undefined;
        const participants: EvOut['participants'] = [];
        if (s2 && s2 !== r) participants.push({ entity: s2, role: 'sender' });
        if (r) participants.push({ entity: r, role: 'recipient' });
        if (!r) return;
        const e = h.event({ participants, main: r });
        if (s2 && s2 !== r) h.relation(s2, 'WROTE_TO', r, { event: e });
        return;
      }
      sender = writer(h);
      const toAt = /\bto$/.test(word) ? end : to ? end + to[0].length : -1;
      if (toAt >= 0) recipient = addressee(h, toAt);
      // "has written to the chairman of the OSCE": the organisation the addressee chairs.
      const chair =
        /^\s*(?:the\s+)?(?:chairman|chairwoman|chair|head|secretary[- ]general|president)\s+of\s+(?:the\s+)?$/i;
      const org = toAt >= 0 ? c.firstAfter(toAt, s.end, ['Organization']) : undefined;
      if (org && chair.test(c.work.slice(toAt, org.start))) recipient = org.entity;
      // "sent a note to express solidarity with B": the one the purpose is about.
      const purpose = /^\s+to\s+\p{Ll}+\b[^,;.]{0,60}?\b(?:with|to)\s+(?:the\s+)?/u.exec(after);
      if (!recipient && purpose) recipient = addressee(h, end + purpose[0].length);
      if (sent?.[2] === 'message' && recipient?.type !== 'Person') return;
    } else if (from) {
      // "a letter from A to B", "B received a letter from A".
      sender = addressee(h, end + from[0].length);
      const t = /^[^;.]{0,80}?\bto\s+(?:the\s+)?/.exec(c.work.slice(end + from[0].length, s.end));
      if (t) recipient = addressee(h, end + from[0].length + t[0].length);
      else if (/\breceived\s+(?:a|an|the)\s+(?:\S+\s+)?$/.test(pre)) recipient = writer(h);
    } else if (to) {
      recipient = addressee(h, end + to[0].length);
      // "In a letter to B, A said …": the subject after the fronted phrase; "A said in a letter to B": the
      // speaker of the clause.
      const fronted = /^\s*(?:In|Through)\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}$/u.test(
        pre,
      );
      if (fronted) {
        // Past an apposition of the addressee: the party a verb follows, else the first person after a comma.
        const comma = c.work.indexOf(',', end + to[0].length);
        const later = c
          .inRange(comma > 0 && comma < s.end ? comma : s.end, s.end, PARTY)
          .filter((m) => m.entity !== recipient && !c.inAside(m.start));
        sender = (
          later.find((m) =>
            /^\s*,?\s*(?:said|says|wrote|writes|urged|asked|warned|called|thanked|told|expressed|stressed)\b/.test(
              c.work.slice(m.end, m.end + 14),
            ),
          ) ?? later.find((m) => m.entity.type === 'Person')
        )?.entity;
      } else sender = speakerOf(c, s, at) ?? writer(h);
    } else if (/\breceived\s+(?:a|an|the|several|many)?\s*(?:\S+\s+)?$/.test(pre)) {
      recipient = writer(h);
    } else if (/^\s*,?\s*(?:signed|written)\s+by\s+(?:the\s+)?/.test(after)) {
      const by = /^\s*,?\s*(?:signed|written)\s+by\s+(?:the\s+)?/.exec(after)!;
      sender = addressee(h, end + by[0].length);
    } else {
      const sentTo = /\bsent to\s+(?:the\s+)?$/.exec(pre) ?? /\bsent to\b/.exec(pre);
      if (sentTo) recipient = c.firstAfter(s.start + sentTo.index, at, ['Organization', 'Person'])?.entity;
    }
    if (sender === recipient) recipient = undefined;
    const participants: EvOut['participants'] = both.length
      ? both.map((e) => ({ entity: e, role: 'participant' }))
      : [];
    if (sender) participants.push({ entity: sender, role: 'sender' });
    if (recipient) participants.push({ entity: recipient, role: 'recipient' });
    // One letter per writer (a letter named twice, "has written to X" then "in the letter to Y").
    const main = both[0] ?? sender ?? recipient;
    if (!main) return;
    const e = h.event({ participants, main });
    if (sender && recipient) h.relation(sender, 'WROTE_TO', recipient, { event: e });
    if (both.length >= 2) h.relation(both[0]!, 'WROTE_TO', both[1]!, { event: e });
  },
};

/**
 * Interviews: "X told the Rossiya 1 channel", "X spoke with CNN", "X said in an interview with broadcaster Y", "X said on
 * Czech Television", "X, speaking to Y", "in an interview with Y, X said", "Interviewed on Y, X said",
 * "X branded Y a killer during an interview", "in an Israeli television interview" (no interviewer
 * named), "commenting on X’s interview with Y". The interviewee is the subject of the clause (the person
 * named after a fronted "In an interview with Y,"; the possessor of "X’s interview"); the interviewer is an
 * outlet by its shape (clauses/outlets.ts), so "told Parliament" or "said on Facebook" is none.
 */
export const interview: EventRule = {
  id: 'events/letters-interviews:interview',
  type: 'interview',
  re: /\b(?:told|tells|(?:said|says|spoke|[Ss]peaking|appeared|[Aa]ppearing)\s+(?:on|to)|(?:spoke|[Ss]peaking)\s+(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?with|[Ii]nterviewed\s+(?:by|on)|(?:an?|the|his|her|exclusive|['’]s)\s+(?:\p{L}+\s+)?interview\s+(?:with|to|on)|quoted as saying by)\s+(?:the\s+)?|\b(?:during|in)\s+(?:an?|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}interview\b(?!\s+(?:with|to|on)\b)/gu,
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
    // "X’s interview with Y": the interviewee is the name the possessive ends.
    const owner = /^['’]s\b/.test(word) ? c.mentions.find((m) => m.end === at && !m.nominal) : undefined;
    // … and with a name after "with": "X’s interview with her team" is no interview given to the press.
    if (/^['’]s\b/.test(word) && (!owner || (!outlet && !/^\p{Lu}/u.test(c.work.slice(end, end + 1)))))
      return;
    const who = owner
      ? owner.entity
      : fronted
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
