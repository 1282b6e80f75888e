// The states, bodies or persons a sentence of its own lists as taking part in a meeting just told: "The summit
// brought together the leaders of A, B, C and D", "Participants included A, B and C", "Also attending were the
// presidents of A and B", "The talks were attended by delegations from A, B and C", "Leaders from A, B and C
// also took part", "Participants: A, B, C". They join the last meeting the article's meeting clause made (one
// to three sentences before) as participants, and met its parties (not one another: a list of who came says
// nothing of who met whom). Not: those who stayed away, boycotted or were absent (no such cue), a list cut by
// "except" or "but not" (the sentence must end with the list), a list of cities or topics (states, bodies or
// persons only), a sentence with a date of its own (another event), a meeting told in the same sentence.
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { demonymCountry, demonymOf } from '../lexicon.js';
import { listAfter } from '../clauses/mention-lists.js';
import type { EventRule, RuleHit } from './hit.js';
import { MEETING_DET, meetingBefore } from './last-meeting.js';
import { persons } from './meeting-parties.js';
import type { Sentence } from '../text.js';

/** How many sentences after the meeting its participants may be listed. */
const REACH = 3;
/** A longer list is a roll of members, not those who met. */
const MAX_LISTED = 8;

const NOUN = String.raw`(?:meeting|talks|summit|session|gathering|conference|consultations|dialogue|forum|negotiations)`;
/** A short time or place between the meeting noun and its verb: "The summit on Friday was attended by". */
const ADV = String.raw`(?:(?:on|from|in|at|last|this)\s+[\p{L}\d'’-]+(?:\s+(?:to|and)\s+[\p{L}\d'’-]+)?\s+)?`;
const ATTENDERS = String.raw`(?:[Pp]articipants|[Aa]ttendees|[Dd]elegates|[Tt]hose\s+(?:attending|present|taking\s+part|in\s+attendance))`;

/** A sentence opening with its cue, the list after it. */
const LEADS: RegExp[] = [
  // "Also attending were", "Present were", "Taking part were", "Joining them were".
  /^(?:Also\s+)?(?:attending|present|taking\s+part|participating|in\s+attendance|joining(?:\s+(?:them|him|her))?)\s+(?:the\s+\w+\s+)?(?:were|was)\s+(?:also\s+)?/,
  // "Participants included", "Those attending included", "The attendees were".
  new RegExp(
    String.raw`^(?:The\s+)?(?:other\s+)?${ATTENDERS}\s+(?:also\s+)?(?:included|include|were|are)\s+`,
  ),
  // "Among the participants were".
  new RegExp(String.raw`^Among\s+(?:the\s+)?(?:other\s+)?${ATTENDERS}\s+(?:were|was|are)\s+`),
  // "Participants: A, B, C".
  /^(?:Participants|Attendees|Participating\s+(?:countries|states|nations|delegations)|Delegations|Countries\s+represented)\s*:\s*/,
  // "The talks were attended by", "The meeting was also joined by".
  new RegExp(
    String.raw`^${MEETING_DET}${NOUN}\s+${ADV}(?:was|were)\s+(?:also\s+)?(?:attended|joined)\s+by\s+`,
    'u',
  ),
  // "The summit brought together", "The meeting gathered", "The talks also involved".
  new RegExp(
    String.raw`^${MEETING_DET}${NOUN}\s+${ADV}(?:also\s+)?(?:brought\s+together|gathered|included|involved|drew)\s+`,
    'u',
  ),
];

/** Who the list stands for: "the leaders of", "delegations from", "the foreign ministers of". */
const GROUP =
  /^(?:(?:the|their|top|senior|high-level|other)\s+){0,2}(?:(?:foreign|defen[cs]e|finance|trade|economy|energy|interior)\s+)?(?:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|presidents|prime\s+ministers|ministers|representatives|delegations|delegates|envoys|officials|ambassadors|counterparts|diplomats)\s+(?:of|from)\s+(?:the\s+)?/i;

/** After a list the cue led to: the sentence's end ("among others", "as well", "too" allowed). */
const TAIL = /^\s*(?:,?\s*(?:among\s+others|and\s+others|as\s+well|too))?\s*[.;]?\s*$/;

/** A list that opens the sentence, the cue after it: "Leaders from A, B and C also took part". */
const CUE_AFTER = new RegExp(
  String.raw`^\s*(?:,\s*too\s*,)?\s*(?:also\s+|too\s+)?(?:took\s+part|participated|attended|were\s+(?:also\s+)?(?:present|represented|in\s+attendance)|joined)(?:\s+(?:in\s+)?(?:${MEETING_DET}${NOUN}|it|them|the\s+event))?\s*(?:,?\s*too)?\s*[.;]?\s*$`,
  'u',
);

