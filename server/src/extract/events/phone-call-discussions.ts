// A call's content told again by its parties, with no noun of its own: "A had a telephone conversation with
// B. The two leaders also discussed the summit", "… spoke by phone on Monday. Both presidents discussed
// trade, the statement said", "The issues the two leaders discussed included …", "They exchanged views on
// …". When the nearest sentence before (within a few) that tells of calling or of meeting told a call, "the
// two" (or "they", "both leaders") discussing are that call's parties talking on it: the meeting rule
// (meetings.ts) reads no meeting from the verb. A sentence that tells of a meeting in person, a visit or a
// journey between them ends the call's reach ("… spoke by phone. On Friday A flew to B's capital. The two
// leaders discussed …" is a meeting); so does a partner of the verb's own ("discussed trade with B").
import type { Ctx } from '../context.js';
import type { RuleHit } from './hit.js';
import { CALL } from './phone-call-anaphora.js';
import { THE_TWO, THEY } from './meeting-sides.js';

/** The verbs of discussing a meeting trigger may be: "discussed", "talked", "exchanged views", "conferred". */
const DISCUSS = /^(?:discussed|discusses|discuss|talked|conferred|exchanged\b.*)$/;

/** A meeting, a visit or a journey told: the call told before it no longer is what "the two" discussed. */
const IN_PERSON =
  /\b(?:met|meet|meets|meeting|summit|visit|visits|visited|visiting|arrived|arrives|flew|travell?ed|received|hosted|welcomed|in\s+person|face-to-face|talks|discussions|sat\s+down)\b/iu;

/** How many sentences back the call may have been told. */
const REACH = 4;

/** A partner of the verb's own, within its clause: "discussed trade with B". */
const OWN = /^[^,;.]{0,80}?\bwith\s+\p{Lu}/u;

/** A sentence that goes on telling what "the two" discussed: the call's account, whatever its topics. */
const GOES_ON =
  /\b(?:[Tt]he\s+two|[Bb]oth|[Tt]hey)\s+(?:\p{Ll}+\s+){0,2}?(?:discussed|talked|exchanged|conferred)\b/u;

/**
 * Whether the nearest sentence before `si` (within REACH) that tells of calling or meeting told a call
 * (sentences going on with what "the two" discussed, whose topics may be summits or visits, are passed).
 */
function callToldBefore(c: Ctx, si: number): boolean {
  for (let i = si - 1; i >= Math.max(0, si - REACH); i--) {
    const t = c.work.slice(c.sents[i]!.start, c.sents[i]!.end);
    if (CALL.test(t)) return true;
    if (GOES_ON.test(t)) continue;
    if (IN_PERSON.test(t)) return false;
  }
  return false;
}

/** Whether the meeting trigger of `h` is "the two" (or "they") discussing on a call told just before. */
export function discussedOnCall(h: RuleHit): boolean {
  const { c, s, at, end } = h;
  if (!DISCUSS.test(c.work.slice(at, end))) return false;
  const head = c.work.slice(s.start, at);
  if (!THE_TWO.test(head) && !THEY.test(head)) return false;
  if (OWN.test(c.work.slice(end, s.end))) return false;
  return callToldBefore(c, c.sents.indexOf(s));
}
