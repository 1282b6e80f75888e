// Text primitives with offsets: slugs, tokens, lines and sentences over the raw text (UTF-16 offsets,
// the same as String.slice), and spans that always quote the text they point at.
import type { Span } from '@dossier/model';
import { matchesOf } from './regex-matches.js';
import { HONORIFIC_ABBREVIATIONS } from './honorifics.js';

/** Slugs of the default length, remembered per string (a bounded Map): entity names recur in every mention. */
const SLUGS = new Map<string, string>();

export function slugify(s: string, max = 80): string {
  if (max !== 80) return makeSlug(s, max);
  let slug = SLUGS.get(s);
  if (slug === undefined) {
    if (SLUGS.size > 20_000) SLUGS.clear();
    slug = makeSlug(s, max);
    SLUGS.set(s, slug);
  }
  return slug;
}

function makeSlug(s: string, max: number): string {
  const slug = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, max).replace(/-+$/g, '') || 'x';
}

export function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

export interface Token {
  text: string;
  start: number;
  end: number;
  /** First character is an upper-case letter (or a digit in "G7"). */
  cap: boolean;
  /** Index of the sentence the token belongs to. */
  sent: number;
  /** Split off the word before it, which the page ran together with it ("Nijjar|The"): no name goes on. */
  glued?: boolean;
}

// Abbreviations with dots (U.S., D.C., J., and "U.S" missing its last point), words with inner
// hyphens/apostrophes, numbers, possessive 's, then any other single non-space character.
const TOKEN_RE =
  /(?:\p{L}\.){2,}|(?:\p{Lu}\.)+\p{Lu}(?![\p{L}\p{M}\d.'’-])|\p{Lu}\.(?=\s\p{Lu})|\p{L}[\p{L}\p{M}\d-]*(?:['’](?![sS]\b)\p{L}+)*|\d+(?:[.,:]\d+)*|['’][sS]\b|\S/gu;
/** The same, a name's initials missing their last point ("Peter O.B") left apart. */
const PLAIN_TOKEN_RE =
  /(?:\p{L}\.){2,}|\p{Lu}\.(?=\s\p{Lu})|\p{L}[\p{L}\p{M}\d-]*(?:['’](?![sS]\b)\p{L}+)*|\d+(?:[.,:]\d+)*|['’][sS]\b|\S/gu;
/** A dotted abbreviation missing its last point: one token only when it abbreviates a known name ("U.S"). */
const UNPOINTED = /^(?:\p{Lu}\.)+\p{Lu}$/u;

export function tokenize(
  work: string,
  from: number,
  to: number,
  isName?: (w: string) => boolean,
  isAbbreviation: ((w: string) => boolean) | undefined = isName,
): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = from;
  const sub = work.slice(0, to);
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(sub))) {
    if (UNPOINTED.test(m[0]) && !isAbbreviation?.(`${m[0]}.`)) {
      PLAIN_TOKEN_RE.lastIndex = m.index;
      m = PLAIN_TOKEN_RE.exec(sub)!;
      TOKEN_RE.lastIndex = PLAIN_TOKEN_RE.lastIndex;
    }
    const parts = splitGlued(m[0], isName);
    parts.forEach(([t, at], k) =>
      out.push({
        text: t,
        start: m!.index + at,
        end: m!.index + at + t.length,
        // "al-Shifa", "el-Sisi": an Arabic article before a capitalised name.
        cap: /^(?:\p{Lu}|(?:al|el|ad|ar|as|an|ash|az)-\p{Lu})/u.test(t),
        sent: -1,
        ...(k > 0 && /^\p{Lu}/u.test(t) ? { glued: true } : {}),
      }),
    );
  }
  return out;
}

/**
 * "Erdoğan-led", "US-backed", "EU-supported", "a US-designated group", "Dokdo-related", "Indian-occupied": the
 * name and the rest of the compound adjective (a past participle of what the name did, or "-related").
 */
const COMPOUND_SUFFIX =
  /^(\p{Lu}.*?)(-(?:led|backed|based|born|owned|run|era|style|brokered|made|linked|allied|aligned|controlled|funded|sponsored|held|bound|friendly|supported|designated|related|proposed|occupied|built|dominated|installed|financed|hosted|mediated|administered|registered|headquartered|affiliated|operated|imposed|drafted|chaired))$/u;

/**
 * A token split where the page ran words together at link boundaries ("Ukrainethe", "UkraineNorth",
 * "NijjarThe"), when the first part is a name `isName` knows or a capital follows lower case, and where a
 * capitalised name ends in a compound adjective ("Erdoğan-led"). Returns the parts and their offsets.
 */
