// Candidates and features of the learned entities step: the capitalised runs the rules' chunker forms
// (entities/chunking.ts) whose text no entity the rules kept carries as its name or an alias, grouped by
// text within the article; and, per candidate, features that say what kind of name it may be. Features
// are word classes (the lexicon's: known first name, surname, place, organisation head word, title,
// demonym, common word), the shape of the span, closed-class neighbours, the line it stands on and how
// often it is named: never the words of a name themselves, so the model cannot memorise the dev pages.
// Shared by training (steps.ts, on the rules' output) and the runtime step (apply.ts), so both see the
// same candidates.
import {
  demonymCountry,
  isCommonWord,
  isFirstName,
  isKnownPlace,
  isLastName,
  isLexOrg,
  isLexPlace,
  lexTags,
  ORG_HEADS,
} from '../../lexicon.js';
import {
  chunks,
  isKnownOrgWord,
  isTitle,
  MONTHS,
  NAME_PARTICLES,
  splitKnown,
  WEEKDAYS,
} from '../../entities/chunking.js';
import { PARTY_WORDS } from '../../entities/known-segments.js';
import { nameShaped } from '../../entities/name-positions.js';
import { setOffAfterRole, SURNAME_END } from '../../entities/name-shapes.js';
import { normName } from '../../eval/score.js';
import type { EntityType } from '../../entities/types.js';
import { indexAt, type Sentence, type Token } from '../../text.js';

export const ENTITY_TYPES: readonly EntityType[] = ['Person', 'Organization', 'Place'];

/** What a candidate needs to know of the entities the rules kept. */
export interface KeptEntity {
  type: EntityType;
  name: string;
  aliases: Iterable<string>;
  mentions: readonly { start: number; end: number }[];
}

export interface Candidate {
  /** The span's words as written (spaces folded), and their normalised key. */
  name: string;
  key: string;
  /** Every occurrence of the span (as a chunk or a chunk's name part) that no kept mention overlaps. */
  spans: { start: number; end: number }[];
  /** Occurrences a kept mention overlaps, by the kept entity's type. */
  overlapped: EntityType[];
  /** Type-independent features; `typedFeatures` crosses them with each type. */
  features: Set<string>;
}

const KEY_CACHE = new Map<string, string>();
/**
 * The scorer's normalisation (eval/score.ts): case, punctuation and quote style ignored. Remembered
 * across articles (a bounded cache: the same names come back within an article and across a batch).
 */
export function normKey(name: string): string {
  let key = KEY_CACHE.get(name);
  if (key === undefined) {
    if (KEY_CACHE.size > 50_000) KEY_CACHE.clear();
    key = normName(name);
    KEY_CACHE.set(name, key);
  }
  return key;
}

const PREV_WORDS = new Set(
  'in at to from of with by for on near into across between against and or the a an mr mrs ms dr president minister ambassador envoy said told says visited including both as than under over outside inside via like'.split(
    ' ',
  ),
);
const NEXT_WORDS = new Set(
  'said says told added and or of in on at has have had is was were will would who which that to for from the a with as'.split(
    ' ',
  ),
);
const PLACE_PREPS = new Set('in at from to near into across outside inside via over of'.split(' '));
/** The lexicon's broad class of a neighbouring lower-case word. */
function tagOf(w: string): string {
  const tags = lexTags(w);
  for (const t of [
    'Preposition',
    'Conjunction',
    'Determiner',
    'Pronoun',
    'PastTense',
    'PresentTense',
    'Verb',
    'Adjective',
    'Plural',
    'Noun',
  ])
    if (tags.includes(t)) return t;
  return tags.length ? 'other' : 'unknown';
}
const SPEECH = /^(?:said|says|told|added|wrote|stressed|noted|insisted|warned|announced|stated|urged)$/;

const CLASS_CACHE = new Map<string, string[]>();
/** The lexicon classes of one word (a few string features), remembered across articles (a bounded cache). */
function wordClasses(w: string): string[] {
  let out = CLASS_CACHE.get(w);
  if (!out) {
    if (CLASS_CACHE.size > 50_000) CLASS_CACHE.clear();
    out = computeClasses(w);
    CLASS_CACHE.set(w, out);
  }
  return out;
}
function computeClasses(w: string): string[] {
  const out: string[] = [];
  const low = w.toLowerCase();
  if (isFirstName(w)) out.push('first');
  if (isLastName(w)) out.push('last');
  if (isKnownPlace(w)) out.push('place');
  else if (isLexPlace(w)) out.push('lexplace');
  if (isLexOrg(w) || isKnownOrgWord(w)) out.push('org');
  if (ORG_HEADS.has(low)) out.push('orghead');
  if (isTitle(w)) out.push('title');
  if (demonymCountry(w)) out.push('demonym');
  if (PARTY_WORDS[low]) out.push('party');
  if (isCommonWord(w)) out.push('common');
  if (!lexTags(w).length) out.push('unknown');
  if (/^\p{Lu}{2,}$/u.test(w)) out.push('caps');
  if (/^\p{Lu}\.?$/u.test(w)) out.push('initial');
  if (/-/.test(w)) out.push('hyphen');
  if (NAME_PARTICLES.has(w)) out.push('particle');
  if (/\d/.test(w)) out.push('digit');
  if (!out.length) out.push('other');
  return out;
}

