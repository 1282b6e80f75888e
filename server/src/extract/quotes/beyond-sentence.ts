// Speakers a quotation's own sentence does not give, read from elsewhere in the article: the same words
// quoted before (a page that repeats its lead or a caption, the repeat perhaps cut by the copy's end), and
// an attribution the copy cut before its verb ("…,” Blinken" as a page's last words), and a paragraph that
// only credits the quotation ending the paragraph before ("Mr Sullivan said in a statement.").
import { isVerb } from '../context.js';
import { indexAt, type Sentence } from '../text.js';
import type { Quote } from './find.js';
import type { Attribution, SpeakerIndex } from './speakers.js';

/** A clause that only reports: who, a verb of saying, and at most where, when or to whom. */
export const REPORTING_CLAUSE =
  /^[^;:]{0,80}?\b(?:said|says|added|adds|told|wrote|writes|noted|stressed|insisted|stated)\b(?:\s+(?:on|in|at|to|during|after|late|early|earlier|later|last|this|that|reporters|\p{Lu}[\p{L}.’'-]*|\d[\d:.]*|a|an|the|its|his|her|their|news|conference|briefing|press|statement|interview|post|tweet|message|broadcast|television|radio|video|speech|remarks|meeting|event|today|yesterday|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|night|week|month|year|day)\b)*[\s,.]*(?:,\s*(?:adding|saying|noting|stressing)\b.*|,?\s+(?:but|and)\s+(?:also\s+)?(?:added|said|noted|stressed|warned|insisted)\b.*)?$/u;

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

/**
 * A quotation ending its paragraph (nothing after the closing mark) whose next paragraph opens with a
 * sentence that only reports, with no quotation of its own ("Mr Sullivan said in a statement issued by
 * the embassy."): the one that sentence credits.
 */
export function creditInNextParagraph(
  work: string,
  sp: SpeakerIndex,
  sents: Sentence[],
  q: Quote,
): Attribution | undefined {
  const lineEnd = work.indexOf('\n', q.close + 1);
  if (lineEnd < 0 || /\S/.test(work.slice(q.close + 1, lineEnd))) return undefined;
  const s = sents[indexAt(sents, q.close) + 1];
  if (!s || s.para !== q.para + 1) return undefined;
  const sentence = work.slice(s.start, s.end);
  if (/["“”„«»]/.test(sentence) || !(REPORTING_CLAUSE.test(sentence) || creditOnly(sentence)))
    return undefined;
  const att = sp.attributionAt(s.start, s.end, q.open);
  return att?.speaker ? { speaker: att.speaker, rule: 'quotes:credit-in-next-paragraph' } : undefined;
}

/** "Mr X said in a statement issued by the embassy.": a verb of saying, then a short tail with no clause. */
function creditOnly(sentence: string): boolean {
  const m = /^[^;:,]{0,60}?\b(?:said|says|added|wrote|stated|noted)\b(.*)$/s.exec(sentence);
  if (!m) return false;
  const tail = m[1]!.match(/\p{L}+/gu) ?? [];
  return (
    tail.length <= 10 &&
    tail.every(
      (w) =>
        !/^(?:that|which|who|because|if|when|while|whether|it|he|she|they|we|was|were|is|are|had|has|will|would)$/i.test(
          w,
        ) &&
        (!isVerb(w) || /^(?:issued|released|published|posted|sent|given|read)$/.test(w)),
    )
  );
}

/** A headline "Peskov: Relations 'hit the bottom'": the name before the headline's colon says its quotations. */
export function headlineSpeaker(
  work: string,
  sp: SpeakerIndex,
  headline: Sentence,
  q: Quote,
): Attribution | undefined {
  const colon = work.indexOf(':', headline.start);
  if (colon < 0 || colon > q.open || colon - headline.start > 60) return undefined;
  const m = sp.all.find(
    (x) => x.start >= headline.start && /^\s*$/.test(work.slice(x.end, colon)) && x.end <= colon,
  );
  if (
    !m ||
    m.entity.type === 'Place' ||
    !/^\s*(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u.test(work.slice(headline.start, m.start))
  )
    return undefined;
  return { speaker: m.entity, rule: 'quotes:headline-speaker' };
}