/** The list's parties from pos: persons, else states and bodies (a city makes it no list of parties). */
function listed(h: RuleHit, pos: number, limit: number): { items: Entity[]; end: number } | undefined {
  const { c } = h;
  const group = GROUP.exec(c.work.slice(pos, limit));
  const from = pos + (group?.[0].length ?? 0);
  const people = group ? [] : persons(h, from, limit);
  if (people.length) {
    const last = c
      .inRange(from, limit, ['Person'], true)
      .filter((m) => people.includes(m.entity))
      .pop();
    return last ? { items: people, end: last.end } : undefined;
  }
  const first = c.inRange(from, limit, ['Place', 'Organization'], true)[0];
  if (!first || first.start !== from) return undefined;
  const ms = listAfter(c, first, limit);
  // A list of states and bodies, no city.
  if (ms.some((m) => m.entity.type === 'Place' && !demonymOf(m.entity.name))) return undefined;
  return { items: ms.map((m) => m.entity), end: ms[ms.length - 1]!.end };
}

/** The parties a sentence lists as taking part (cue then list, or list then cue), else empty. */
function listedParties(h: RuleHit, s: Sentence): Entity[] {
  const { c } = h;
  const text = c.work.slice(s.start, s.end);
  for (const re of LEADS) {
    const m = re.exec(text);
    if (!m) continue;
    const got = listed(h, s.start + m[0].length, s.end);
    return got && TAIL.test(c.work.slice(got.end, s.end)) ? got.items : [];
  }
  const got = listed(h, s.start + (/^(?:Also\s*,?\s+)?/.exec(text)?.[0].length ?? 0), s.end);
  return got && CUE_AFTER.test(c.work.slice(got.end, s.end)) ? got.items : [];
}

/**
 * Whether a state is a person's own, as a mention of the person gives it: a demonym or the state's name
 * just before the name ("Japanese Foreign Minister X", "Japan's foreign minister, X") or "of <state>"
 * right after it ("King Abdullah II of Jordan"); no meeting of a person with the state the person stands for.
 */
function ownState(c: Ctx, person: Entity, state: Entity): boolean {
  if (person.type !== 'Person' || state.type !== 'Place') return false;
  return c.idx.mentions.some((m) => {
    if (m.entity !== person) return false;
    // From the last other person named before it, if any ("A met Japanese Minister B": not A's).
    const other = c.inRange(Math.max(0, m.start - 50), m.start, ['Person']).pop();
    const from = Math.max(0, m.start - 50, other?.end ?? 0);
    const before = c.work.slice(from, m.start);
    const words = before.match(/\p{Lu}[\p{L}.]*/gu) ?? [];
    if (words.some((w) => demonymCountry(w) === state.name)) return true;
    if (c.inRange(from, m.start, ['Place']).some((x) => x.entity === state)) return true;
    return (
      /^\s+of\s+(?:the\s+)?$/.test(c.work.slice(m.end, m.end + 8).replace(/\p{Lu}.*$/su, '')) &&
      c.inRange(m.end, m.end + 40, ['Place'], true)[0]?.entity === state
    );
  });
}

/** Sentences (by start) already read, per article. */
const done = new WeakMap<Ctx, Set<number>>();

/**
 * Whether the hit's sentence lists parties of the last meeting, who then join it (MET its parties).
 */
export function joinListed(h: RuleHit): boolean {
  const { c, s } = h;
  const seen = done.get(c) ?? new Set<number>();
  done.set(c, seen);
  if (seen.has(s.start)) return true;
  const e = meetingBefore(c, s, REACH);
  if (!e) return false;
  // A date of its own: another event ("Last year, leaders of A and B took part").
  if (c.dates.some((d) => d.start >= s.start && d.end <= s.end && d.value !== e.date)) return false;
  if (
    /\b(?:last|next)\s+(?:year|month|week)\b|\b(?:previous|earlier|former)\b/i.test(
      c.work.slice(s.start, s.end),
    )
  )
    return false;
  const items = listedParties(h, s);
  if (!items.length || items.length > MAX_LISTED) return false;
  seen.add(s.start);
  // A body's summit (summits.ts): its members came, they did not meet the body; its host they met.
  const body = e.key?.startsWith('summit:') ? e.main : undefined;
  const had = e.participants.map((p) => p.entity).filter((x) => x !== body);
  const fresh = items.filter((x) => !had.includes(x));
  for (const x of fresh) e.participants.push({ entity: x, role: 'participant' });
  for (const ev of h.evidence()) if (!e.evidence.some((x) => x.start === ev.start)) e.evidence.push(ev);
  const met = (x: Entity, y: Entity) =>
    e.relations.some(
      (r) => r.type === 'MET' && ((r.source === x && r.target === y) || (r.source === y && r.target === x)),
    );
  // Each listed party met the meeting's parties (not one another: the list says who came, not who met whom).
  for (const x of fresh)
    for (const y of had)
      if (!met(x, y) && !ownState(c, y, x) && !ownState(c, x, y)) h.relation(y, 'MET', x, { event: e });
  return true;
}

/** The cues of a list of participants in a sentence with no meeting word (meetings.ts reads those). */
export const listedParticipants: EventRule = {
  id: 'events/meetings:listed-participants',
  type: 'meeting',
  re: /\b(?:[Pp]articipants|[Aa]ttendees|[Aa]ttending|[Pp]resent|[Tt]aking\s+part|took\s+part|participated|[Pp]articipating|attended|in\s+attendance|represented|[Jj]oin(?:ed|ing)|[Dd]elegations|brought\s+together)\b/g,
  run(h) {
    joinListed(h);
  },
};
