// A place named inside a known one: "a car bomb at Awantipora in Indian-occupied Kashmir", "celebrations at
// Uhuru Gardens in downtown Dar es Salaam", "the talks at Chequers in Buckinghamshire". A capitalised name the
// lexicon does not know (a venue's head word may end it: "Park", "Gardens"), after "at", right before "in" and a
// known place (one word may stand between: "downtown", "Indian-occupied"), is a place within it. Only names
// nothing else claimed, whose words `unknownWord` allows (places.ts: no known person, body, title, demonym or
// common word). ("travelled to X in Y" was tried too: on dev it named one more venue right and brought one
// arrival the gold does not have, so "at" alone is kept.)
import { isKnownPlace } from '../lexicon.js';
import type { Builder } from './builder.js';
import { matchesOf } from '../regex-matches.js';

const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]+(?:[-'’](?!s\b)\p{Lu}?[\p{Ll}\p{M}]+)*`;
const NAME = String.raw`${WORD}(?:[^\S\n]+${WORD}){0,2}`;
/** A venue's head word, common in itself, ends the name: "Uhuru Gardens", "Chapultepec Park". */
const VENUE_HEAD =
  /^(?:Park|Gardens?|Square|Palace|Hall|Stadium|Airport|Fort|Castle|Cathedral|Mosque|Temple|Monastery|Museum|Memorial|Bridge|Beach|Island|Lake|Mountain)$/;
const AT_IN = new RegExp(String.raw`\bat[^\S\n]+(${NAME})[^\S\n]+in[^\S\n]+(?:the[^\S\n]+)?`, 'gu');

/** Whether the words open with a known place: "Dar es Salaam", "Mexico City", "Kashmir's". */
function opensWithKnownPlace(words: string[]): boolean {
  for (let n = words.length; n > 0; n--) if (isKnownPlace(words.slice(0, n).join(' '))) return true;
  return false;
}

/** Adds each unknown name after "at" that a known place right after "in" contains. */
export function nestedPlaces(b: Builder, unknownWord: (w: string) => boolean): void {
  const { work } = b;
  if (!/\bat \p{Lu}/u.test(work)) return;
  for (const m of matchesOf(AT_IN, work)) {
    const name = m[1]!;
    const words = name.split(/\s+/);
    const nameWord = (w: string, i: number) =>
      unknownWord(w) || (i > 0 && i === words.length - 1 && VENUE_HEAD.test(w));
    // (The place right after "in", or after one word: "in downtown Dar es Salaam", "in Indian-occupied Kashmir".)
    const next = work.slice(m.index + m[0].length, m.index + m[0].length + 60).split(/[^\p{L}'’-]+/u);
    const place = opensWithKnownPlace(next.slice(0, 4)) || opensWithKnownPlace(next.slice(1, 5));
    if (!words.every(nameWord) || !place) continue;
    const s = m.index + m[0].indexOf(name, 2);
    const e = s + name.length;
    if (b.mentions.some((x) => x.start < e && x.end > s)) continue;
    b.mention(b.get('Place', words.join(' '), 'entities/places:within-known-place'), s, e);
  }
}