/** The suffix of a longer word (morphology: "-ova", "-stan", "-ia"), never a whole short word. */
const suffix = (w: string, n: number) => (w.length >= n + 3 ? w.slice(-n).toLowerCase() : '');

/** Spans to consider in one chunk: the chunk without a leading article, and its part after titles. */
function spansOf(c: Token[]): { part: Token[]; lead: string }[] {
  let from = 0;
  while (from < c.length && /^(?:The|A|An)$/.test(c[from]!.text)) from++;
  const out: { part: Token[]; lead: string }[] = [];
  if (from < c.length) out.push({ part: c.slice(from), lead: from ? 'after-article' : '' });
  let lastPrefix = -1;
  for (let i = from; i < c.length - 1; i++)
    if (isTitle(c[i]!.text) || demonymCountry(c[i]!.text) || c[i]!.text === 'of') lastPrefix = i;
  if (lastPrefix >= from)
    out.push({
      part: c.slice(lastPrefix + 1),
      lead: isTitle(c[lastPrefix]!.text) ? 'after-title' : 'after-demonym',
    });
  return out;
}

/**
 * The candidates of one article: capitalised spans whose normalised text is no kept entity's name or
 * alias, with their features. Linear in the tokens (the chunker is the rules' own).
 */
export function findCandidates(
  work: string,
  toks: Token[],
  sents: Sentence[],
  kept: readonly KeptEntity[],
  /** The rules' chunks when the caller has them (extract/index.ts), else formed again here. */
  read: readonly Token[][] = chunks(work, toks).flatMap((c) => splitKnown(c, work)),
): Candidate[] {
  const known = new Set<string>();
  for (const e of kept) {
    known.add(normKey(e.name));
    for (const a of e.aliases) known.add(normKey(a));
    // (A kept person's single name words are its surname-only mentions.)
    if (e.type === 'Person') for (const w of e.name.split(' ')) known.add(normKey(w));
  }
  const keptSpans = kept
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type })))
    .sort((a, b) => a.start - b.start);
  // Where each candidate occurs, in order: its features are read once the article is done, and only for
  // the candidates left with an occurrence no kept mention overlaps (about half are dropped).
  const byKey = new Map<string, Candidate>();
  const occurrences = new Map<Candidate, { part: Token[]; lead: string }[]>();
  let cursor = 0;
  for (const c of read) {
    for (const { part, lead } of spansOf(c)) {
      const first = part[0]!;
      const last = part[part.length - 1]!;
      if (part.length === 1 && (MONTHS.test(first.text) || WEEKDAYS.test(first.text))) continue;
      if (!first.cap || !/\p{L}/u.test(first.text)) continue;
      const name = work.slice(first.start, last.end).replace(/\s+/g, ' ');
      const key = normKey(name);
      if (!key || known.has(key)) continue;
      let cand = byKey.get(key);
      if (!cand) {
        cand = { name, key, spans: [], overlapped: [], features: new Set() };
        byKey.set(key, cand);
        occurrences.set(cand, []);
      }
      occurrences.get(cand)!.push({ part, lead });
      while (cursor < keptSpans.length && keptSpans[cursor]!.end <= first.start - 200) cursor++;
      let over: (typeof keptSpans)[number] | undefined;
      for (let k = cursor; k < keptSpans.length && keptSpans[k]!.start < last.end; k++)
        if (keptSpans[k]!.end > first.start) {
          over = keptSpans[k];
          break;
        }
      if (over) cand.overlapped.push(over.type);
      else cand.spans.push({ start: first.start, end: last.end });
    }
  }
  // A token's index by its start (tokens are in text order, one per start).
  const tokenAt = (start: number) => {
    const i = indexAt(toks, start);
    return i >= 0 && toks[i]!.start === start ? i : -1;
  };
  const lowerWords = new Set<string>();
  for (const t of toks) if (!t.cap) lowerWords.add(t.text);
  const sentStarts = new Set(sents.map((s) => s.start));
  const out: Candidate[] = [];
  for (const cand of byKey.values()) {
    if (!cand.spans.length) continue;
    // The features in the order they were always added: the shape of the first occurrence, then each
    // occurrence's own.
    const occs = occurrences.get(cand)!;
    shapeFeatures(occs[0]!.part, lowerWords, cand.features);
    for (const { part, lead } of occs) {
      if (part.length >= 2 && part.length <= 5 && setOffAfterRole(work, part))
        cand.features.add('set-off-after-role');
      contextFeatures(work, toks, tokenAt, sentStarts, part[0]!, part[part.length - 1]!, lead, cand.features);
    }
    const n = cand.spans.length + cand.overlapped.length;
    cand.features.add(`mentions=${n >= 3 ? '3+' : n}`);
    for (const t of new Set(cand.overlapped)) cand.features.add(`overlaps=${t}`);
    out.push(cand);
  }
  return out;
}

