// Meetings read from the clause (MET): the subject and the object of a verb of meeting, active ("A met
// B", "A met with B, C and D", "A received B", "A held talks with B", "A had a conversation with B"),
// reciprocal ("A and B met", a headline's "A, B meet"), and nominalisations ("talks between A and B",
// "A's meeting with B", "the A-B summit"). Each person the subject meets is one meeting (separate
// bilateral meetings), keyed by the pair so that a headline and the body's account of it are one.
import { isPassive, referents } from '../clauses/clause.js';
import { listAfter, phraseAt } from '../clauses/noun-phrase.js';
import { isParticipleClause, mainSubject, subjectOf } from '../clauses/subject.js';
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { firstById, P, placeAfter } from './arguments.js';
import { type EventRule, RuleHit } from './hit.js';
import { counterpartOf, UNNAMED_COUNTERPART } from './counterparts.js';
import { groupStates } from './meeting-groups.js';
import type { EvOut } from './types.js';

/**
 * The meetings of `a` with `others`: one per person met (separate bilateral meetings), or one for all
 * when `together` ("attended the X meeting with A, B and C"); MET links each of `a` to each of `others`.
 * With no `others`, the persons of `a` met one another ("A and B met").
 */
function meet(h: RuleHit, a: Entity[], others: Entity[], together = false): void {
  const { c, s, at } = h;
  const place = placeAfter(c, at, s.end, /^[^;]{0,60}?\b(?:in|at)\b/);
  const pairs: [Entity, Entity][] = [];
  if (others.length) for (const x of a) for (const o of others) pairs.push([x, o]);
  else for (let i = 0; i < a.length; i++) for (let j = i + 1; j < a.length; j++) pairs.push([a[i]!, a[j]!]);
  const groups =
    !others.length || together || a.length > 1 ? [[...a, ...others]] : others.map((o) => [a[0]!, o]);
  for (const raw of groups) {
    const g = [...new Set(raw)];
    if (g.length < 2) continue;
    const ids = g.map((e) => e.id).sort();
    const e = h.event({
      place,
      participants: g.map((p) => ({ entity: p, role: 'participant' })),
      main: g.find((x) => x.id === ids[0])!,
      key: `meeting:${ids.join('+')}`,
    });
    for (const [x, y] of pairs)
      if (x !== y && g.includes(x) && g.includes(y)) h.relation(x, 'MET', y, { event: e, place });
  }
}

/** A role the met person is named by before the name: "his Iranian counterpart(,) X", "her host, X". */
const COUNTERPART =
  /^\s*(?:(?:the|his|her|their|its)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:counterparts?|hosts?|guests?|opposite numbers?)(?:\s+of\s+(?:the\s+)?(?:\p{L}+\s+){0,2}?\p{L}+)?\s*,?\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

const TITLED =
  /^\s*(?:(?:the|The)\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|leader|president|prime minister|minister|foreign minister|chancellor|king|crown prince)\s+(?:(?:of|for)\s+(?=\p{Lu}))?){0,5}$/u;

/** The persons a phrase at pos names: a name or a list, or the name a counterpart role is given. */
export function persons(h: RuleHit, pos: number, limit: number): Entity[] {
  const { c } = h;
  const named = referents(c, phraseAt(c, pos, limit, limit), P, { at: pos });
  if (named.length) return named;
  const m = c.inRange(pos, Math.min(limit, pos + 80), P, true)[0];
  const unnamed = UNNAMED_COUNTERPART.exec(c.work.slice(pos, limit));
  if (unnamed && (!m || m.start > pos + unnamed[0].length + 3)) return counterpartOf(h, pos, unnamed[1]!);
  if (!m) return [];
  // Titles and demonyms before the name ("North Korean leader Kim Jong-un and US President X").
  if (TITLED.test(c.work.slice(pos, m.start))) return listAfter(c, m, limit).map((x) => x.entity);
  return COUNTERPART.test(c.work.slice(pos, m.start)) ? [m.entity] : [];
}

/** An adverbial between "met" and "with": "on Tuesday 22/3/2022", "also", "earlier on Tuesday". */
const ADVERBIAL_WITH =
  /^\s+(?:(?:also|earlier|later|again|separately|briefly|privately|today|yesterday|here|there|on|in|at|last|this|late|early|\p{Lu}\p{Ll}+day|\d[\d/.,]*|\p{Lu}\p{Ll}+)\s+){1,5}with\s+/u;

