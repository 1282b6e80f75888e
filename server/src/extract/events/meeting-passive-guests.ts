// Guests known only by their states, received in the passive: "The ambassadors of Mali and Chad were
// received by President X", "On Monday, a Kenyan delegation was welcomed by X", "Delegations from A, B
// and C were hosted by X". No person stands in the subject, so meetings.ts finds no one who met; the
// agent is the host, and the states of the subject's group are his guests, read as in the active ("X
// received the ambassadors of Mali and Chad", meetings.ts): a group named by demonym is met (MET), the
// states after a group are the meeting's sides, MET for a few leaders ("the foreign ministers of A and
// B", meeting-leaders.ts) and for envoys ("the ambassadors of A and B", meeting-envoy-states.ts). An
// unnamed guest ("The visiting president was received by X", "The guest was welcomed by X") is the one
// named before (guests.ts).
import { AGENT_BY, isPassive } from '../clauses/clause.js';
import type { Entity } from '../entities/index.js';
import { guestOf, UNNAMED_GUEST } from './guests.js';
import type { RuleHit } from './hit.js';
import { groupStates } from './meeting-groups.js';
import { envoysMet } from './meeting-envoy-states.js';
import { leadersMet } from './meeting-leaders.js';
import { meet, persons } from './meeting-parties.js';
import { statesListed } from './meeting-sides.js';

/** A verb of hosting in the passive voice. */
const HOSTED = /^(?:received|welcomed|hosted)$/;

/** A group of people before the states they come from: "The ambassadors of", "Delegations from". */
const GROUP_FROM =
  /^(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:delegations?|delegates|representatives|envoys|ambassadors|diplomats|officials|leaders|presidents|heads\s+of\s+(?:state|government|delegations?|(?:diplomatic\s+)?missions?)|(?:high\s+)?commissioners|charg[eé]s\s+d['’]affaires|(?:prime|foreign)\s+ministers|ministers|counterparts)\s+(?:of|from)\s+(?:the\s+)?/iu;

/** Two adverbials before the agent: "received at the airport at 10:30am by X", "on Monday in Accra by X". */
const TWO_ADVERBIALS_BY = /^\s+(?:(?:at|in|on|upon)\s+(?:[^\s,;.:]+\s+){1,4}?){2}by\s+/;

/** A fronted adverbial before the subject: "On Monday, ", "Earlier in the day, " (no name in it). */
const FRONTED = /^(?:[^,;]{0,40},\s*)?/;

/**
 * The meeting of the passive agent (a person) with the states of the subject's group, when the subject
 * names no person; true when one was made.
 */
export function passiveGuests(h: RuleHit, word: string, limit: number): boolean {
  const { c, s, at, end } = h;
  if (!HOSTED.test(word) || !isPassive(c, s, at, end)) return false;
  const by = AGENT_BY.exec(c.work.slice(end, limit)) ?? TWO_ADVERBIALS_BY.exec(c.work.slice(end, limit));
  if (!by) return false;
  const hosts = persons(h, end + by[0].length, limit);
  if (!hosts.length) return false;
  // The subject: from the sentence's start (past a fronted adverbial) to the auxiliary before the verb.
  const aux = /\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\p{Ll}+ly\s+|also\s+)?$/u.exec(
    c.work.slice(s.start, at),
  );
  if (!aux) return false;
  const subjEnd = s.start + aux.index;
  let from = s.start + FRONTED.exec(c.work.slice(s.start, subjEnd))![0].length;
  if (c.inRange(s.start, from, undefined, true).length) from = s.start; // a name in it: no adverbial
  if (c.inRange(from, subjEnd, ['Person'], true).length) return false;
  // "The visiting president was received by X", "The guest was welcomed by X": the guest named before.
  const unnamed = UNNAMED_GUEST.exec(
    c.work.slice(from, subjEnd).replace(/^(\s*)(?:The|His|Her|Their)\b/, (w) => w.toLowerCase()),
  );
  if (unnamed && !c.work.slice(from + unnamed[0].length, subjEnd).trim()) {
    const guest = guestOf(h, from, unnamed[1]).filter((x) => !hosts.includes(x));
    if (guest.length) meet(h, hosts, guest);
    return guest.length > 0;
  }
  // "a Kenyan delegation", "the Ghanaian and Peruvian envoys": the states of a group named by demonym.
  const group = groupStates(c, from, subjEnd).filter((x) => !hosts.includes(x));
  if (group.length) {
    meet(h, hosts, group, group.length > 1);
    return true;
  }
  // "the ambassadors of A, B and C", "delegations from A and B": the states listed after the group.
  const lead = GROUP_FROM.exec(c.work.slice(from, subjEnd));
  const sides: Entity[] = lead ? statesListed(c, from + lead[0].length, subjEnd) : [];
  if (!sides.length || sides.some((x) => hosts.includes(x))) return false;
  meet(h, hosts, sides, true, false);
  leadersMet(h, hosts, sides, from, subjEnd);
  envoysMet(h, hosts, sides, from, subjEnd); // "the ambassadors of A and B" (meeting-envoy-states.ts)
  return true;
}
