// The place a passive recall names right after its verb: "Ambassador Lars Holm will be recalled from Hanoi",
// "X was called back from Ottawa" (an active recall names it after its object: recalls-returns.ts). A word
// that is no place ("recalled from his post") gives none.
import { isPassive } from '../clauses/clause.js';
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';
import type { Sentence } from '../text.js';

export function passiveRecalledFrom(c: Ctx, s: Sentence, at: number, end: number): Entity | undefined {
  if (!isPassive(c, s, at, end)) return undefined;
  const from = /^\s+from\s+(?:the\s+)?/.exec(c.work.slice(end, end + 14));
  if (!from) return undefined;
  const start = end + from[0].length;
  const place = c.firstAfter(start, start + 40, ['Place']);
  return place?.start === start ? place.entity : undefined;
}
