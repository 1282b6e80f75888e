// A person's apposition made of several titles set off by commas ("Sheikh X, Vice President, Prime
// Minister and Ruler of Dubai, received"): skipBack (before-verb.ts) passes the last title as an aside;
// this reads the titles left of it back to the person's name, so that the name, not a place named in a
// title, is the verb's subject.
import type { Ctx } from '../context.js';
import { TITLE_WORDS } from '../lexicon.js';
import { mentionEndingAt } from './mention-lists.js';

/** One title between commas: capitalised words and the small words of a title ("Minister of State for Defence"). */
const TITLE_CHUNK =
  /,\s*((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|of|for|and|the|to|&))*)\s*$/u;

/**
 * Where a run of titles ending at pos starts, when a person's name stands right before it ("X, Vice
 * President" → the end of X); undefined when the text before pos is no such title or no person precedes.
 */
export function titleSeriesStart(c: Ctx, from: number, pos: number): number | undefined {
  const seg = c.work.slice(Math.max(from, pos - 200), pos);
  const t = TITLE_CHUNK.exec(seg);
  if (!t) return undefined;
  const words = t[1]!.toLowerCase().split(/\s+/);
  if (!words.some((w) => TITLE_WORDS.has(w) || w === 'ruler')) return undefined;
  const comma = pos - seg.length + t.index;
  // A list of titled persons is no title: "President A, President B and President C, the three leaders,".
  if (c.inRange(comma, pos, ['Person']).length) return undefined;
  const m = mentionEndingAt(c, from, comma);
  return m && m.entity.type === 'Person' ? comma : undefined;
}
