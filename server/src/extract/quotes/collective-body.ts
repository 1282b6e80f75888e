// "the alliance said", "the group said in a statement", "the bloc", "the organisation": a definite
// collective noun names the organisation last named before it whose own name says no other kind of body
// (NATO, Hamas, the European Union, the United Nations; not a ministry, an embassy or a news outlet), when
// it was named within the last few paragraphs.
import type { Entity, Mention } from '../entities/index.js';

/** A definite collective noun for an organisation (its words in group 1), perhaps with a modifier or two. */
export const COLLECTIVE =
  /^[Tt]he\s+(?:[\p{Ll}\d-]+\s+){0,2}?(alliance|bloc|group|grouping|organi[sz]ation|association|federation|league|movement|coalition|union|body|militia|outfit)\b(?!\s+of\b)(?:['’]s)?/u;

/** Words of an organisation's name that make it another kind of body than a collective noun can stand for. */
const OTHER_KIND =
  /\b(?:ministry|embassy|consulate|office|department|government|administration|presidency|kremlin|house|cabinet|parliament|senate|congress|assembly|court|police|army|military|forces|agency|news|times|post|press|tv|television|radio|channel|network|media|reuters|afp|ap|tass|xinhua|bbc|cnn|facebook|twitter|telegram|x)\b/i;

/** How far back (characters) the organisation may be named. */
const REACH = 1500;

/** The organisation a collective noun at an anchor stands for, or undefined. */
export function collectiveBody(
  orgs: readonly Mention[],
  anchor: number,
  objectOfPrep: (m: Mention) => boolean,
): Entity | undefined {
  const fits = (m: Mention) => m.end <= anchor && anchor - m.end <= REACH && !OTHER_KIND.test(m.entity.name);
  const before = orgs.filter(fits);
  return (before.filter((m) => !objectOfPrep(m)).pop() ?? before[before.length - 1])?.entity;
}
