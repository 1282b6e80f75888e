// The person met given before a relative pronoun: "Y, whom X met on Monday, praised …", "Y, with whom X held
// talks, said …". The verb's own object is empty there; the met is the person named right before ", whom".
// meetings.ts reads it when the verb names no object.
import type { Entity } from '../entities/index.js';
import { P } from './arguments.js';
import type { RuleHit } from './hit.js';

/** ", whom|with whom <subject, no clause break> " right before the verb (the verb's subject in between). */
const WHOM = /,\s+(?:with\s+)?whom\s+[^,;:()"“”]{2,80}$/;

/** The person the relative clause of the verb at h.at stands for, or nothing. */
export function relativeObject(h: RuleHit, subj: Entity[]): Entity[] {
  const { c, s, at } = h;
  const before = c.work.slice(s.start, at);
  if (!before.includes('whom')) return [];
  const m = WHOM.exec(before);
  if (!m) return [];
  const comma = s.start + m.index;
  const y = c.inRange(s.start, comma, P).pop();
  // The name itself right before the comma ("Rafael Grossi, whom"), one the subject is not.
  if (!y || y.end !== comma || subj.includes(y.entity)) return [];
  // The subject is named inside the relative clause.
  const inside = c.inRange(comma, at, P).map((x) => x.entity);
  return subj.length && subj.every((e) => inside.includes(e)) ? [y.entity] : [];
}
