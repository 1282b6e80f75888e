// The last item of a list of persons met given as a body's head before the name: "had talks with A, B and
// (to) the Head of the Permanent Mission to the Council of Europe, Ambassador C" (C is met too), where the
// list reading stops at the role. meetings.ts adds that person to those the verb's object names. And a
// list of persons met right after the subject is said to meet a group of envoys ("X met with a number of
// the country's ambassadors. He had talks with A, B and C.") is that group: one meeting of them all.
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { P } from './arguments.js';

/** From the end of the last name met to the next name: ", and (to|with) the Head of <body>, <titles>". */
const HEAD_ITEM =
  /^\s*,?\s+and\s+(?:(?:to|with)\s+)?(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:[Hh]ead|[Cc]hief|[Pp]resident|[Ll]eader|[Cc]hair(?:man|woman|person)?|[Dd]irector(?:[- ][Gg]eneral)?|[Ss]ecretary[- ][Gg]eneral|[Gg]overnor|[Pp]ermanent [Rr]epresentative)\s+(?:of|at|to)\s+[^,;()]{2,80}?,\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/** After the last name: the sentence's end or a phrase of the clause ("on Monday", "to discuss"). */
const LIST_END = /^\s*(?:[.;:]|$|,?\s+(?:on|in|at|during|to|for|about|as|and|last|this|earlier)\b)/;

/** The person a list of those met (`objs`, read from objAt) ends with as a body's head, if any. */
export function headItem(c: Ctx, objAt: number, limit: number, objs: Entity[]): Entity[] {
  const ms = c.inRange(objAt, limit, P, true);
  let last = -1;
  for (let i = 0; i < ms.length; i++) if (objs.includes(ms[i]!.entity)) last = i;
  const prev = ms[last];
  const next = ms[last + 1];
  if (!prev || !next || objs.includes(next.entity)) return [];
  const gap = c.work.slice(prev.end, next.start);
  if (!gap.includes(' and ') || !HEAD_ITEM.test(gap)) return [];
  // The list ends with the name, not a clause of its own ("…, and the chairman of the party, C, said").
  return LIST_END.test(c.work.slice(next.end, next.end + 12)) ? [next.entity] : [];
}

/** A meeting with a group of envoys: "met with a number of Ambassadors", "received heads of mission". */
const ENVOYS_MET =
  /\b(?:met|meets|meet|meeting|received|receives|hosted|hosts|talks)\b[^.;]{0,80}?\b(?:ambassadors|envoys|heads of (?:diplomatic )?missions?)\b/i;

/**
 * Whether the persons `objs` met in sentence s are the group of envoys the one or two sentences before
 * it (a headline among them) say were met: one meeting of them all rather than one each.
 */
export function envoyGroupMet(c: Ctx, s: { start: number }, objs: Entity[]): boolean {
  if (objs.length < 2) return false;
  const i = c.sents.findIndex((x) => x.start === s.start);
  for (let j = Math.max(0, i - 2); j < i; j++) {
    const t = c.sents[j]!;
    if (ENVOYS_MET.test(c.work.slice(t.start, t.end))) return true;
  }
  return false;
}
