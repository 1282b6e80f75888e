// Meetings read from the clause (MET): the subject and the object of a verb of meeting, active ("A met B",
// "A met with B, C and D", "A met with B on Monday and with C on Tuesday", "A received B", "A held talks
// with B", "A had a conversation with B", "A paid courtesy calls on B", "A granted an audience to B", "A
// talked to B"), reciprocal ("A and B met", a headline's "A, B meet", "A and B exchanged their views",
// "They met" after a sentence naming two), and nominalisations ("talks between A and B", "A's meeting with
// B", "the A-B summit"); a person met known only by role is resolved in meeting-roles.ts, a few leaders
// known only by their states in meeting-leaders.ts; plans, calls and appeals are no meetings
// (meeting-prospects.ts). Each person the subject meets is one meeting (separate bilateral meetings),
// keyed by the pair so that a headline and the body's account of it are one (meet(), with the persons a
// phrase names and the verb's subject, in meeting-parties.ts).
import { AGENT_BY, isPassive, referents } from '../clauses/clause.js';
import { phraseAt } from '../clauses/noun-phrase.js';
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { P } from './arguments.js';
import { rosterPersons } from './meeting-rosters.js';
import { type EventRule, RuleHit } from './hit.js';
import { coMention, toldMeetingAsTime } from './meeting-co-mention.js';
import { partyChain } from './meeting-co-mention-scope.js';
import { groupStates } from './meeting-groups.js';
import { envoysMet } from './meeting-envoy-states.js';
import { apartLeaders, leadersMet } from './meeting-leaders.js';
import { notAMeeting } from './meeting-prospects.js';
import { callSentence } from './phone-call-anaphora.js';
import { discussedOnCall } from './phone-call-discussions.js';
import { ownerBefore, previousPair } from './meeting-anaphora.js';
import { relativeObject } from './meeting-relatives.js';
import { roleStateSubject } from './meeting-role-states.js';
import { hostAdverbialGap, hostAgentGap, hostPlaceGap } from './host-place.js';
import { passiveGuests } from './meeting-passive-guests.js';
import { ADVERBIAL_WITH, COUNTERPARTS_FROM, MEAL } from './meeting-gaps.js';
import { partnerGap } from './meeting-held-gaps.js';
import { objectAgain } from './meeting-object-again.js';
import { joinAttendees } from './meeting-attendees.js';
import { joinListed } from './meeting-participant-lists.js';
import { joinHost } from './meeting-hosts.js';
import { separateMeetings, subjectGroups } from './meeting-lists.js';
import { envoyGroupMet, headItem } from './meeting-list-tail.js';
import { meet, persons, subjects } from './meeting-parties.js';
import { theTwoMet, theyMet } from './meeting-last-pair.js';
import { namePair } from './meeting-name-pairs.js';
import { noteSubject } from './meeting-protagonist.js';
import {
  sidesAt,
  sidesBefore,
  statesListed,
  THE_TWO,
  THEY,
  TWO_STATES,
  twoStatesBefore,
} from './meeting-sides.js';

/** A second "with" coordinated after the first one's object: "and, separately, with", "and later with". */
function withAgain(h: RuleHit, objAt: number, limit: number, known: Entity[]): Entity[] {
  const m = /^[^;.]{1,80}?\s+and\s*,?\s+(?:(?:separately|later|also|then|again)\s*,?\s+)?with\s+/.exec(
    h.c.work.slice(objAt, limit),
  );
  return m ? persons(h, objAt + m[0].length, limit).filter((o) => !known.includes(o)) : [];
}

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
  return lead.length >= 2 ? lead : THE_TWO.test(head) ? theTwoMet(h) : [];
}