/** "his counterparts from|of": the met are known only by their states. */
const COUNTERPARTS_FROM =
  /^\s*(?:(?:his|her|their|the)\s+)?(?:\p{L}+\s+){0,2}?counterparts\s+(?:from|of)\s+(?:the\s+)?/u;

/** The places listed from pos on: "Tunisia, Comoros, Kazakhstan, and Thailand". */
function statesListed(c: Ctx, pos: number, limit: number): Entity[] {
  const first = c.inRange(pos, limit, ['Place'], true)[0];
  if (!first || first.start !== pos) return [];
  return listAfter(c, first, limit)
    .map((m) => m.entity)
    .filter((e) => e.type === 'Place');
}

/** "the two leaders", "the two": the last two persons named before pos. */
function theTwo(h: RuleHit, pos: number): Entity[] {
  const out: Entity[] = [];
  for (const m of h.c.inRange(0, pos, P).reverse()) {
    if (!out.includes(m.entity)) out.unshift(m.entity);
    if (out.length === 2) break;
  }
  return out.length === 2 ? out : [];
}
const THE_TWO =
  /\b[Tt]he\s+two(?:\s+(?:leaders|men|women|ministers|presidents|heads of state|sides))?\s+(?:\p{Ll}+\s+){0,2}$/u;

/** A meeting noun governed by a preposition ("at a summit in X", "during their talks", "since the summit"). */
const PP =
  /\b(?:at|during|after|since|following|before|on the sidelines of|on the margins of|in)\s+(?:(?:the|a|an|their|its|his|her|last|this|first|second|bilateral|historic|landmark|joint|top-level|high-level|closed-door|face-to-face|\p{Lu}\p{L}+|\d{4})\s+){0,4}$/iu;

/** The persons a clause is about when a meeting noun is in a prepositional phrase of it. */
function clauseParties(h: RuleHit): Entity[] {
  const { c, s, at } = h;
  const pp = PP.exec(c.work.slice(s.start, at));
  if (!pp) return [];
  const head = c.work.slice(s.start, s.start + pp.index);
  // Fronted: "During a summit in X last week, A and B agreed": the subject after the comma.
  if (/^\s*(?:\p{L}+\s*)?$/u.test(head)) {
    const comma = c.work.indexOf(',', at);
    if (comma < 0 || comma > s.end) return [];
    return persons(h, comma + 1, s.end);
  }
  // Otherwise the sentence's leading subject: "A and B held a news conference after a summit".
  const lead = persons(h, s.start, s.start + pp.index);
  return lead.length >= 2 ? lead : THE_TWO.test(head) ? theTwo(h, at) : [];
}

/** The subject of the verb at h.at: the clause's own, or the main clause's for a participle. */
export function subjects(h: RuleHit): Entity[] {
  const { c, s, at, end } = h;
  const np = isParticipleClause(c, s, at, end) ? mainSubject(c, s, at, P) : subjectOf(c, s, at);
  const named = referents(c, np, P, { at });
  return named.length ? named : roleSubject(h);
}

/** A role with no name as the subject: "the Minister of External Affairs also met", "The president then held". */
const ROLE_SUBJECT =
  /(?:^|[,;:]\s*)(?:the|The)\s+(?:[\p{L}-]+\s+){0,3}?(minister|president|premier|chancellor|secretary|king|queen|emir|sultan)(?:\s+of\s+(?:(?:the|and)\s+|\p{Lu}[\p{L}-]*\s+)+)?\s*(?:(?:also|later|then|subsequently|separately|again|has|had)\s+)*$/iu;

/** The last person named before the sentence whose title holds the role's head word. */
function roleSubject(h: RuleHit): Entity[] {
  const { c, s, at } = h;
  const m = ROLE_SUBJECT.exec(c.work.slice(s.start, at));
  if (!m) return [];
  const head = m[1]!.toLowerCase();
  const titled = c
    .inRange(0, s.start, P)
    .reverse()
    .find((x) => x.entity.title?.toLowerCase().includes(head));
  return titled ? [titled.entity] : [];
}

const PHONE =
  /\b(?:by|over the|on the|via)\s+(?:tele)?phone\b|\b(?:phone|telephone)[\s-](?:call|conversation|talks)\b|\bvideo\s+call\b|\b(?:phoned|telephoned)\b/;

const FUTURE =
  /\b(?:will|would|shall|to|could|may|might|plans?|planned|planning|expected|scheduled|set|due|ahead of)\s+(?:\p{Ll}+\s+)?$/u;

