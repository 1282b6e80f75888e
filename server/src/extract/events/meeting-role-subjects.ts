// A role with no name as a meeting's subject ("the Minister of External Affairs also met", "The president then
// held talks"): the last person named before the sentence whose title holds the role's head word; else a
// delegation's leader ("The delegation also met X"). meetings.ts reads it when the subject names no one.
import { delegationSubject } from './delegation-leaders.js';
import type { Entity } from '../entities/index.js';
import { P } from './arguments.js';
import type { RuleHit } from './hit.js';

/** A role with no name as the subject: "the Minister of External Affairs also met", "The president then held". */
const ROLE_SUBJECT =
  /(?:^|[,;:]\s*)(?:the|The)\s+(?:[\p{L}-]+\s+){0,3}?(minister|president|premier|chancellor|secretary|king|queen|emir|sultan|ambassador|envoy|governor)(?:\s+of\s+(?:(?:the|and)\s+|\p{Lu}[\p{L}-]*\s+)+)?\s*(?:(?:also|later|then|subsequently|separately|again|has|had)\s+)*$/iu;

/** The last person named before the sentence whose title holds the role's head word. */
export function roleSubject(h: RuleHit): Entity[] {
  const { c, s, at } = h;
  const m = ROLE_SUBJECT.exec(c.work.slice(s.start, at));
  if (!m) return delegationSubject(h); // "The delegation also met X": its leader.
  const head = m[1]!.toLowerCase();
  const titled = c
    .inRange(0, s.start, P)
    .reverse()
    .find((x) => x.entity.title?.toLowerCase().includes(head));
  return titled ? [titled.entity] : [];
}