export const meeting: EventRule = {
  id: 'events/meetings:meeting',
  type: 'meeting',
  re: /\b(?:met|meets|meet|meeting|received\s+in\s+(?:an\s+)?audience|received|receives|hosted|hosts|welcomed|welcomes|(?:paid|pays|made|makes)\s+(?:a\s+)?(?:courtesy\s+(?:calls?|visits?)\s+(?:on|to)|(?:calls?|visits?)\s+on)|(?:granted|grants|gave|gives)\s+(?:an\s+)?audience\s+to|(?:called|calls)\s+on(?=\s+(?:the\s+)?\p{Lu})|talked\s+to(?=\s+(?:\p{Lu}|(?:the|his|her)\s))|exchanged\s+(?:their\s+|(?:\p{Ll}+\s+)?)?(?:views|ideas|opinions)(?=\s+(?:on|about|with|over)\b)|(?:talked|gathered|consulted|conversed|huddled|interacted|discussed|discusses|co-chaired|co-chairs|co-chairing|co-hosted|co-hosts|co-hosting)(?=\s+with\b|\s+(?!with\b)[^,;.]{1,60}?\s+with\s+\p{Lu})|(?:talked|discussed|discuss)(?=\s)|(?:held|hold|holds|had|has|have|holding|attended|attends|joined)\s+(?:[“"‘]?[\p{Ll}\p{Lu}\d-]+[”"’]?\s+){0,3}?(?:(?:rounds?|series|number)\s+of\s+(?:[\p{Ll}-]+\s+)?)?[“"‘]?(?:talks|meeting|meetings|conversation|chat|discussions?|consultations|dialogue|negotiations|audience|interaction|(?:working\s+)?(?:lunch|luncheon|dinner|breakfast)|t[eê]te-[aà]-t[eê]te|bilateral(?!\s+(?:talks|meetings?|discussions?|consultations|and|or)\b))|[Tt]alks|[Ss]ummit|[Mm]eeting|[Dd]iscussions(?=\s+with\b)|[Dd](?:iscussions|ialogue) between|(?:exchange|encounter)\s+between|sat down|conferred|shook hands|shake hands|shakes hands)\b(?:[”"’](?=\s+(?:with|between)\b))?(?:\s+(?:with|between)\b)?/gu,
  run(h) {
    const { c, s } = h;
    if (notAMeeting(h)) return; // plans, prospects, calls and appeals (meeting-prospects.ts)
    if (callSentence(c, c.sents.indexOf(s))) return; // "during the talks": a call told before (phone-call-anaphora.ts)
    // "The two leaders also discussed …" after a call (phone-call-discussions.ts): nor a co-mention of its names.
    if (discussedOnCall(h)) {
      clauseMade.set(c, (clauseMade.get(c) ?? new Set<number>()).add(s.start));
      return;
    }
    if (joinHost(h)) return; // "The meeting was chaired by X": X hosted the meeting just told (meeting-hosts.ts).
    if (joinAttendees(h)) return; // "The meeting was attended by A and B": they join the meeting just told.
    if (joinListed(h)) return; // "Participants included A, B and C" (meeting-participant-lists.ts)
    readMeeting(h);
    const seen = clauseMade.get(c) ?? new Set<number>();
    clauseMade.set(c, seen);
    const later = deferred.get(c) ?? new Set<number>();
    deferred.set(c, later);
    const weak = /^(?:met|meets|meeting|summit|talks|discussions|held talks|hold talks)\b/.test(
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
  return LATER_TRIGGER.test(h.c.work.slice(h.end, h.s.end));
}
/** The meeting trigger, without the global flag (no lastIndex to carry between tests), built once. */
const LATER_TRIGGER = new RegExp(meeting.re.source, 'u');

/** Sentences (by start) where a meeting was read from the clause, per article. */
const clauseMade = new WeakMap<Ctx, Set<number>>();

/**
 * The subject after the comma closing a fronted "During his meeting with B, …" ("In her talks with B, A
 * thanked …"): the person "his"/"her" stands for, when the phrase opens the sentence.
 */
function frontedOwner(h: RuleHit, end: number): { owner: Entity; comma: number } | undefined {
  const { c, s, at } = h;
  if (!FRONTED_POSS.test(c.work.slice(s.start, at))) return undefined;
  // The comma after which a person opens the main clause, a verb right after the name ("…, Anutin
  // Charnvirakul, Marcos said": past the apposition's comma).
  for (let comma = c.work.indexOf(',', end); comma > 0 && comma < Math.min(s.end, end + 200);) {
    const m = subjectAfter(h, comma + 1);
    if (m && /^\s+(?!(?:of|and|for|to|in|on|at)\b)\p{Ll}/u.test(c.work.slice(m.end, m.end + 20)))
      return { owner: m.entity, comma };
    comma = c.work.indexOf(',', comma + 1);
  }
  return undefined;
}
const FRONTED_POSS =
  /^\s*(?:During|In|At|After|Following|Over)\s+(?:his|her)\s+(?:(?:first|second|third|separate|bilateral|brief|later)\s+)*$/;
/** The person a clause opens with after pos (titles and all), as its mention. */
function subjectAfter(h: RuleHit, pos: number): { entity: Entity; end: number } | undefined {
  const m = h.c.inRange(pos, Math.min(h.s.end, pos + 80), P, true)[0];
  if (!m || !/^\s*(?:(?:the|The)\s+)?(?:[\p{L}.'’-]+\s+){0,4}$/u.test(h.c.work.slice(pos, m.start)))
    return undefined;
  return m;
}

/** Reads the meeting the trigger's clause tells of. */
function readMeeting(h: RuleHit): void {
  const { c, s, at } = h;
  let { end } = h;
  let word = c.work.slice(at, end);
  // "talks in Tianjin between A and B": a place or a time between the noun and "between".
  const placed = /^(?:talks|meeting|summit)$/i.test(word)
    ? /^\s+(?:(?:in|at|on|last|this|held\s+in)\s+[^,;]{1,40}?|(?:(?:was|were)\s+)?(?:held|took\s+place)(?:\s+[^,;]{1,40}?)?)\s+between\b/.exec(
        c.work.slice(end, s.end),
      )
    : null;
  if (placed) {
    end += placed[0].length;
    word += ' between';
  }
  const limit = Math.min(s.end, end + 400);
  // "talks between A and B", "a meeting between A and B".
  if (/\bbetween$/.test(word)) {
    const read = THE_TWO.test(c.work.slice(end, end + 30).trim() + ' ')
      ? theTwoMet(h)
      : persons(h, end, limit);
    // More than two read: only those "between" lists, not a clause's subject after them ("talks between A
    // and B, C said"; meeting-co-mention-scope.ts).
    const listed = read.length > 2 ? partyChain(h, end).filter((p) => read.includes(p)) : [];
    const both = listed.length >= 2 ? listed : read;
    // An exchange or an encounter between states is no meeting (of fire, of prisoners), nor a dialogue (a
    // process): persons only.
    const personal = /^(?:exchange|encounter|[Dd]ialogue)/.test(word);
    const groups = both.length || personal ? [] : groupStates(c, end, limit);
    // "between India and Japan", "between the two countries": states or bodies (meeting-sides.ts).
    const sides =
      both.length || groups.length || personal
        ? []
        : TWO_STATES.test(c.work.slice(end, end + 30))
          ? twoStatesBefore(c, at)
          : sidesAt(c, end, limit);
    if (both.length >= 2) meet(h, both, []);
    else if (groups.length === 2) meet(h, groups, []);
    else if (sides.length >= 2) meet(h, sides, [], false, false);
    else if (both.length === 1) {
      // "between A, who is on a visit to X, and B": the second party after the relative clause.
      const first = c.inRange(end, limit, P, true)[0];
      const rel = first ? /^,\s+(?:who|whose)\b[^;]*?,\s+and\s+/.exec(c.work.slice(first.end, limit)) : null;
      const second = rel ? persons(h, first!.end + rel[0].length, limit) : [];
      // "between X and senior Chinese diplomats": the state of the group.
      const and = first && !rel ? /^\s+and\s+/.exec(c.work.slice(first.end, limit)) : null;
      const group = and ? groupStates(c, first!.end + and[0].length, limit) : [];
      // "between X and China": a state or body (no MET claimed).
      const side = and && !group.length && !personal ? sidesAt(c, first!.end + and[0].length, limit) : [];
      if (second.length) meet(h, [...both, ...second], []);
      else if (group.length === 1 && !both.includes(group[0]!)) meet(h, both, group);
      else if (side.length === 1 && !both.includes(side[0]!)) meet(h, both, side, false, false);
    }
    return;
  }
  // "discussions with B" is read as "talks with B" ("During discussions with B, A said").
  const noun = /^(?:meeting|talks|summit|discussions)\b/i.test(word) && !/^meeting with/.test(word);
  const nounWith = /^(?:meeting|talks|summit|discussions) with$/i.test(word);
  const before = c.work.slice(Math.max(s.start, at - 60), at);
  // "A's meeting with B", "his talks with B".
  const poss = /(?:['’]s?|\b(?:[Hh]is|[Hh]er))\s+(?:\p{Ll}+\s+){0,2}$/u.exec(before);
  if (noun || nounWith) {
    // "the bilateral meeting of A with B": the owner after "of", the met after "with".
    const of = noun && !poss ? /^\s+of\s+/.exec(c.work.slice(end, limit)) : null;
    const ofOwner = of ? c.inRange(end + of[0].length, end + of[0].length + 60, P, true)[0] : undefined;
    const ofWith = ofOwner ? /^\s*,?\s+with\s+/.exec(c.work.slice(ofOwner.end, limit)) : null;
    if (ofWith) return meet(h, [ofOwner!.entity], persons(h, ofOwner!.end + ofWith[0].length, limit));
    if (!poss) {
      // "the A-B summit", "a Xi–Biden meeting".
      const ms = namePair(c, before, at); // (meeting-name-pairs.ts)
      if (ms.length >= 2) meet(h, ms, []);
      else if (!nounWith) {
        const parties = toldMeetingAsTime(h) ? [] : clauseParties(h); // not "After the meeting, A and C left"
        const prev = parties.length >= 2 ? parties : previousPair(h); // "The meeting was held at …" (meeting-anaphora.ts)
        if (prev.length >= 2) meet(h, prev, []);
      }
      // "X visited Delhi. Talks with Y focused on trade": X's talks (meeting-anaphora.ts).
      const own = ms.length < 2 && !h.made.length ? ownerBefore(h) : [];
      if (own.length)
        meet(
          h,
          own,
          persons(h, end, limit).filter((o) => !own.includes(o)),
        );
      return;
    }
    if (!nounWith) return;
    // "During his meeting with B, A said": a fronted phrase's "his" is the main clause's subject.
    const fronted = /\b(?:[Hh]is|[Hh]er)\s/.test(poss[0]) ? frontedOwner(h, end) : undefined;
    const met = persons(h, end, fronted ? fronted.comma : limit);
    const owner = /\b(?:[Hh]is|[Hh]er)\s/.test(poss[0])
      ? (fronted?.owner ?? c.lastPersonBefore(at))
      : c.inRange(Math.max(s.start, at - 60), at - poss[0].length + 3, P, true).pop()?.entity;
    if (owner)
      meet(
        h,
        [owner],
        met.filter((x) => x !== owner),
      );
    return;
  }
  // A verb: its subject meets its object ("with B" or the direct object).
  let subj = THE_TWO.test(c.work.slice(s.start, at)) ? theTwoMet(h) : subjects(h);
  // "They met on the sidelines", "Both leaders held talks": the two persons named just before.
  if (!subj.length && THEY.test(c.work.slice(s.start, at))) subj = theyMet(h);
  // No person: states or bodies ("India and Japan held talks", "the Japanese and Indian delegations met").
  const bySides =
    !subj.length &&
    /^(?:met|meet|meets|held|hold|holds|had|have|has|holding|received|hosted|paid|pays|called)\b/.test(word);
  if (bySides)
    subj = TWO_STATES.test(c.work.slice(Math.max(s.start, at - 40), at))
      ? twoStatesBefore(c, at)
      : sidesBefore(c, s, at);
  if (bySides && !subj.length)
    subj = groupStates(c, s.start, at).length === 2 ? groupStates(c, s.start, at) : [];
  // "The Japanese ambassador paid a call on X": that person, else his state (meeting-role-states.ts).
  const byRole = subj.length ? undefined : roleStateSubject(h);
  if (byRole) subj = byRole.subj;
  // "The envoys of A and B were received by X": the agent hosts the subject's states.
  if (!subj.length) passiveGuests(h, word, limit);
  if (!subj.length) return;
  const hosting = /^(?:received|receives|hosted|hosts|welcomed|welcomes)/.test(word);
  const withObj = /\bwith$/.test(word);
  const direct =
    /^(?:met|meets|meet)$/.test(word) ||
    /^(?:paid|pays|made|makes|called|calls|granted|grants|gave|gives|talked)\s/.test(word) ||
    hosting;
  // "met and held talks with B": the object of the verb coordinated with it; "met on Tuesday with B",
  // "met also with B": an adverbial between the verb and "with" (no one named in it).
  const coord = /^\s+and\s+(?:\p{Ll}+\s+){1,3}?with\s+/u.exec(c.work.slice(end, limit));
  const topic = partnerGap(c, word, end, limit); // "discussed trade with B", "held talks in X with B"
  const gap = direct && !coord ? ADVERBIAL_WITH.exec(c.work.slice(end, limit)) : null;
  const gapClear = gap && !c.inRange(end, end + gap[0].length, P).length;
  // "hosted a dinner for B", "gave a luncheon in honour of B" (hosting verbs): the guest.
  const meal = hosting ? MEAL.exec(c.work.slice(end, limit)) : null;
  // "received at <place> X", "received on Monday X", "received, in separate audiences, X" (host-place.ts).
  const where =
    hosting && !meal && !coord ? hostPlaceGap(c, end, limit) || hostAdverbialGap(c, end, limit) : 0;
  const objAt = meal
    ? end + meal[0].length
    : where
      ? end + where
      : coord && direct
        ? end + coord[0].length
        : gapClear
          ? end + gap[0].length
          : end;
  // "X was received by Y", "X was welcomed by Y": the agent is the host.
  // "was received on arrival at the X Airport by Y": where and when before the agent (host-place.ts).
  const passive = hosting && isPassive(c, s, at, end);
  const agentAt = passive
    ? (AGENT_BY.exec(c.work.slice(end, limit))?.[0].length ?? hostAgentGap(c, end, limit))
    : 0;
  const by = agentAt ? [c.work.slice(end, end + agentAt)] : null;
  let objs = by
    ? persons(h, end + by[0].length, limit).filter((o) => !subj.includes(o))
    : topic
      ? persons(h, end + topic[0].length, limit).filter((o) => !subj.includes(o))
      : withObj || direct
        ? persons(h, objAt, limit).filter((o) => !subj.includes(o))
        : [];
  // "X hosted him", "X received her on Monday": the person last named before the sentence.
  const pro = (direct || withObj) && !by && !objs.length ? phraseAt(c, objAt, limit) : undefined;
  if (pro?.pronoun) objs = referents(c, pro, P, { at: s.start }).filter((o) => !subj.includes(o));
  // "Y, whom X met on Monday, …": the person before the relative pronoun (meeting-relatives.ts).
  if ((direct || withObj) && !by && !objs.length) objs = relativeObject(h, subj);
  // "met with A on Monday and (, separately,) with B on Tuesday": B is met too.
  if (objs.length && withObj && !by) objs = [...objs, ...withAgain(h, objAt, limit, [...subj, ...objs])];
  // "met A on Monday and B on Tuesday": B is met too (meeting-object-again.ts).
  if (objs.length && direct && !withObj && !by)
    objs = [...objs, ...objectAgain(h, objAt, limit, [...subj, ...objs])];
  // "… B and (to) the Head of the Mission, Ambassador C": C is met too (meeting-list-tail.ts).
  if (objs.length && !by) objs = [...objs, ...headItem(c, objAt, limit, [...subj, ...objs])];
  // "met A and B for a trilateral meeting": one meeting of all.
  const joint = /^[^.;]{0,120}?\b(?:trilateral|three-way|quadrilateral|joint)\s+(?:meeting|talks|summit)/;
  // "was received by A, role; B, role", "received the envoys of A, X; B, Y": one reception of the roster.
  const party = hosting && rosterPersons(c, by ? end + by[0].length : objAt, limit).length > 0;
  const together =
    party ||
    /^(?:attend|join)/.test(word) ||
    joint.test(c.work.slice(end, s.end)) ||
    (!separateMeetings(c, s.start, at, objAt) && envoyGroupMet(c, s, objs)); // meeting-list-tail.ts
  if (objs.length) noteSubject(c, s, at, subj, objs);
  if (objs.length)
    for (const g of subjectGroups(c, s, at, objAt, subj, objs, together))
      meet(h, g, objs, together, !byRole || byRole.person);
  else if (by) {
    // "X was received by the King of Jordan": the state of the host known by role (no MET claimed).
    const host = sidesAt(c, end + by[0].length, limit, true).filter((x) => !subj.includes(x));
    if (host.length) meet(h, subj, host, true, false);
  } else if (withObj || direct) {
    // "met with his counterparts from Tunisia, Comoros and Thailand": the states they stand for.
    const from = COUNTERPARTS_FROM.exec(c.work.slice(objAt, limit));
    const states = from ? statesListed(c, objAt + from[0].length, limit) : [];
    // "held talks with Chinese officials", "met a Ukrainian delegation": the state of the group.
    const group = states.length ? [] : groupStates(c, objAt, limit).filter((g) => !subj.includes(g));
    // "held talks with China": states or bodies (meeting-sides.ts).
    // "received the Ambassador of Japan", "met a delegation from the EU": a role or group before it.
    const sides = states.length || group.length ? [] : sidesAt(c, objAt, limit, !withObj);
    // "met the Japanese Prime Minister": the state of one unnamed person.
    const role = states.length || group.length || sides.length ? [] : groupStates(c, objAt, limit, true);
    const apart = separateMeetings(c, s.start, at, objAt); // one meeting each, or one of all (meeting-lists.ts)
    if (states.length) meet(h, subj, states, !apart);
    else if (group.length === 1) meet(h, subj, group);
    // "met the Kenyan and Ghanaian foreign ministers": one meeting with the states of the group.
    else if (group.length > 1) meet(h, subj, group, !apart);
    else if (role.length === 1 && !subj.includes(role[0]!)) meet(h, subj, role, false, false);
    else if (sides.length && !sides.some((x) => subj.includes(x))) {
      meet(h, subj, apart ? apartLeaders(c, sides, objAt, limit) : sides, !apart, apart);
      leadersMet(h, subj, sides, objAt, limit); // "met the leaders of A, B and C" (meeting-leaders.ts)
      envoysMet(h, subj, sides, objAt, limit); // "received the envoys of A and B" (meeting-envoy-states.ts)
    }
  }
  // "A and B met", "A and B held talks": they met one another.
  if (
    !h.made.length &&
    !by &&
    !hosting &&
    subj.length >= 2 &&
    /^(?:met|meet|meets|held|hold|holds|had|have|shook|shake|shakes|sat|talked|discuss|discussed|discusses|exchanged)\b/.test(
      word,
    )
  )
    meet(h, subj, [], false, !bySides);
}