export const meeting: EventRule = {
  id: 'events/meetings:meeting',
  type: 'meeting',
  re: /\b(?:met|meets|meet|meeting|received|receives|hosted|hosts|welcomed|welcomes|paid\s+(?:a\s+)?(?:courtesy\s+)?(?:call|visit)\s+on|pays\s+(?:a\s+)?(?:courtesy\s+)?(?:call|visit)\s+on|called\s+on(?=\s+(?:the\s+)?\p{Lu})|(?:talked|gathered|consulted|conversed|huddled|exchanged views|discussed|discusses)(?=\s+with\b|\s+(?!with\b)[^,;.]{1,60}?\s+with\s+\p{Lu})|(?:talked|discussed)(?=\s)|(?:held|hold|holds|had|has|have|holding|attended|attends|joined)\s+(?:[\p{Ll}\p{Lu}-]+\s+){0,3}?(?:talks|meeting|meetings|conversation|chat|discussions?|consultations|bilateral)|[Tt]alks|[Ss]ummit|[Mm]eeting|[Dd]iscussions between|sat down|conferred|shook hands|shake hands|shakes hands)\b(?:\s+(?:with|between)\b)?/gu,
  run(h) {
    const { c, s } = h;
    // Plans and prospects are no meetings ("will meet", "are set to hold talks").
    if (FUTURE.test(c.work.slice(Math.max(s.start, h.at - 40), h.at))) return;
    // A call is no meeting: "had a phone conversation with", "talked with X by phone" (meetings-calls.ts);
    // a meeting "by video link" stays one.
    if (PHONE.test(c.work.slice(Math.max(s.start, h.at - 40), Math.min(s.end, h.end + 120)))) return;
    // "In a telephone conversation with X, Y discussed …": a fronted phrase tells the call.
    const fronted = /^\s*(?:In|During|Over)\b[^,]{0,120},/.exec(c.work.slice(s.start, h.at));
    if (fronted && PHONE.test(fronted[0])) return;
    // "called on X to stop": an appeal, no call paid.
    if (
      /^called on/.test(c.work.slice(h.at, h.end)) &&
      /^[^,;.]{0,80}?\bto\s+\p{Ll}/u.test(c.work.slice(h.end, s.end))
    )
      return;
    readMeeting(h);
    const seen = clauseMade.get(c) ?? new Set<number>();
    clauseMade.set(c, seen);
    const later = deferred.get(c) ?? new Set<number>();
    deferred.set(c, later);
    const weak = /^(?:met|meets|meeting|summit|talks|held talks|hold talks)\b/.test(
      c.work.slice(h.at, h.end),
    );
    if (h.made.length) seen.add(s.start);
    else if (!seen.has(s.start) && (weak || later.has(s.start)) && laterTrigger(h)) later.add(s.start);
    else if (!seen.has(s.start) && (weak || later.has(s.start))) {
      seen.add(s.start);
      const sub = new RuleHit(c, s, h.at, h.end, coMention);
      coMention.run(sub);
      h.made.push(...sub.made);
    }
  },
};

/**
 * Sentences (by start) whose co-mention reading waits for a later trigger of the sentence ("On the first
 * day of the summit, A attended two sessions and met with B, C and D": "met with" reads the clause, and
 * a co-mention of all four would merge its separate meetings into one).
 */
const deferred = new WeakMap<Ctx, Set<number>>();

/** Whether another meeting trigger follows in the sentence. */
function laterTrigger(h: RuleHit): boolean {
  const re = new RegExp(meeting.re.source, 'gu');
  return re.test(h.c.work.slice(h.end, h.s.end));
}

/** Sentences (by start) where a meeting was read from the clause, per article. */
const clauseMade = new WeakMap<Ctx, Set<number>>();

