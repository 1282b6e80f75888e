// Places named in a list after a preposition of place: "from Tigray and Amhara attended", "near Kupiansk
// and Vuhledar.", "in Gwadar, Turbat and Quetta,". Each unknown name of the list is a place when the whole
// list ends its phrase, as places.ts reads a single name ("in Kemerovo,"); a list that runs on into more
// capitalised words ("in Smith and Jones Ltd") is left alone. Only names nothing else claimed, whose words
// `unknownWord` allows (no known person, organisation, title, demonym or common word).
import type { Builder } from './builder.js';
import { matchesOf } from '../regex-matches.js';

const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]+(?:[-'’](?!s\b)\p{Lu}?[\p{Ll}\p{M}]+)*`;
const NAME = String.raw`${WORD}(?:[^\S\n]+${WORD})?`;
const LIST = new RegExp(
  String.raw`\b(?:in|from|near|outside|across|around|between)[^\S\n]+(${NAME}(?:,[^\S\n]+${NAME})*,?[^\S\n]+and[^\S\n]+${NAME})(?=[^\S\n]*[,.;:)!?\n]|[^\S\n]+(?:on|in|to|for|with|at|after|before|where|which|as|by|from|during|last|this|since|until|earlier|later|today|yesterday|amid|following|over|when|while|under|attended|were|was|have|had|are|is)\b)`,
  'gu',
);

/** Adds each unknown name of a list after a preposition of place as a place. */
export function coordinatedPlaces(b: Builder, unknownWord: (w: string) => boolean): void {
  const { work } = b;
  // (A cheap test first: most documents have no " and " list after such a preposition.)
  if (!work.includes(' and ')) return;
  for (const m of matchesOf(LIST, work)) {
    const list = m[1]!;
    const base = m.index + m[0].length - list.length;
    const names = matchesOf(new RegExp(NAME, 'gu'), list);
    if (names.length < 2 || !names.every((n) => n[0].split(/\s+/).every(unknownWord))) continue;
    for (const n of names) {
      const s = base + n.index;
      const e = s + n[0].length;
      if (b.mentions.some((x) => x.start < e && x.end > s)) continue;
      b.mention(b.get('Place', n[0].replace(/\s+/g, ' '), 'entities/places:coordinated'), s, e);
    }
  }
}
