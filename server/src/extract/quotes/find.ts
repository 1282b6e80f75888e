// Quotation spans. A quotation is a pair of marks inside one paragraph: curly (“…”), straight ("…") or
// mixed ("…” as pages that mix keyboards write), and single marks (‘…’, '…') when they clearly open and
// close around words. An opening mark left unclosed runs to the paragraph's end (a quotation continued
// in the next paragraph, or a copy cut mid-quote), unless a later paragraph closes it before any mark
// opens there: then the quotation runs over the paragraphs to that mark.
import type { Entity } from '../entities/index.js';
import { indexAt, type Sentence } from '../text.js';

export interface Quote {
  /** Inner text span (without the quotation marks). */
  start: number;
  end: number;
  open: number;
  close: number;
  para: number;
  speaker?: Entity;
  /** Further speakers when the words are given to several ("the two leaders agreed that …"). */
  coSpeakers?: Entity[];
  about: Entity[];
  /** The quotation runs to the end of its paragraph without a closing mark (continued in the next one). */
  unclosed?: boolean;
  /** The quotation starts at its paragraph's start without an opening mark (continued, or the mark lost). */
  headless?: boolean;
  /** The attribution rule that found the speaker (`quotes:<name>`). */
  rule?: string;
}

type Role = 'open' | 'close' | 'either';

/** What a mark at i does, from its glyph or, for a straight mark, from the characters around it. */
function roleOf(work: string, i: number, p: Sentence): Role | undefined {
  const ch = work[i]!;
  if (ch === '„' || ch === '«') return 'open';
  if (ch === '»') return 'close';
  // A double mark with nothing after it on its line opens nothing, whatever its glyph ("… standards. “").
  if (isDouble(ch) && !/\S/.test(work.slice(i + 1, p.end))) return 'close';
  const before = i > p.start ? work[i - 1]! : ' ';
  const after = i + 1 < p.end ? work[i + 1]! : ' ';
  const spaceBefore = /[\s([—–:-]/.test(before);
  const spaceAfter = /[\s.,;:!?)\]—–-]/.test(after);
  // A curly glyph facing the wrong way is read by where it stands: pages typed with „…” or ”…” open with
  // ”, and a “ glued to the end of a sentence closes it ("… in all respects.“ he said").
  if (ch === '”' && spaceBefore && /[\p{L}\p{N}]/u.test(after)) return 'open';
  if (ch === '“' && /[\p{L}\p{N}.,!?]/u.test(before) && /\s/.test(after)) return 'close';
  if (ch === '“' || ch === '‘') return 'open';
  if (ch === '”') return 'close';
  if (ch === '’' || ch === "'") {
    // An apostrophe inside or at the end of a word ("Russia's", "Iran’s", "leaders'") is no mark.
    if (/\p{L}/u.test(before) && /\p{L}/u.test(after)) return undefined;
    if (ch === "'" && spaceBefore && /\p{L}/u.test(after)) return 'open';
    if (!spaceBefore && spaceAfter && !/s/.test(before)) return 'close';
    return undefined;
  }
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return 'either';
}

/** A speech verb with its comma or colon right before an opening mark. */
const SPEECH_INTRO =
  /\b(?:said|says|tweeted|wrote|writes|added|adds|stated|posted|declared|told\s+\S+)\s*[,:]\s*$/;
/** Whether one character is a double mark (a comparison, not a regex: it runs on every character). */
const isDouble = (ch: string | undefined): boolean =>
  ch === '"' || ch === '“' || ch === '”' || ch === '„' || ch === '«' || ch === '»';