/** Reads the meeting the trigger's clause tells of. */
function readMeeting(h: RuleHit): void {
  const { c, s, at } = h;
  let { end } = h;
  let word = c.work.slice(at, end);
  // "talks in Tianjin between A and B": a place or a time between the noun and "between".
  const placed = /^(?:talks|meeting|summit)$/i.test(word)
    ? /^\s+(?:in|at|on|last|this|held\s+in)\s+[^,;]{1,40}?\s+between\b/.exec(c.work.slice(end, s.end))
    : null;
  if (placed) {
    end += placed[0].length;
    word += ' between';
  }
  const limit = Math.min(s.end, end + 400);
  // "talks between A and B", "a meeting between A and B".
  if (/\bbetween$/.test(word)) {
    const both = THE_TWO.test(c.work.slice(end, end + 30).trim() + ' ')
      ? theTwo(h, at)
      : persons(h, end, limit);
    const groups = both.length ? [] : groupStates(c, end, limit);
    if (both.length >= 2) meet(h, both, []);
    else if (groups.length === 2) meet(h, groups, []);
    else if (both.length === 1) {
      // "between A, who is on a visit to X, and B": the second party after the relative clause.
      const first = c.inRange(end, limit, P, true)[0];
      const rel = first ? /^,\s+(?:who|whose)\b[^;]*?,\s+and\s+/.exec(c.work.slice(first.end, limit)) : null;
      const second = rel ? persons(h, first!.end + rel[0].length, limit) : [];
      // "between X and senior Chinese diplomats": the state of the group.
      const and = first && !rel ? /^\s+and\s+/.exec(c.work.slice(first.end, limit)) : null;
      const group = and ? groupStates(c, first!.end + and[0].length, limit) : [];
      if (second.length) meet(h, [...both, ...second], []);
      else if (group.length === 1 && !both.includes(group[0]!)) meet(h, both, group);
    }
    return;
  }
  const noun = /^(?:meeting|talks|summit)\b/i.test(word) && !/^meeting with/.test(word);
  const nounWith = /^(?:meeting|talks|summit) with$/.test(word);
  const before = c.work.slice(Math.max(s.start, at - 60), at);
  // "A's meeting with B", "his talks with B".
  const poss = /(?:['’]s?|\b(?:his|her))\s+(?:\p{Ll}+\s+){0,2}$/u.exec(before);
  if (noun || nounWith) {
    if (!poss) {
      // "the A-B summit", "a Xi–Biden meeting".
      const pair = /(\p{Lu}[\p{L}]+)\s*[-–]\s*(\p{Lu}[\p{L}]+)\s+(?:\p{Ll}+\s+)?$/u.exec(before);
      const ms = pair ? c.inRange(at - pair[0].length, at, P, true) : [];
      if (ms.length >= 2)
        meet(
          h,
          ms.map((m) => m.entity),
          [],
        );
      else if (!nounWith) {
        const parties = clauseParties(h);
        if (parties.length >= 2) meet(h, parties, []);
      }
      return;
    }
    if (!nounWith) return;
    const owner = /\b(?:his|her)\s/.test(poss[0])
      ? c.lastPersonBefore(at)
      : c.inRange(Math.max(s.start, at - 60), at - poss[0].length + 3, P, true).pop()?.entity;
    if (owner) meet(h, [owner], persons(h, end, limit));
    return;
  }
  // A verb: its subject meets its object ("with B" or the direct object).
  const subj = THE_TWO.test(c.work.slice(s.start, at)) ? theTwo(h, at) : subjects(h);
  if (!subj.length) return;
  const hosting = /^(?:received|receives|hosted|hosts|welcomed|welcomes)/.test(word);
  const withObj = /\bwith$/.test(word);
  const direct = /^(?:met|meets|meet)$/.test(word) || /^(?:paid|pays|called)\s/.test(word) || hosting;
  // "met and held talks with B": the object of the verb coordinated with it; "met on Tuesday with B",
  // "met also with B": an adverbial between the verb and "with" (no one named in it).
  const coord = /^\s+and\s+(?:\p{Ll}+\s+){1,3}?with\s+/u.exec(c.work.slice(end, limit));
  // "discussed trade with B", "talked about X with B": the partner after a topic.
  const topic = /^(?:discussed|discusses|talked)$/.test(word)
    ? /^\s+(?!with\b)[^,;.]{1,60}?\s+with\s+(?=\p{Lu})/u.exec(c.work.slice(end, limit))
    : null;
  const gap = direct && !coord ? ADVERBIAL_WITH.exec(c.work.slice(end, limit)) : null;
  const gapClear = gap && !c.inRange(end, end + gap[0].length, P).length;
  const objAt = coord && direct ? end + coord[0].length : gapClear ? end + gap[0].length : end;
  // "X was received by Y", "X was welcomed by Y": the agent is the host.
  const by = hosting && isPassive(c, s, at, end) ? /^\s+by\s+/.exec(c.work.slice(end, limit)) : null;
  let objs = by
    ? persons(h, end + by[0].length, limit).filter((o) => !subj.includes(o))
    : topic
      ? persons(h, end + topic[0].length, limit).filter((o) => !subj.includes(o))
      : withObj || direct
        ? persons(h, objAt, limit).filter((o) => !subj.includes(o))
        : [];
  // "X hosted him", "X received her on Monday": the person last named before the sentence.
  const pro = direct && !by && !objs.length ? phraseAt(c, objAt, limit) : undefined;
  if (pro?.pronoun) objs = referents(c, pro, P, { at: s.start }).filter((o) => !subj.includes(o));
  if (objs.length) meet(h, subj, objs, /^(?:attend|join)/.test(word));
  else if ((withObj || direct) && !by) {
    // "met with his counterparts from Tunisia, Comoros and Thailand": the states they stand for.
    const from = COUNTERPARTS_FROM.exec(c.work.slice(objAt, limit));
    const states = from ? statesListed(c, objAt + from[0].length, limit) : [];
    // "held talks with Chinese officials", "met a Ukrainian delegation": the state of the group.
    const group = states.length ? [] : groupStates(c, objAt, limit).filter((g) => !subj.includes(g));
    if (states.length) meet(h, subj, states, true);
    else if (group.length === 1) meet(h, subj, group);
  } else if (
    !hosting &&
    subj.length >= 2 &&
    /^(?:met|meet|meets|held|hold|holds|had|have|shook|shake|shakes|sat|talked|discussed|discusses)\b/.test(
      word,
    )
  )
    meet(h, subj, []);
}

/**
 * When the clause names no one met, two persons named in a sentence about a meeting ("Kim, Trump face
 * off at Singapore summit") are its parties: the weaker reading, with its own rule id.
 */
export const coMention: EventRule = {
  id: 'events/meetings:co-mention',
  type: 'meeting',
  re: /(?!)/g,
  run(h) {
    const { c, s, at } = h;
    // Not the possessor of a noun ("Navalny's widow") nor a person inside an apposition.
    const ms = c
      .inRange(s.start, s.end, P)
      .filter((m) => !/^['’]s\s+\p{Ll}/u.test(c.work.slice(m.end, m.end + 4)) && !c.inAside(m.start));
    const persons = [...new Set(ms.map((m) => m.entity))];
    if (persons.length < 2) return;
    const place = placeAfter(c, at, s.end, /^[^;]{0,60}?\b(?:in|at)\b/);
    const e = h.event({
      place,
      participants: persons.map((p) => ({ entity: p, role: 'participant' })),
      main: firstById(persons),
    });
    // Two or three persons named around the meeting all met (`…:co-mention`); of more, the first two.
    const met = persons.length <= 3 ? persons : persons.slice(0, 2);
    for (let i = 0; i < met.length; i++)
      for (let j = i + 1; j < met.length; j++) h.relation(met[i]!, 'MET', met[j]!, { event: e, place });
  },
};

/** Before a summit that took place: "at", "during", "on the sidelines of", "after" (not "ahead of"). */
const SUMMIT_PP =
  /\b(?:at|during|on the (?:sidelines|margins) of|after|following|since|from)\s+(?:(?:the|a|an|this|last|last week['’]s|its|their|recent)\s+)*$/i;
const SUMMIT_HELD = /^\s+(?:was held|opened|ended|concluded|closed|took place|kicked off|began|wrapped up)\b/;

/**
 * A body's summit that took place ("during the G7 summit hosted by Japan", "at the NATO summit in
 * Vilnius", "the G20 summit ended"): one meeting of that body per article, with the host and the place
 * when the phrase names them. No relation: who met whom is the meeting rule's.
 */
export const summit: EventRule = {
  id: 'events/meetings:summit',
  type: 'meeting',
  re: /\b(?:[Ss]ummit)\b/g,
  run(h) {
    const { c, s, at, end } = h;
    const lead = /\s+(?:leaders['’]?\s+)?$/.exec(c.work.slice(Math.max(s.start, at - 12), at));
    const org = c
      .inRange(Math.max(s.start, at - 60), at, ['Organization'], true)
      .find((m) => m.end === at - (lead?.[0].length ?? 0));
    if (!org) return;
    const before = c.work.slice(s.start, org.start);
    if (!SUMMIT_PP.test(before) && !SUMMIT_HELD.test(c.work.slice(end, end + 30))) return;
    const place = placeAfter(c, end, s.end, /^\s+(?:in|at)\b/);
    const by = /^\s+hosted by\s+(?:the\s+)?/.exec(c.work.slice(end, end + 20));
    const host = by
      ? c.inRange(end + by[0].length, end + by[0].length + 40, ['Place', 'Organization'])[0]
      : undefined;
    const participants: EvOut['participants'] = [{ entity: org.entity, role: 'participant' }];
    if (host && host.start === end + by![0].length) participants.push({ entity: host.entity, role: 'host' });
    h.event({ place, participants, main: org.entity, key: `summit:${org.entity.id}` });
  },
};
