// Quotation spans. A quotation is a pair of marks inside one paragraph: curly (“…”), straight ("…") or
// mixed ("…” as pages that mix keyboards write), and single marks (‘…’, '…') when they clearly open and
// close around words. An opening mark left unclosed runs to the paragraph's end (a quotation continued
// in the next paragraph, or a copy cut mid-quote).
import type { Entity } from '../entities/index.js';
import type { Sentence } from '../text.js';

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
  /** The attribution rule that found the speaker (`quotes:<name>`). */
  rule?: string;
}

type Role = 'open' | 'close' | 'either';

/** What a mark at i does, from its glyph or, for a straight mark, from the characters around it. */
function roleOf(work: string, i: number, p: Sentence): Role | undefined {
  const ch = work[i]!;
  if (ch === '“' || ch === '‘') return 'open';
  if (ch === '”') return 'close';
  const before = i > p.start ? work[i - 1]! : ' ';
  const after = i + 1 < p.end ? work[i + 1]! : ' ';
  const spaceBefore = /[\s([—–:-]/.test(before);
  const spaceAfter = /[\s.,;:!?)\]—–-]/.test(after);
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

const DOUBLE = /["“”]/;

export function findQuotes(work: string, paras: Sentence[]): Quote[] {
  const out: Quote[] = [];
  for (const p of paras) {
    let open = -1;
    let single = -1;
    for (let i = p.start; i < p.end; i++) {
      const ch = work[i]!;
      if (DOUBLE.test(ch)) {
        const role = roleOf(work, i, p)!;
        if (open < 0) {
          if (role !== 'close') open = i;
        } else if (role !== 'open') {
          push(out, work, open, i, p.para);
          open = -1;
          single = -1;
        } else open = i;
      } else if ((ch === '‘' || ch === '’' || ch === "'") && open < 0) {
        // Single marks: a short quotation within one sentence ("'shocked'", "‘who cannot be trusted,’").
        const role = roleOf(work, i, p);
        if (role === 'open') single = i;
        else if (role === 'close' && single >= 0) {
          if (i - single <= 120 && !/[.!?]\s/.test(work.slice(single, i))) push(out, work, single, i, p.para);
          single = -1;
        }
      }
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
