// A body named before titles with no name after them ("the East African Community Heads of State summit",
// "a Foreign Ministry Spokesperson said"): the part before the titles, ending in an organisation's head word,
// is the organisation (rule classification:organization-before-title, as when a name follows the titles).
// Titles before a lone generic head word stay a title ("Chief Cabinet Secretary").
import { KNOWN_ORGS, ORG_HEADS } from '../lexicon.js';
import type { Token } from '../text.js';
import type { Builder } from './builder.js';
import { isTitle } from './chunking.js';

/** Makes the body before a chunk's closing titles an organisation; returns the tokens left to segment. */
export function bodyBeforeTitles(b: Builder, c: Token[]): Token[] {
  let end = c.length;
  while (end > 0 && isTitle(c[end - 1]!.text)) end--;
  // ("the Kremlin Press Secretary said": a head word opening a compound title is the title's.)
  if (end < c.length && end > 0 && /^(?:press|cabinet)$/i.test(c[end - 1]!.text)) end--;
  if (end === c.length || end < 2 || !ORG_HEADS.has(c[end - 1]!.text.toLowerCase())) return c;
  let start = 0;
  while (start < end - 1 && isTitle(c[start]!.text)) start++;
  if (start === end - 1 && !KNOWN_ORGS.has(c[start]!.text.toLowerCase())) return c;
  const first = c[start]!;
  const head = c[end - 1]!;
  b.orgMention(
    first.start,
    head.end,
    b.text.slice(first.start, head.end),
    'entities/classification:organization-before-title',
  );
  return [...c.slice(0, start), ...c.slice(end)];
}
