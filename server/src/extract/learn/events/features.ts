// The learned event step's candidates and features. A candidate is a body sentence that names an entity and
// an event type the model knows of which the rules made no event in the article.
// Features describe the sentence alone (the same for every type) and are prefixed by the type, so one
// logistic model holds one weight set per type (one-vs-rest): stems of the sentence's common words (no
// names: capitalised words and words inside an entity mention are skipped; bigrams scored worse out of
// fold), the stem of its first verb, how many persons, organisations and places it names, whether it is
// the headline or the lead, has a date, lies in or holds a quotation, and the types of the rules' events in
// it. Which words mark which type is learned from the dev pages, not written here.
import { isVerb } from '../../context.js';
import { indexAt } from '../../text.js';
import type { EventView, ViewSpan } from './view.js';

/**
 * The event types the model decides: each with at least nine gold events on the dev pages, except
 * `statement`, whose learned events were all wrong out of fold (a sentence about a statement is not one).
 */
export const EVENT_TYPES = [
  'meeting',
  'expulsion',
  'summons',
  'recall',
  'sanction',
  'visit',
  'arrival',
  'interview',
] as const;
export type LearnedEventType = (typeof EVENT_TYPES)[number];

const WORD = /\p{L}[\p{L}'’-]*/gu;

/** A light suffix-stripping stem: "summoned", "summoning", "summons" → "summon"; "talks" → "talk". */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length > 4 && /ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /ied$/.test(w)) return `${w.slice(0, -3)}y`;
  let cut = false;
  if (w.length > 5 && w.endsWith('ing')) [w, cut] = [w.slice(0, -3), true];
  else if (w.length > 4 && w.endsWith('ed')) [w, cut] = [w.slice(0, -2), true];
  else if (w.length > 4 && /(?:ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  // A double consonant left by a suffix is undoubled ("planned" → "plan", "expelled" → "expel"), but
  // s and z, and l in short words ("called" → "call"); a final e goes ("arrive", "arrived" → "arriv").
  if (cut && (/([^aeiouylsz])\1$/.test(w) || (w.length > 4 && w.endsWith('ll')))) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** What the features need of one word as written: a name or not, its stem, its feature, a verb or not. */
interface WordInfo {
  capitalised: boolean;
  stem: string;
  feature: string;
  verb: boolean;
}
const WORD_CACHE = new Map<string, WordInfo>();
/** One word's info, remembered across articles (a bounded cache: news repeats its words). */
function wordInfo(raw: string): WordInfo {
  let info = WORD_CACHE.get(raw);
  if (!info) {
    if (WORD_CACHE.size > 50_000) WORD_CACHE.clear();
    const w = stem(raw);
    info = {
      capitalised: /^\p{Lu}/u.test(raw),
      stem: w,
      feature: `w:${w}`,
      verb: raw.length > 2 && isVerb(raw.toLowerCase()),
    };
    WORD_CACHE.set(raw, info);
  }
  return info;
}

/** The common words of a sentence: [stem, start, word] of each word that is no name. */
export function sentenceWords(v: EventView, s: ViewSpan): [string, number, string][] {
  return commonWords(v, s).map(([info, at, raw]) => [info.stem, at, raw]);
}

function commonWords(v: EventView, s: ViewSpan): [WordInfo, number, string][] {
  const out: [WordInfo, number, string][] = [];
  const text = v.work.slice(s.start, s.end);
  let mi = Math.max(0, indexAt(v.mentions, s.start));
  // (exec on the shared pattern: matchAll would copy it for every sentence.)
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const info = wordInfo(m[0]);
    // Capitalised words are names, demonyms or a sentence's first word: none says what happened.
    if (info.capitalised) continue;
    const at = s.start + m.index;
    const end = at + m[0].length;
    while (mi < v.mentions.length && v.mentions[mi]!.end <= at) mi++;
    // Inside a mention (the list is sorted by start; a few overlap, so look at the next ones too).
    let named = false;
    for (let k = mi; k < v.mentions.length && v.mentions[k]!.start < end; k++)
      if (v.mentions[k]!.end > at) named = true;
    if (named) continue;
    out.push([info, at, m[0]]);
  }
  return out;
}

const overlaps = (a: ViewSpan, b: ViewSpan) => a.start < b.end && b.start < a.end;

function countIn(list: readonly ViewSpan[], s: ViewSpan, pred: (x: ViewSpan) => boolean = () => true) {
  let n = 0;
  for (let i = Math.max(0, indexAt(list as ViewSpan[], s.start) - 2); i < list.length; i++) {
    const x = list[i]!;
    if (x.start >= s.end) break;
    if (x.end > s.start && pred(x)) n++;
  }
  return n;
}

/** "n:Person:0" … "n:Place:3", built once. */
const COUNT_FEATURES = Object.fromEntries(
  (['Person', 'Organization', 'Place'] as const).map((t) => [t, [0, 1, 2, 3].map((n) => `n:${t}:${n}`)]),
) as Record<'Person' | 'Organization' | 'Place', string[]>;

/** The type-independent features of sentence si, and its words' stems, starts and lengths (for the trigger). */
export function sentenceFeatures(
  v: EventView,
  si: number,
): { features: string[]; words: [string, number, number][] } {
  const s = v.sentences[si]!;
  const words = commonWords(v, s);
  const features = new Set<string>();
  let verb: string | undefined;
  for (const [info] of words) {
    features.add(info.feature);
    if (!verb && info.verb) verb = info.stem;
  }
  if (verb) features.add(`v:${verb}`);
  const named = { Person: 0, Organization: 0, Place: 0 };
  countIn(v.mentions, s, (m) => {
    named[(m as EventView['mentions'][number]).type]++;
    return true;
  });
  for (const type of ['Person', 'Organization', 'Place'] as const)
    features.add(COUNT_FEATURES[type][Math.min(named[type], 3)]!);
  if (si === 0) features.add('pos:headline');
  else if (s.para <= 2) features.add('pos:lead');
  if (countIn(v.dates, s)) features.add('date');
  const inQuote = v.quotes.some((q) => q.start <= s.start && q.end >= s.end);
  if (inQuote) features.add('quote:inside');
  else if (countIn(v.quotes, s)) features.add('quote:has');
  for (const e of v.ruleEvents) if (e.evidence.some((ev) => overlaps(ev, s))) features.add(`rule:${e.type}`);
  return { features: [...features], words: words.map(([info, at, raw]) => [info.stem, at, raw.length]) };
}

/**
 * The types a sentence naming an entity is a candidate for: those of which the rules made no event in the
 * article. Where they made one, another sentence of the type is most often that event told again (an
 * article reports one meeting or one expulsion), which the step would only duplicate.
 */
export function candidateTypes(v: EventView, si: number): LearnedEventType[] {
  return namesAnEntity(v, si) ? typesNotFound(v) : [];
}

/** Whether sentence si names an entity (only those are candidates). */
export const namesAnEntity = (v: EventView, si: number) => countIn(v.mentions, v.sentences[si]!) > 0;

/** The types of which the rules made no event in the article (the same for all its sentences). */
export function typesNotFound(v: EventView): LearnedEventType[] {
  const found = new Set(v.ruleEvents.map((e) => e.type));
  return EVENT_TYPES.filter((t) => !found.has(t));
}

/** The features of a candidate: the sentence's, prefixed by the type, and the type's own bias. */
export const candidateFeatures = (type: string, sentence: readonly string[]) => [
  `${type}|bias`,
  ...sentence.map((f) => `${type}|${f}`),
];
