// The two persons of a hyphenated pair before a meeting noun: "the Xi–Biden meeting", "the Putin-Kim
// summit", "a Modi-Aliyev meeting". Each part is a mention when the entity layer made one; otherwise it
// is the surname of exactly one person the article names ("Kim" for Kim Jong-un, "Putin" for Vladimir
// Putin): a compound's parts are not mentions of their own.
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import { P } from './arguments.js';

const PAIR = /(\p{Lu}[\p{L}]+)\s*[-–]\s*(\p{Lu}[\p{L}]+)\s+(?:\p{Ll}+\s+)?$/u;

/** The person whose name's first or last word, or whole name, is `word` (one only). */
function personNamed(c: Ctx, word: string): Entity | undefined {
  const hits = c.idx.entities.filter((e) => {
    if (e.type !== 'Person') return false;
    const parts = e.name.split(/\s+/);
    return parts[parts.length - 1] === word || parts[0] === word || e.aliases.has(word);
  });
  return hits.length === 1 ? hits[0] : undefined;
}

/** The persons of the pair "A-B" right before `at` (within `before`, the text before the noun). */
export function namePair(c: Ctx, before: string, at: number): Entity[] {
  const pair = PAIR.exec(before);
  if (!pair) return [];
  const ms = c.inRange(at - pair[0].length, at, P, true).map((m) => m.entity);
  if (ms.length >= 2) return ms;
  const a = personNamed(c, pair[1]!);
  const b = personNamed(c, pair[2]!);
  return a && b && a !== b ? [a, b] : [];
}
