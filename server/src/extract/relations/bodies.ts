// A body named again without its owner ("the Foreign Ministry Spokesman, X" after "Iran's Foreign
// Ministry"; "X, the official spokesman for the ministry" after "The Iraqi Foreign Ministry …"; "X,
// spokesman for the embassy" after "the Russian Embassy in the United States"; "the ministry" after "the
// Ministry of Foreign Affairs of Azerbaijan"): the organisation last named before whose name ends with the
// same words, before its place ("… in|to|at <place>"), or starts with them before "of".
import type { Ctx } from '../context.js';
import type { Entity } from '../entities/index.js';

/** Head words a body is named again by: "ministry", "foreign ministry", "embassy", "government" … */
const BODY_WORDS =
  /^(?:(?:foreign|interior|defen[cs]e|finance|justice|external affairs)\s+)?(?:ministry|embassy|government|presidency|office|department|commission|council|agency)$/;

/** The organisation last named before `pos` whose name ends with `words` (a body's head words), if any. */
export function bodyNamedBefore(c: Ctx, words: string, pos: number): Entity | undefined {
  const w = words.toLowerCase().replace(/\s+/g, ' ').trim();
  if (!BODY_WORDS.test(w)) return undefined;
  for (let i = c.mentions.length - 1; i >= 0; i--) {
    const m = c.mentions[i]!;
    if (m.end > pos || m.entity.type !== 'Organization') continue;
    const name = m.entity.name.toLowerCase();
    if (name === w) continue;
    const head = name.replace(/\s+(?:in|to|at)\s+.*$/, '');
    if (head.endsWith(` ${w}`) || (head !== name && head === w) || name.startsWith(`${w} of `))
      return m.entity;
  }
  return undefined;
}
