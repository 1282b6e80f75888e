// The shape of a missed stance pair (CRITICIZED, ACCUSED, SUPPORTED, THANKED…) whose gold evidence names
// both entities while no event links them, as word classes and fixed-lexicon words only (no names), so the
// blind split's misses can be sized by shape: which party comes first, how far apart they are, the stance
// words of a fixed list the evidence holds (judging words included), whether the evidence lies inside a
// quotation and whose, and whether the extractor found that quotation with the same speaker.
import type { AnnotationDocument, Span } from '@dossier/model';
import { JUDGING } from '../relations/judging.js';

/** Verbs and nouns of taking a stance, counted when present (stems; matched at a word start). */
const STANCE =
  /\b(?:critici\w*|condemn\w*|denounc\w*|slam\w*|blast\w*|lambast\w*|rebuk\w*|accus\w*|blam\w*|reject\w*|protest\w*|warn\w*|urg\w*|call(?:ed|s)? on|demand\w*|thank\w*|prais\w*|welcom\w*|support\w*|back\w*|defend\w*|oppos\w*|object\w*|deplor\w*|regret\w*|concern\w*|against|threat\w*|attack\w*|charg\w*|alleg\w*)/gi;

/** Role words, counted when the gap between the two parties holds them. */
const ROLES =
  /\b(?:leader|chief|head|president|prime|minister|secretary|official|member|spokes\w*|ambassador|envoy|chairman|chair|director|founder|commander|general|deputy|senior|former|lawmaker|senator|mp|mep|delegate|representative|candidate|opposition|party|the|of|'s|’s|and|,)(?=\W|$)/gi;

const words = (s: string) => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
const bucket = (n: number) => (n <= 2 ? '0-2' : n <= 6 ? '3-6' : n <= 15 ? '7-15' : '16+');

/** Kinds for one missed pair (source `xs`, target `xt` as extracted entity ids; `r` the gold relation). */
export function stanceMissShape(
  r: AnnotationDocument['relations'][number],
  xs: readonly Span[],
  xt: readonly Span[],
  extracted: AnnotationDocument,
  gold: AnnotationDocument,
  mappedSpeaker: (extractedId: string) => string,
): string[] {
  const ev = r.evidence.find(
    (v) =>
      xs.some((m) => m.start >= v.start && m.end <= v.end) &&
      xt.some((m) => m.start >= v.start && m.end <= v.end),
  );
  if (!ev) return ['evidence-spans-split'];
  const s = xs.find((m) => m.start >= ev.start && m.end <= ev.end)!;
  const t = xt.find((m) => m.start >= ev.start && m.end <= ev.end)!;
  const [a, b] = s.start < t.start ? [s, t] : [t, s];
  const between = ev.text.slice(a.end - ev.start, Math.max(a.end, b.start) - ev.start);
  const found = (re: RegExp, x: string) =>
    [...new Set([...x.matchAll(re)].map((m) => m[0].toLowerCase()))].sort();
  const judging = found(JUDGING, ev.text);
  const stance = found(STANCE, ev.text);
  const q = gold.statements.find((g) => g.start < ev.end && g.end > ev.start);
  const quote = !q
    ? 'none'
    : q.speaker === r.source
      ? 'by-source'
      : q.speaker === r.target
        ? 'by-target'
        : 'by-other';
  const xq = q && extracted.statements.find((x) => x.start < q.end && x.end > q.start);
  const xquote = !q
    ? ''
    : !xq
      ? ' extracted:none'
      : mappedSpeaker(xq.speaker) === q.speaker
        ? ' extracted:right'
        : ' extracted:other-speaker';
  return [
    `order:${s.start < t.start ? 'source-first' : 'target-first'} gap-words:${words(between) <= 2 ? words(between) : bucket(words(between))}`,
    `stance-words:${stance.join(',') || 'none'}`,
    `judging-words:${judging.join(',') || 'none'}`,
    `quote:${quote}${xquote}`,
    `gap-role-words:${words(between) <= 6 ? [...between.matchAll(ROLES)].map((m) => m[0].toLowerCase()).join(' ') || 'none' : 'long-gap'}`,
    `gap-raw:${b.start < a.end ? (b.end <= a.end ? 'nested' : 'overlap') : between.length === 0 ? 'touching' : /\n/.test(between) ? 'newline' : words(between) === 0 ? 'spaces-or-marks' : 'words'}`,
    `gap-marks:${[',', ';', ':', '(', '“', '"', '—', '–'].filter((m) => between.includes(m)).join('') || 'none'}`,
  ];
}
