// A meeting's subject told by a description that is no title ("The PT member met with X", "The Angolan
// statesman received", "the 71-year-old also held talks"): the person the article names most before the
// sentence (of the demonym's state when the description gives one). meeting-role-subjects.ts reads it when
// no role title matches; titles stay with roleSubject, which looks the head word up in persons' titles.
import type { Entity } from '../entities/index.js';
import { demonymCountry } from '../lexicon.js';
import { P } from './arguments.js';
import type { RuleHit } from './hit.js';

/** "(Later,) the (Angolan|PT|veteran) statesman|member|politician|N-year-old (also)" right before the verb. */
const DESCRIBED =
  /(?:^|[,;:]\s*)(?:(?:earlier|later|meanwhile|then|separately|subsequently|afterwards|today|yesterday)\s+)?[Tt]he\s+((?:[\p{L}-]+\s+){0,2}?)(?:statesman|stateswoman|politician|veteran|party\s+member|\p{Lu}{2,6}\s+member|\d{2}-year-old)\s+(?:(?:also|later|then|subsequently|separately|again|has|had|earlier|today|yesterday|on\s+\p{Lu}\p{Ll}+day)\s+)*$/u;

/** The person a description stands for, as a one-item list, or nothing. */
export function describedSubject(h: RuleHit, mostNamed: (named: Entity[]) => Entity[]): Entity[] {
  const { c, s, at } = h;
  if (!/\b(?:statesman|stateswoman|politician|veteran|member|year-old)\s/.test(c.work.slice(s.start, at)))
    return [];
  const m = DESCRIBED.exec(c.work.slice(s.start, at));
  if (!m) return [];
  const state = (m[1]!.match(/\p{Lu}\p{Ll}+/gu) ?? []).map((w) => demonymCountry(w)).find(Boolean);
  const before = c
    .inRange(0, s.start, P)
    .filter((x) => x.entity.type === 'Person' && !c.inAside(x.start))
    .map((x) => x.entity)
    .filter((e) => !state || e.nationality === state);
  return mostNamed(before);
}
