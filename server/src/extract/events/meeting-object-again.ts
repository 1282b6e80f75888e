// A second person met, coordinated after the first object's adverbial ("met A on Monday and B on
// Tuesday", "received A in the morning and, later, B"): B is met too, a meeting of its own. Only when the
// second phrase ends the clause or takes an adverbial of its own, so that a new clause ("met A on Monday and
// B said …") is not read as one.
import { phraseAt } from '../clauses/noun-phrase.js';
import type { Entity } from '../entities/index.js';
import type { RuleHit } from './hit.js';
import { persons } from './meeting-parties.js';

/** An adverbial of time or place after the first object, then "and" (no "with": withAgain reads that). */
const AGAIN =
  /^[^;.]{1,80}?\s(?:on|in|at|during|later|earlier|last|this|the\s+(?:next|following|same))\b[^;.,]{0,40}?\s+and\s*,?\s+(?:(?:separately|later|also|then|subsequently)\s*,?\s+)?(?!with\b)/;

/** What may follow the second object: the clause's end or an adverbial of its own. */
const TAIL = /^\s*(?:$|[,.;]|(?:on|in|at|during|later|earlier|last|this|the\s+(?:next|following|same))\b)/;

/** The persons met after "and" past the first object's adverbial; none if a new clause opens there. */
export function objectAgain(h: RuleHit, objAt: number, limit: number, known: Entity[]): Entity[] {
  const { c } = h;
  const m = AGAIN.exec(c.work.slice(objAt, limit));
  if (!m) return [];
  const pos = objAt + m[0].length;
  const np = phraseAt(c, pos, limit);
  if (!np || !TAIL.test(c.work.slice(np.end, limit))) return [];
  return persons(h, pos, limit).filter((o) => !known.includes(o));
}