function splitGlued(t: string, isName?: (w: string) => boolean): [string, number][] {
  const suffix = t.includes('-') ? COMPOUND_SUFFIX.exec(t) : null;
  if (suffix)
    return [
      [suffix[1]!, 0],
      ...splitGlued(suffix[2]!, isName).map(([x, at]): [string, number] => [x, at + suffix[1]!.length]),
    ];
  if (!isName || !/^\p{Lu}\p{Ll}{2,}/u.test(t)) return [[t, 0]];
  // "NijjarThe", "UkraineNorth": lower case then a capital inside a word.
  const camel = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}+.*)$/u.exec(t);
  if (
    camel &&
    (isName(camel[1]!) ||
      /^(?:The|A|An|In|On|At|For|From|With|After|Before)$/.test(
        camel[2]!.replace(/(?<=\p{Ll})\p{Lu}.*$/u, ''),
      ))
  )
    return [
      [camel[1]!, 0],
      ...splitGlued(camel[2]!, isName).map(([x, at]): [string, number] => [x, at + camel[1]!.length]),
    ];
  // "Ukrainethe", "Taiwanthe": a known name with a function word glued on.
  const tail = /^(\p{Lu}\p{Ll}{2,}?)(the|and|of|in)$/u.exec(t);
  if (tail && isName(tail[1]!))
    return [
      [tail[1]!, 0],
      [tail[2]!, tail[1]!.length],
    ];
  return [[t, 0]];
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph (line) it lies in. */
  para: number;
}

/**
 * Abbreviations whose point ends no sentence: initials, "U.S.", titles before a name ("Gen.", "Hon.", "Amb.",
 * "Sta. Romana", "Mt."), a generation's mark after one ("Marcos Jr."), months.
 */
const ABBREV = new RegExp(
  String.raw`(?:\b(?:[A-Z]|U\.S|U\.K|D\.C|U\.N|${HONORIFIC_ABBREVIATIONS.join('|')}|St|Sta|Sto|Ste|Mt|Ft|Jr|Sr|Gen|Col|Lt|Sgt|Cpl|Pvt|Brig|Sen|Sens|Rep|Reps|Gov|Govs|Gens|Amb|Atty|Rev|Fr|Msgr|Supt|Insp|No|vs|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|a\.m|p\.m|approx|etc|Capt|Adm|Maj|Cmdr)\.)$`,
);
/**
 * A word that opens a sentence and never goes on a name or a title: after an abbreviation's point it
 * starts a new sentence ("… in the U.S. The minister said", "… Marcos Jr. He said").
 */
const OPENER =
  /^\s+["“‘(]?(?:The|A|An|He|She|It|They|We|I|This|That|These|Those|His|Her|Its|Their|Our|There|But|And|However|Meanwhile|In|On|At|After|Before|Earlier|Later|When|While|If|According|Since|During)\b(?!\.)/;

/** Lines (paragraphs) and sentences of [from, to) in the (masked) work text. */
export function splitSentences(
  work: string,
  from: number,
  to: number,
): { paras: Sentence[]; sents: Sentence[] } {
  const paras: Sentence[] = [];
  const sents: Sentence[] = [];
  let lineStart = from;
  for (let i = from; i <= to; i++) {
    if (i === to || work[i] === '\n') {
      let s = lineStart;
      let e = i;
      while (s < e && /\s/.test(work[s]!)) s++;
      while (e > s && /\s/.test(work[e - 1]!)) e--;
      if (e > s) {
        const para = paras.length;
        paras.push({ start: s, end: e, para });
        splitLine(work, s, e, para, sents);
      }
      lineStart = i + 1;
    }
  }
  return { paras, sents };
}

function splitLine(work: string, s: number, e: number, para: number, out: Sentence[]): void {
  const re = /[.!?]+["”’)]*(?=\s+["“‘(]?\p{Lu}|\s+\d)/gu;
  const line = work.slice(s, e);
  let cur = s;
  for (const m of matchesOf(re, line)) {
    const idx = s + m.index;
    const endPunct = idx + m[0].length;
    if (endPunct <= cur) continue;
    const before = work.slice(Math.max(cur, idx - 12), idx + 1);
    if (ABBREV.test(before) && !(OPENER.test(work.slice(endPunct, endPunct + 16)) && !/\bvs\.$/.test(before)))
      continue;
    // A list's number opening the line ("1. Oleg Sidorov – …") is the item's, not a sentence of its own.
    if (/^\d{1,2}\.$/.test(work.slice(cur, endPunct))) continue;
    out.push({ start: cur, end: endPunct, para });
    cur = endPunct;
    while (cur < e && /\s/.test(work[cur]!)) cur++;
  }
  if (cur < e) out.push({ start: cur, end: e, para });
}

/** Binary search: the index of the last item whose start is <= pos. */
export function indexAt<T extends { start: number }>(items: T[], pos: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** A determiner that brings in someone new: "a German ambassador", "another EU envoy", "one diplomat". */
const INDEFINITE = String.raw`(?:an?|another|one|any|no|some)`;
export const INDEFINITE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])${INDEFINITE}\s+$`, 'iu');
/** The same determiner opening a phrase: "a German ambassador …". */
export const INDEFINITE_OPENING = new RegExp(String.raw`^${INDEFINITE}\s`, 'i');
