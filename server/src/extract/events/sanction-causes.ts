// Sanctions told as the cause of others: "China imposed sanctions on A in response to Washington's
// imposition of sanctions on B". Reads the cause clause after (or around) a sanctions hit, so that whom it
// names are not the first sanctions' targets and its own sanctions take no sanctioner from the first.
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { phraseAt, type NounPhrase } from '../clauses/noun-phrase.js';
import type { Sentence } from '../text.js';
import { ANY } from './parties.js';

/** A clause of cause: "in response to", "in retaliation for", "in reaction to". */
const CAUSE = /\bin\s+(?:(?:response|retaliation|reaction|reply)\s+(?:to|for)|retaliation\s+against)\b/;

/** `t` is named only in a clause of cause after the measure (at `end`), not before it. */
export function causeOnly(c: Ctx, s: Sentence, end: number, t: Entity): boolean {
  const cause = CAUSE.exec(c.work.slice(end, s.end));
  if (!cause) return false;
  const cut = end + cause.index;
  const ms = c.inRange(s.start, s.end, ANY).filter((m) => m.entity === t);
  return ms.length > 0 && ms.every((m) => m.start >= cut);
}

/** The sanctions at `at` are told inside a clause of cause ("… in response to U.S. sanctions on …"). */
export const inCause = (c: Ctx, s: Sentence, at: number): boolean => CAUSE.test(c.work.slice(s.start, at));

/** A possessive owner of a nominalised imposing right before the measure: "Washington's imposition of". */
const NOMINAL_OWNER =
  /(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})['’]s\s+(?:imposition|introduction|announcement|adoption)\s+of\s+(?:(?:new|further|fresh|additional)\s+)?$/u;

/** Whose the nominalised imposing is: "Washington's imposition of sanctions" (Washington). */
export function nominalOwner(c: Ctx, s: Sentence, at: number): NounPhrase | undefined {
  const before = c.work.slice(s.start, at);
  const m = NOMINAL_OWNER.exec(before);
  if (!m) return undefined;
  const start = s.start + m.index;
  return phraseAt(c, start, start + m[1]!.length);
}
