// States met through their unnamed envoys: "President X received the ambassadors of A, B and C", "X
// hosted a dinner for the envoys of A and B", "X welcomed delegations from A, B and C", "X held a meeting
// with the heads of mission of A and B", "The ambassadors of A and B were received by X", "X received the
// credentials of the ambassadors of A, B and C". meetings.ts (and meeting-passive-guests.ts) make the
// meeting with the listed states as its sides; the real pages' gold links the one person who met them to
// each state whose envoy the article never names (a state whose person it names is met by name). Two
// hosts ("A and B met the ambassadors of …") claim no MET, as for leaders (meeting-leaders.ts).
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { ENVOY_GROUP_CASED, ENVOY_GROUP_MODIFIER } from '../role-nouns.js';
import type { RuleHit } from './hit.js';
import { GROUP_NOUNS, groupStates } from './meeting-groups.js';
import { unnamedLeaders } from './meeting-leaders.js';
import { statesListed } from './meeting-sides.js';

const RULE = 'events/meeting-envoy-states:envoys-of';

/** A group of envoys before their states: "the ambassadors of", "delegations from", "heads of mission of". */
const ENVOYS_OF = new RegExp(
  String.raw`^\s*(?:${ENVOY_GROUP_MODIFIER}\s+){0,3}(?:${ENVOY_GROUP_CASED}|ambassadors-designate|[Hh]eads\s+of\s+[Dd]elegations?|delegations|charg[eé]s\s+d['’]affaires)(?:\s+and\s+(?:\p{L}+\s+){0,2}?\p{L}+)?\s+(?:of|from)\s+(?:the\s+)?(?:following\s+(?:countries|states|nations)\s*:?\s*)?`,
  'u',
);

/**
 * Any group of people standing for the states listed after it: "representatives of A and B", "officials
 * from A, B and C", "the delegation of A" (the nouns of meeting-groups.ts's groups named by demonym; leaders
 * are meeting-leaders.ts's, with its limit).
 */
const GROUP_OF = new RegExp(
  String.raw`^\s*(?:(?:[Tt]he|[Tt]heir|visiting|senior|top|high-level)\s+){0,2}(?!leaders\b)(?:${GROUP_NOUNS})\s+(?:of|from)\s`,
  'u',
);

/** MET from the one person of `subj` hosting to each state listed after a group of envoys at objAt. */
export function envoysMet(h: RuleHit, subj: Entity[], states: Entity[], objAt: number, limit: number): void {
  const { c } = h;
  const one = subj.filter((x) => x.type === 'Person');
  if (one.length !== 1 || subj.length !== 1) return;
  const lead = c.work.slice(objAt, limit);
  if (!ENVOYS_OF.test(lead) && !GROUP_OF.test(lead)) return;
  const e = h.made[h.made.length - 1];
  if (!e || e.type !== 'meeting') return;
  // "the ambassadors of A and B": a person of A named with another role is not A's envoy.
  for (const st of unnamedLeaders(c, states, ENVOYS_OF.exec(lead)?.[0]))
    for (const p of one)
      if (
        !e.relations.some((r) => (r.source === p && r.target === st) || (r.source === st && r.target === p))
      ) {
        h.relation(p, 'MET', st, { event: e });
        e.relations[e.relations.length - 1]!.rule = RULE;
      }
}

/**
 * The states of unnamed envoys whose credentials a host received: "received the credentials of the
 * ambassadors of A, B and C", "accepted letters of credence from the envoys of A and B", "the
 * credentials of the Italian and Spanish ambassadors" (pos: after "of"/"from"); none when no group of
 * envoys stands there, and not a state whose person the article names.
 */
export function credentialStates(c: Ctx, pos: number, limit: number): Entity[] {
  const lead = ENVOYS_OF.exec(c.work.slice(pos, limit));
  // "the credentials of the Italian and Spanish ambassadors": the states of a group named by demonym.
  if (!lead) return unnamedLeaders(c, groupStates(c, pos, limit));
  return unnamedLeaders(c, statesListed(c, pos + lead[0].length, limit));
}
