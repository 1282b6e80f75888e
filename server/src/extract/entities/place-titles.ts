// A title whose field is a place, right before a name: "Foreign Minister of China Wang Yi", "President of
// Georgia Salome Zourabichvili". The place ends the title, so the word after it is a first name (as right
// after a title word), whatever else the lexicon knows it as; classification.ts reads the chunk's name there.
import type { Token } from '../text.js';
import { isKnownPlace } from '../lexicon.js';
import { isTitle } from './chunking.js';

/** "<Title> of|for (the) <one to three capitalised words>" ending right where a name starts. */
const TITLE_OF_PLACE =
  /(\p{Lu}[\p{L}'’-]*)\s+(?:of|for)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+$/u;

/** Whether the text before `start` ends in a title whose field is a known place. */
function titleOfPlaceBefore(work: string, start: number): boolean {
  const before = work.slice(Math.max(0, start - 60), start);
  if (!/\s(?:of|for)\s/.test(before)) return false;
  const m = TITLE_OF_PLACE.exec(before);
  return !!m && isTitle(m[1]!) && isKnownPlace(m[2]!.toLowerCase());
}

/**
 * The index in the chunk of the first word after a title's place field ("of China | Wang Yi"; 0 when the
 * place split off the chunk before it), or -1. Only where two words at least follow: a name, no lone word.
 */
export function nameAfterPlaceField(work: string, c: Token[]): number {
  for (let i = 0; i <= c.length - 2; i++) {
    if (i > 0 && !isKnownPlace(c[i - 1]!.text.toLowerCase())) continue;
    if (titleOfPlaceBefore(work, c[i]!.start)) return i;
  }
  return -1;
}
