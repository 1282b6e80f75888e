// A role with no name as a meeting's subject ("the Minister of External Affairs also met", "The president then
// held talks", "The PM also met", "earlier the Russian foreign minister met", "India's prime minister today
// spoke"): the last person named before the sentence whose title holds the role's head word (and, when the
// phrase gives a state, of that state); else a description's person, else a delegation's leader ("The delegation also met X").
// meetings.ts and phone-calls.ts read it when the subject names no one.
import { delegationSubject } from './delegation-leaders.js';
import { describedSubject } from './meeting-described-subjects.js';
import type { Entity } from '../entities/index.js';
import { canonicalPlace, demonymCountry, isKnownPlace } from '../lexicon.js';
import { P } from './arguments.js';
import type { RuleHit } from './hit.js';

/**
 * A role with no name as the subject: "the Minister of External Affairs also met", "The president then held",
 * after a word of time ("Later, the minister met", "earlier the Russian foreign minister met") or with a
 * state's possessive ("India's new prime minister today spoke by phone"); a time word may follow the role.
 */
const ROLE_SUBJECT =
  /(?:^|[,;:]\s*)(?:(?:earlier|later|meanwhile|then|separately|subsequently|afterwards|today|yesterday)\s+)?(?:the|(\p{Lu}\p{Ll}+)['’]s)\s+(?:[\p{L}-]+\s+){0,3}?(minister|president|premier|chancellor|secretary|king|queen|emir|sultan|ambassador|envoy|governor|PM|FM)(?:\s+of\s+(?:(?:the|and)\s+|\p{Lu}[\p{L}-]*\s+)+)?\s*(?:(?:also|later|then|subsequently|separately|again|has|had|earlier|today|yesterday|on\s+\p{Lu}\p{Ll}+day)\s+)*$/iu;

/** What a title's abbreviation stands for (looked up as written: "PM", not "pm"). */
const ABBREVIATED: Record<string, string> = {
  PM: 'prime minister',
  FM: 'foreign minister',
};

/** The last person named before the sentence whose title holds the role's head word. */
export function roleSubject(h: RuleHit): Entity[] {
  const { c, s, at } = h;
  const m = ROLE_SUBJECT.exec(c.work.slice(s.start, at));
  // "The PT member met X", "The Angolan statesman received X" (meeting-described-subjects.ts); "The
  // delegation also met X": its leader.
  if (!m) {
    const described = describedSubject(h, mostNamed);
    return described.length ? described : delegationSubject(h);
  }
  const short = ABBREVIATED[m[2]!];
  const head = short ?? m[2]!.toLowerCase();
  // ("India's prime minister": a person known to be of that state, not one whose state the text never
  // gave, who may be the other side's; "the Russian foreign minister": not a person of another state.)
  const state = m[1] ? (isKnownPlace(m[1]) ? canonicalPlace(m[1]) : undefined) : demonymIn(m[0]);
  if (m[1] && !state) return delegationSubject(h);
  const titledBefore = c.inRange(0, s.start, P).filter((x) => x.entity.title?.toLowerCase().includes(head));
  const ofState = titledBefore.filter((x) => x.entity.nationality === state);
  // (With a demonym and no such person of that state, the one person of that title whose state the text
  // never gave; with two, neither: "The Chinese President" after presidents A and B.)
  const unknown = titledBefore.filter((x) => !x.entity.nationality);
  const before = !state
    ? titledBefore
    : ofState.length || m[1] || new Set(unknown.map((x) => x.entity)).size > 1
      ? ofState
      : unknown;
  // "The PM", "the FM": the one the article is about, the person of that title it names most (the
  // last of them on a tie), not a guest of the same rank named last ("hosted PM A. The PM also met B").
  if (short) return mostNamed(before.map((x) => x.entity));
  const titled = before.pop();
  return titled ? [titled.entity] : [];
}

/** The country of the first demonym among a phrase's capitalised words ("the Russian Foreign Minister"). */
function demonymIn(phrase: string): string | undefined {
  for (const w of phrase.match(/\p{Lu}\p{Ll}+/gu) ?? []) {
    const c = demonymCountry(w);
    if (c) return c;
  }
  return undefined;
}

/** The entity named most often in the list (the last of them on a tie), as a one-item list. */
function mostNamed(named: Entity[]): Entity[] {
  const count = new Map<Entity, number>();
  for (const e of named) count.set(e, (count.get(e) ?? 0) + 1);
  let best: Entity | undefined;
  for (const e of named) if (!best || count.get(e)! >= count.get(best)!) best = e;
  return best ? [best] : [];
}
