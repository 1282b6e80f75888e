// A role with no name as a meeting's subject ("the Minister of External Affairs also met", "The president then
// held talks", "The PM also met"): the last person named before the sentence whose title holds the role's head
// word; else a delegation's leader ("The delegation also met X"). meetings.ts reads it when the subject names
// no one.
import { delegationSubject } from './delegation-leaders.js';
import type { Entity } from '../entities/index.js';
import { P } from './arguments.js';
import type { RuleHit } from './hit.js';

/** A role with no name as the subject: "the Minister of External Affairs also met", "The president then held". */
const ROLE_SUBJECT =
  /(?:^|[,;:]\s*)(?:the|The)\s+(?:[\p{L}-]+\s+){0,3}?(minister|president|premier|chancellor|secretary|king|queen|emir|sultan|ambassador|envoy|governor|PM|FM)(?:\s+of\s+(?:(?:the|and)\s+|\p{Lu}[\p{L}-]*\s+)+)?\s*(?:(?:also|later|then|subsequently|separately|again|has|had)\s+)*$/iu;

/** What a title's abbreviation stands for (looked up as written: "PM", not "pm"). */
const ABBREVIATED: Record<string, string> = {
  PM: 'prime minister',
  FM: 'foreign minister',
};

/** The last person named before the sentence whose title holds the role's head word. */
export function roleSubject(h: RuleHit): Entity[] {
  const { c, s, at } = h;
  const m = ROLE_SUBJECT.exec(c.work.slice(s.start, at));
  if (!m) return delegationSubject(h); // "The delegation also met X": its leader.
  const short = ABBREVIATED[m[1]!];
  const head = short ?? m[1]!.toLowerCase();
  const before = c.inRange(0, s.start, P).filter((x) => x.entity.title?.toLowerCase().includes(head));
  // "The PM", "the FM": the one the article is about, the person of that title it names most (the
  // last of them on a tie), not a guest of the same rank named last ("hosted PM A. The PM also met B").
  if (short) return mostNamed(before.map((x) => x.entity));
  const titled = before.pop();
  return titled ? [titled.entity] : [];
}

/** The entity named most often in the list (the last of them on a tie), as a one-item list. */
function mostNamed(named: Entity[]): Entity[] {
  const count = new Map<Entity, number>();
  for (const e of named) count.set(e, (count.get(e) ?? 0) + 1);
  let best: Entity | undefined;
  for (const e of named) if (!best || count.get(e)! >= count.get(best)!) best = e;
  return best ? [best] : [];
}