function shapeFeatures(part: Token[], lowerWords: Set<string>, f: Set<string>): void {
  const words = part.filter((t) => t.cap);
  const n = words.length;
  if (!n) return;
  f.add(`words=${n >= 4 ? '4+' : n}`);
  if (part.some((t) => t.text === 'of')) f.add('has-of');
  const first = words[0]!.text;
  const last = words[n - 1]!.text;
  for (const k of wordClasses(first)) f.add(`first:${k}`);
  for (const k of wordClasses(last)) f.add(`last:${k}`);
  for (const t of words.slice(1, -1)) for (const k of wordClasses(t.text)) f.add(`mid:${k}`);
  if (n === 1) f.add(`single:${wordClasses(first).join('+')}`);
  else f.add(`pair:${wordClasses(first)[0]}>${wordClasses(last)[0]}`);
  const s2 = suffix(last, 2);
  const s3 = suffix(last, 3);
  if (s2) f.add(`suf2:${s2}`);
  if (s3) f.add(`suf3:${s3}`);
  if (nameShaped(part)) f.add('name-shaped');
  if (SURNAME_END.test(last)) f.add('surname-end');
  if (words.some((t) => lowerWords.has(t.text.toLowerCase()))) f.add('word-also-lower');
  if (/^\p{Lu}[\p{Ll}]/u.test(first) && lowerWords.has(first.toLowerCase())) f.add('first-also-lower');
}

function contextFeatures(
  work: string,
  toks: Token[],
  tokenAt: (start: number) => number,
  sentStarts: Set<number>,
  first: Token,
  last: Token,
  lead: string,
  f: Set<string>,
): void {
  const i = tokenAt(first.start);
  const j = tokenAt(last.start);
  const prev = i > 0 ? toks[i - 1]! : undefined;
  const next = j >= 0 ? toks[j + 1] : undefined;
  if (lead) f.add(lead);
  if (sentStarts.has(first.start)) f.add('sentence-start');
  if (!prev || /\n/.test(work.slice(prev.end, first.start))) f.add('line-start');
  else {
    const p = prev.text.toLowerCase();
    if (PLACE_PREPS.has(p)) f.add('prev:place-prep');
    if (PREV_WORDS.has(p)) f.add(`prev=${p}`);
    else if (isTitle(prev.text)) f.add('prev:title');
    else if (!/\p{L}/u.test(p)) f.add(`prev-punct=${p}`);
    else if (prev.cap) f.add('prev:cap');
    else f.add(`prev-tag:${tagOf(p)}`);
  }
  // A title or role word a few words before ("ambassador to Washington, X").
  for (let k = Math.max(0, i - 5); k < i; k++)
    if (toks[k]!.text !== 'of' && isTitle(toks[k]!.text)) {
      f.add('role-before');
      break;
    }
  if (!next || /\n/.test(work.slice(last.end, next.start))) f.add('line-end');
  else {
    const x = next.text.toLowerCase();
    if (/^['’]s$/.test(x)) f.add('next=s');
    else if (SPEECH.test(x)) f.add('next:speech');
    else if (NEXT_WORDS.has(x)) f.add(`next=${x}`);
    else if (!/\p{L}/u.test(x)) f.add(`next-punct=${x}`);
    else if (ORG_HEADS.has(x)) f.add('next:orghead');
    else if (next.cap) f.add('next:cap');
    else f.add(`next-tag:${tagOf(x)}`);
  }
  // The line it stands on: a short line without a full stop is a caption, a heading or a credit.
  const ls = work.lastIndexOf('\n', first.start - 1) + 1;
  const nl = work.indexOf('\n', last.end);
  const le = nl < 0 ? work.length : nl;
  // (A line of more than 200 characters has more than 12 words: no need to count them.)
  if (le - ls <= 200) {
    const line = work.slice(ls, le).trim();
    if (line.split(/\s+/).length <= 12) f.add(/[.!?"”]$/.test(line) ? 'short-line' : 'short-line-no-stop');
  }
}

/**
 * A candidate's features for one type: the type's bias, each feature crossed with the type (what makes
 * a place rather than a person) and each feature alone (what makes a name at all, learnt from the
 * examples of every type).
 */
export function typedFeatures(cand: Candidate, type: EntityType): string[] {
  const out = [`${type}`];
  for (const f of cand.features) out.push(`${type}|${f}`, `any|${f}`);
  return out;
}
