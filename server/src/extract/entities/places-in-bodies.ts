// A known place of two or three words inside a body's name stays in it when the chunker cuts chunks around
// known places (chunking.ts splitKnown), as a one-word place already does ("Bank of Japan", "Kenya
// Wildlife Service"):
// - after a body's head word and "of": "the Central Bank of Sri Lanka", "the Parliament of South Africa"
//   (the body's name ends with the place: "Central Bank of Sri Lanka | Governor Nandalal Weerasinghe");
// - opening a name (after common words only: "Royal") that ends in a body's head word, with the body's own
//   words between: "the Sri Lanka Freedom Party", "the South Africa Revenue Service", "the Royal New
//   Zealand Air Force", "the Kuala Lumpur Convention Centre" (a venue, venues.ts).
// Not on a line in title case, where capitals mark no name ("New Zealand Hosts Pacific Islands Forum"), and
// not across a title or a given name ("South Africa President Cyril Ramaphosa Foundation").
import { isCommonWord, isFirstName, ORG_HEADS, TITLE_WORDS } from '../lexicon.js';
import type { Token } from '../text.js';

/** A word that may open a body's name before a place: capitalised, common, no title and no given name. */
const bodyWord = (t: Token) => !TITLE_WORDS.has(t.text.toLowerCase()) && !isFirstName(t.text);

/**
 * Whether the line around `at` is in title case: four words or more, and no lower-case word of four
 * letters or more ("Sri Lanka Hosts Commonwealth Forum As Talks Open").
 */
function titleCaseLine(work: string, at: number): boolean {
  const from = work.lastIndexOf('\n', at) + 1;
  const to = work.indexOf('\n', at);
  const words = work.slice(from, to < 0 ? work.length : to).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.length >= 4 && !words.some((w) => w.length >= 4 && /^\p{Ll}/u.test(w));
}

/**
 * Whether the known place c[i .. i+len) (of two or three words, `low` the chunk's words lower-cased) is part
 * of a body's name the chunk holds: 'ends' when it ends the name, 'inside' when the chunk's last word does.
 */
export function placeInBodyName(
  work: string,
  c: Token[],
  low: string[],
  i: number,
  len: number,
): 'ends' | 'inside' | undefined {
  if (titleCaseLine(work, c[0]!.start)) return undefined;
  // "Central Bank of Sri Lanka"
  if (i >= 2 && low[i - 1] === 'of' && ORG_HEADS.has(low[i - 2]!)) return 'ends';
  // "Sri Lanka Freedom Party", "Royal New Zealand Air Force"
  const end = c.length - 1;
  const inside =
    ORG_HEADS.has(low[end]!) &&
    i + len < end &&
    c.slice(0, i).every((t) => bodyWord(t) && isCommonWord(t.text)) &&
    c.slice(i + len, end).every((t) => bodyWord(t) && !ORG_HEADS.has(t.text.toLowerCase()));
  return inside ? 'inside' : undefined;
}
