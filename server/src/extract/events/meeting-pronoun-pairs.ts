// A subject coordinating a pronoun with a name: "He and Indian Prime Minister X held talks", "She and her
// Chinese counterpart X discussed trade" (after a sentence naming the pronoun's person). The pronoun's
// person and the person named are the subject; meetings.ts reads them as meeting one another.
import type { Entity } from '../entities/index.js';
import { P } from './arguments.js';
import type { RuleHit } from './hit.js';

/** "(On Monday,) He and (his Indian counterpart|Prime Minister) X (also|later|then)" right before the verb. */
const PRONOUN_AND =
  /^(?:[^,;]{0,60},\s*)?([Hh]e|[Ss]he)\s+and\s+(?:(?:his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:counterpart|host|guest|opposite number)\s*,?\s*)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,5})$/u;

/** Adverbs and auxiliaries between the subject and the verb ("also", "have", "on Monday"). */
const TAIL = /\s*(?:,\s*)?(?:(?:also|later|then|subsequently|had|have|on\s+\p{Lu}\p{Ll}+day)\s+)*$/u;

/** The pronoun's person and the person named with it, or nothing. */
export function pronounAndName(h: RuleHit): Entity[] {
  const { c, s, at } = h;
  if (!/^\s*(?:[^,;]{0,60},\s*)?(?:[Hh]e|[Ss]he)\s+and\s/.test(c.work.slice(s.start, at))) return [];
  const tail = TAIL.exec(c.work.slice(s.start, at))!;
  const end = s.start + tail.index;
  const named = c.inRange(s.start, end, P);
  const b = named.pop();
  if (!b || named.length || b.end !== end) return [];
  const m = PRONOUN_AND.exec(c.work.slice(s.start, b.start));
  if (!m) return [];
  const a = c.lastPersonBefore(s.start + m.index + m[0].indexOf(m[1]!), m[1]!.toLowerCase());
  return a && a !== b.entity ? [a, b.entity] : [];
}
