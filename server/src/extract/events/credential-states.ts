// The states of unnamed envoys at a credentials ceremony: "received the letters of credence of the
// ambassadors of A, B and C", "The new envoys of A and B presented their credentials to X". With no envoy
// named, each listed state takes part in the ceremony and MET its host (the envoys stand for their states).
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { statesListed } from './meeting-sides.js';

/** Envoys by their states: "(the) (new|incoming) ambassadors of", "heads of mission from", "envoys of". */
const ENVOYS_OF =
  /\b(?:the\s+)?(?:(?:new(?:ly)?|incoming|(?:newly[- ])?appointed|designated|accredited|non-resident|resident)\s+)*(?:ambassadors?|envoys?|high\s+commissioners?|heads?\s+of\s+(?:diplomatic\s+)?missions?|diplomats|chargés?\s+d['’]affaires)(?:[- ]designate)?\s+(?:of|from)\s+(?:the\s+)?/giu;

/** The states after the first phrase of envoys by their states in [from, limit): the listed states only. */
export function envoyStates(c: Ctx, from: number, limit: number): Entity[] {
  const seg = c.work.slice(from, limit);
  ENVOYS_OF.lastIndex = 0;
  const m = ENVOYS_OF.exec(seg);
  if (!m) return [];
  return statesListed(c, from + m.index + m[0].length, limit);
}
