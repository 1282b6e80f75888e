// The weaker reading of a meeting sentence whose clause names no one met: the persons the sentence
// names around the meeting word (rule `events/meetings:co-mention`; meetings.ts falls back on it). Not
// when the word is a meeting told before, set as a point in time for what the sentence tells: "After the
// meeting, A and B travelled to …", "Ahead of the talks, A briefed B".
import { firstById, P, placeAfter } from './arguments.js';
import type { EventRule, RuleHit } from './hit.js';
import { attendanceList, partiesBetween } from './meeting-co-mention-scope.js';

/** A meeting as a point in time: "After the meeting,", "Following the talks", "Before this summit". */
const SEQUENCE =
  /\b(?:[Aa]fter|[Ff]ollowing|[Bb]efore|[Aa]head\s+of|[Pp]rior\s+to|[Ss]ince)\s+(?:the|this|that)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/** A meeting told: what "the meeting" after it stands for. */
const TOLD = /\b(?:met|meets|meeting|talks|summit|received|hosted|welcomed)\b/;

/**
 * Whether the meeting word of `h` is a meeting told in an earlier sentence, set as a point in time for what
 * the sentence tells ("A met B. After the meeting, A and C travelled to …"): its persons are not its parties.
 * A meeting word with "with", "between" or "of" after it names its own parties.
 */
export function toldMeetingAsTime(h: RuleHit): boolean {
  const { c, s, at, end } = h;
  if (!SEQUENCE.test(c.work.slice(Math.max(s.start, at - 50), at))) return false;
  // A meeting with parties of its own is not the one told: "since the meeting between A and B in May".
  if (/^\S*\s+(?:with|between|of)\s/.test(c.work.slice(at, Math.min(s.end, end + 12)))) return false;
  const first = c.sents[0]!.start;
  return TOLD.test(c.work.slice(first, s.start));
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
    if (toldMeetingAsTime(h)) return;
    // Those present at a meeting, listed after "was attended by" (meeting-co-mention-scope.ts): none met.
    if (attendanceList(h)) return;
    // Not the possessor of a noun ("Navalny's widow") nor a person inside an apposition.
    const ms = c
      .inRange(s.start, s.end, P)
      .filter((m) => !/^['’]s\s+\p{Ll}/u.test(c.work.slice(m.end, m.end + 4)) && !c.inAside(m.start));
    // "the meeting between A and B": its parties only, not the others the sentence names; when "between"
    // names fewer than two persons ("talks between Kenya and a delegation led by A"), all of them.
    const all = [...new Set(ms.map((m) => m.entity))];
    const between = partiesBetween(h)?.filter((p) => all.includes(p));
    const persons = between && between.length >= 2 ? between : all;
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
