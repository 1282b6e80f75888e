// Speakers a quotation's own sentence does not give, read from elsewhere in the article: the same words
// quoted before (a page that repeats its lead or a caption, the repeat perhaps cut by the copy's end), and
// an attribution the copy cut before its verb ("…,” Blinken" as a page's last words).
import type { Quote } from './find.js';
import type { Attribution, SpeakerIndex } from './speakers.js';

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A quotation whose words an earlier attributed quotation already gave, whole or as its beginning. */
export function repeatedWords(work: string, q: Quote, quotes: Quote[]): Attribution | undefined {
  const mine = words(work.slice(q.start, q.end));
  if (mine.length < 25) return undefined;
  for (const x of quotes) {
    if (x.open >= q.open || !x.speaker) continue;
    const theirs = words(work.slice(x.start, x.end));
    const [shorter, longer] = mine.length <= theirs.length ? [mine, theirs] : [theirs, mine];
    if (shorter.length >= 25 && longer.startsWith(shorter))
      return { speaker: x.speaker, rule: 'quotes:repeated-words' };
  }
  return undefined;
}

/**
 * A quotation closed on a comma ("…,” Blinken") with only a name after it before the body's end (perhaps
 * a verb before it or the start of one after it): the copy cut its attribution, and the name speaks.
 */
export function cutAttribution(
  work: string,
  sp: SpeakerIndex,
  q: Quote,
  bodyEnd: number,
): Attribution | undefined {
  if (!/,\s*$/.test(work.slice(q.start, q.close)) || bodyEnd - q.close > 80) return undefined;
  const m = sp.all.find((x) => x.start > q.close && x.end <= bodyEnd && x.entity.type !== 'Place');
  if (!m) return undefined;
  const lead = work.slice(q.close + 1, m.start);
  if (
    !/^[\s,]*(?:(?:said|says|added|told|wrote)\s+)?(?:(?:the|an?)\s+)?(?:\p{L}[\p{L}.’'-]*\s+){0,4}$/u.test(
      lead,
    )
  )
    return undefined;
  if (!/^\s*\p{Ll}{0,8}\s*$/u.test(work.slice(m.end, bodyEnd))) return undefined;
  return { speaker: m.entity, rule: 'quotes:cut-attribution' };
}