/** What follows a closing mark when someone is credited with the words ("…,” Erdogan said in a speech). */
const HEADLESS_ATTRIBUTION =
  /^[\s,.]*(?:[^.!?"“”]{0,50}?\s)?(?:said|says|told|added|adds|wrote|stated|declared|tweeted|noted|stressed)\b/;
/** Opening glyphs whose own closing glyph is not ” ("„" closes with "“", "«" with "»"). */
const CLOSER: Record<string, string> = { '„': '“', '«': '»' };

/**
 * A quotation left open at its paragraph's end that a later paragraph closes before any mark opens
 * (“… London.¶A police inquiry is ongoing,” X said; or lines a copy wrapped by hand): where it closes.
 */
function closedLater(work: string, paras: Sentence[], pi: number, open: number): number {
  for (let k = pi + 1; k < paras.length && k <= pi + 6; k++) {
    const q = paras[k]!;
    if (q.end - open > 1500) return -1;
    for (let i = q.start; i < q.end; i++) {
      if (!isDouble(work[i])) continue;
      const role = roleOf(work, i, q);
      return role === 'close' ? i : -1;
    }
  }
  return -1;
}

/** Whether a position is inside one of the quotations (sorted by start), between its marks. */
export const insideQuotes =
  (quotes: Quote[]) =>
  (pos: number): boolean => {
    const i = indexAt(quotes, pos);
    for (let j = i; j >= 0 && j >= i - 1; j--)
      if (pos > quotes[j]!.open && pos < quotes[j]!.close) return true;
    return false;
  };

export function findQuotes(work: string, paras: Sentence[]): Quote[] {
  const out: Quote[] = [];
  let resumeAt = -1;
  for (const [pi, p] of paras.entries()) {
    let open = -1;
    let single = -1;
    for (let i = Math.max(p.start, resumeAt); i < p.end; i++) {
      const ch = work[i]!;
      // Two apostrophes for a double mark (''…''): the pair is one mark, read at its inner apostrophe.
      const pair = ch === "'" && work[i + 1] === "'";
      if (isDouble(ch) || pair) {
        let role: Role = pair ? (open < 0 ? 'open' : 'close') : roleOf(work, i, p)!;
        // Low-high („…“) and guillemets («…»): the glyph that closes what the opening glyph opened.
        if (open >= 0 && CLOSER[work[open]!] === ch) role = 'close';
        // ("“… departments, ”he said": after a “, a ” closes whatever space stands around it.)
        if (open >= 0 && work[open] === '“' && ch === '”') role = 'close';
        if (pair && role === 'open') i++;
        if (open < 0) {
          if (role !== 'close') open = i;
          // A closing mark with none opened before it in its paragraph, then an attribution: the words
          // from the paragraph's start (a quotation continued from the paragraph before, or a copy that
          // dropped the opening mark).
          else if (
            !out.some((q) => q.para === p.para) &&
            HEADLESS_ATTRIBUTION.test(work.slice(i + 1, i + 80))
          ) {
            const from = p.start + work.slice(p.start, i).search(/\S/);
            if (from >= p.start && work.slice(from, i).split(/\s+/).length >= 4) {
              push(out, work, from - 1, i, p.para);
              const last = out[out.length - 1];
              if (last && last.close === i) last.headless = true;
            }
          }
        } else if (role !== 'open') {
          push(out, work, open, i, p.para);
          open = -1;
          single = -1;
          if (pair) i++;
        } else open = i;
      } else if ((ch === '‘' || ch === '’' || ch === "'") && open < 0) {
        // Single marks: a short quotation within one sentence ("'shocked'", "‘who cannot be trusted,’").
        let role = roleOf(work, i, p);
        // ("‘… false reports’.": after an explicit opening glyph, a mark after an s closes, no plural's apostrophe.)
        if (!role && ch === '’' && single >= 0 && work[single] === '‘' && !/\p{L}/u.test(work[i + 1] ?? ' '))
          role = 'close';
        if (role === 'open') single = i;
        else if (role === 'close' && single >= 0) {
          // (After a speech verb and its comma or colon, single marks may hold sentences: "tweeted, '… .'")
          // (Or credited right after, "‘… . …,’ Lavrov said", or set as a paragraph of its own.)
          const introduced =
            SPEECH_INTRO.test(work.slice(Math.max(p.start, single - 40), single)) ||
            (/[,.!?]$/.test(work.slice(single, i)) && HEADLESS_ATTRIBUTION.test(work.slice(i + 1, i + 80))) ||
            (!/\S/.test(work.slice(p.start, single)) && !/\S/.test(work.slice(i + 1, p.end)));
          if (introduced ? i - single <= 600 : i - single <= 120 && !/[.!?]\s/.test(work.slice(single, i)))
            push(out, work, single, i, p.para);
          single = -1;
        }
      }
    }
    const later = open >= 0 ? closedLater(work, paras, pi, open) : -1;
    if (later >= 0) {
      push(out, work, open, later, p.para);
      resumeAt = later + 1;
      continue;
    }
    // (A copy cut mid-quote: in the last paragraph even a short one, "to “bui".)
    if (open >= 0 && (p.end - open > 20 || p === paras[paras.length - 1])) {
      push(out, work, open, p.end, p.para);
      const last = out[out.length - 1];
      if (last && last.open === open) last.unclosed = true;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function push(out: Quote[], work: string, open: number, close: number, para: number): void {
  let s = open + 1;
  let e = close;
  while (s < e && /\s/.test(work[s]!)) s++;
  while (e > s && /\s/.test(work[e - 1]!)) e--;
  if (e - s < 2) return;
  out.push({ start: s, end: e, open, close, para, about: [] });
}
