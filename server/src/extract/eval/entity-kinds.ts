// Kinds of entity misses and extras, as counts only (no text, no names), so the blind split's entity
// failures can be sized without anyone reading them. Pure. For each gold entity no extracted one matches
// (eval/score.ts's matching): its type, its number of words, what the lexicon knows of it, how the
// extractor's mentions stand to its mentions (same span but another type, inside a longer span, a shorter
// span inside it, partly overlapping, nothing), and where its first mention stands (headline, short line or
// body; what comes right before and after it). For each extracted entity no gold one matches: its type,
// the rule that made it, its number of words, how it stands to the gold (same name of another type, inside
// a gold mention, around one, nothing) and where its first mention stands.
import type { AnnotationDocument, Span } from '@dossier/model';
import type { BodyInfo } from '../body.js';
import { demonymCountry, isFirstName, isKnownPlace, isLastName, KNOWN_ORGS } from '../lexicon.js';
import { mapEntities, normName } from './score.js';

type Counts = Record<string, number>;

const TITLE =
  /\b(?:president|prime minister|minister|premier|chancellor|ambassador|envoy|secretary|spokes(?:wo)?man|spokesperson|king|prince|emir|governor|senator|general|chairman|chief|director|mr|mrs|ms|dr|counterpart|leader|deputy|head|diplomat|official|lawmaker|commissioner|adviser|advisor)\.?\s+$/i;
const PREPOSITION = /\b(?:in|to|at|from|of|on|with|for|by|into|between|across|near|over|against|via)\s+$/i;
const SPEECH = /^\s+(?:said|says|told|added|stated|wrote|noted|stressed|insisted|urged|warned|announced)\b/;
const ROLE_APPOSITION =
  /^,\s+(?:the\s+|a\s+|an\s+)?(?:\p{L}+['’]s\s+)?(?:[\p{L}-]+\s+){0,3}?(?:minister|ambassador|envoy|president|secretary|spokes\p{L}*|chief|head|leader|director|official|chairman|diplomat|premier)\b/iu;

const overlap = (a: Span, b: Span) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** The line around `pos`: the first line, a short line (under eight words or no closing stop), or body. */
function lineKind(text: string, pos: number): string {
  const from = text.lastIndexOf('\n', pos - 1) + 1;
  const to = text.indexOf('\n', pos) < 0 ? text.length : text.indexOf('\n', pos);
  if (from === 0) return 'first-line';
  const line = text.slice(from, to).trim();
  const words = line.split(/\s+/).length;
  return words < 8 || !/[.!?"”’)]$/.test(line) ? 'short-line' : 'body';
}

/** What stands right before a mention. */
function beforeKind(text: string, m: Span): string {
  const lead = text.slice(Math.max(0, m.start - 40), m.start);
  const line = lead.slice(lead.lastIndexOf('\n') + 1);
  if (!/\S/.test(line)) return 'line-start';
  if (/[.!?]["”’]?\s+$/.test(line)) return 'sentence-start';
  if (TITLE.test(line)) return 'after-title-word';
  if (/\p{Lu}[\p{L}.'’-]*\s+$/u.test(line)) return 'after-capitalised';
  if (/\bthe\s+$/i.test(line)) return 'after-the';
  if (PREPOSITION.test(line)) return 'after-preposition';
  if (/['’]s\s+$/.test(line)) return 'after-possessive';
  if (/[,;:(]\s*$/.test(line)) return 'after-punctuation';
  if (/\band\s+$/.test(line)) return 'after-and';
  return 'after-other-word';
}

/** What stands right after a mention. */
function afterKind(text: string, m: Span): string {
  const tail = text.slice(m.end, m.end + 80);
  if (SPEECH.test(tail)) return 'speech-verb';
  if (/^['’]s\b/.test(tail)) return 'possessive';
  if (ROLE_APPOSITION.test(tail)) return 'apposition-role';
  if (/^\s+\p{Lu}/u.test(tail)) return 'capitalised';
  if (/^\s*\(/.test(tail)) return 'parenthesis';
  if (/^\s+(?:and|or)\b/.test(tail)) return 'and';
  if (/^\s+(?:is|was|has|had|will|would|were|are|have|\p{Ll}+(?:ed|es|s))\b/u.test(tail)) return 'verb';
  if (/^\s*[,;:]/.test(tail)) return 'punctuation';
  if (/^\s*[.!?]/.test(tail) || !/\S/.test(tail.split('\n')[0]!)) return 'end';
  return 'other-word';
}

/** What the lexicon knows of a name: a place, an organisation, a demonym, a first or last name, nothing. */
function lexiconKind(name: string): string {
  const words = name.split(/\s+/);
  if (isKnownPlace(name)) return 'known-place';
  if (KNOWN_ORGS.has(name.toLowerCase())) return 'known-org';
  if (demonymCountry(words[0]!)) return 'starts-with-demonym';
  if (isFirstName(words[0]!)) return 'first-name-known';
  if (isLastName(words[words.length - 1]!)) return 'last-name-known';
  return 'unknown';
}

const wordsKind = (name: string) => {
  const n = name.trim().split(/\s+/).length;
  return n === 1 ? 'words:1' : n === 2 ? 'words:2' : 'words:3+';
};

/**
 * What blanked a mention the extractor never read: the body's start or end (before the headline found, after
 * the last words), or an excluded range (body.ts) by the shape of the line it lies in.
 */
function maskKind(text: string, m: Span, found: Pick<BodyInfo, 'body' | 'excluded'>): string {
  if (m.end <= found.body.start) return 'before-body';
  if (m.start >= found.body.end) return 'after-body';
  const x = found.excluded.find((r) => r.start < m.end && r.end > m.start);
  if (!x) return 'other';
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  const nl = text.indexOf('\n', m.end);
  const line = text.slice(lineStart, nl < 0 ? text.length : nl);
  const whole = x.start <= lineStart && x.end >= lineStart + line.trimEnd().length;
  const words = line.split(/\s+/).filter(Boolean).length;
  const cut = text.slice(x.start, x.end);
  const cutWords = cut.split(/\s+/).filter(Boolean).length;
  const at =
    x.start <= lineStart + 1
      ? 'line-start'
      : x.end >= lineStart + line.trimEnd().length
        ? 'line-end'
        : 'mid-line';
  const opens = /^\s*[([]/.test(cut)
    ? 'bracket'
    : /^\s*(?:by|from)\b/i.test(cut)
      ? 'by'
      : /^\s*(?:photo|image|picture|file|credit|video|source)\b/i.test(cut)
        ? 'credit-word'
        : /^\s*[-–—|•]/.test(cut)
          ? 'dash'
          : /^\s*\p{Lu}/u.test(cut)
            ? 'capital'
            : 'other';
  return `excluded ${whole ? 'whole-line' : `${at} cut-words:${cutWords <= 3 ? '1-3' : cutWords <= 12 ? '4-12' : '13+'} opens:${opens}`} words:${words <= 3 ? '1-3' : words <= 12 ? '4-12' : '13+'} ends:${/[.!?”"]\s*$/.test(line) ? 'stop' : 'other'}`;
}

/** The counts of one article's entity misses and extras by kind. */
export function entityKinds(
  text: string,
  extracted: AnnotationDocument,
  gold: AnnotationDocument,
  /** The extractor's masked text (body.ts): a mention blanked there was never read. */
  work = text,
  /** The body's range and excluded ranges (body.ts), to say what blanked a mention. */
  found?: Pick<BodyInfo, 'body' | 'excluded'>,
): Counts {
  const k: Counts = {};
  const inc = (key: string) => (k[key] = (k[key] ?? 0) + 1);
  const map = mapEntities(extracted, gold);
  const matchedGold = new Set(map.values());
  const ext = extracted.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, e })));
  for (const g of gold.entities) {
    inc(`gold ${g.type}`);
    if (matchedGold.has(g.id)) {
      inc(`found ${g.type}`);
      continue;
    }
    const pre = `missed ${g.type}`;
    inc(`${pre} TOTAL`);
    inc(`${pre} ${wordsKind(g.name)}`);
    inc(`${pre} lexicon:${lexiconKind(g.name)}`);
    // How the extractor's mentions stand to the gold entity's.
    const names = [g.name, ...g.aliases].map(normName);
    const sameName = extracted.entities.filter((e) => names.includes(normName(e.name)));
    const spans = g.mentions;
    const rel = sameName.some((e) => e.type !== g.type)
      ? 'found-typed-wrong'
      : spans.some((s) => ext.some((x) => x.start === s.start && x.end === s.end && x.e.type === g.type))
        ? 'same-span-other-name'
        : spans.some((s) => ext.some((x) => x.start === s.start && x.end === s.end))
          ? 'same-span-other-type'
          : spans.some((s) => ext.some((x) => x.start <= s.start && x.end >= s.end))
            ? 'inside-longer-span'
            : spans.some((s) => ext.some((x) => x.start >= s.start && x.end <= s.end))
              ? 'shorter-span-inside'
              : spans.some((s) => ext.some((x) => overlap(x, s) > 0))
                ? 'partial-overlap'
                : 'no-overlap';
    inc(`${pre} extracted:${rel}`);
    if (rel === 'inside-longer-span' || rel === 'same-span-other-type') {
      const x = ext.find((x) => spans.some((s) => x.start <= s.start && x.end >= s.end));
      if (x) inc(`${pre} ${rel} by ${x.e.type} ${x.e.rule ?? 'none'}`);
    }
    if (rel === 'shorter-span-inside') {
      // What of the gold span the extracted one leaves out: a lead, a tail ("in X", "of X"), both.
      const s = spans.find((s) => ext.some((x) => x.start >= s.start && x.end <= s.end))!;
      const x = ext.find((x) => x.start >= s.start && x.end <= s.end)!;
      const tail = text.slice(x.end, s.end);
      const lead = x.start > s.start;
      const tailKind = !tail.trim()
        ? ''
        : /^\s+(?:of|in|to|for|on|at)\b/.test(tail)
          ? 'tail-preposition'
          : /^\s*['’]/.test(tail)
            ? 'tail-apostrophe'
            : 'tail-words';
      inc(
        `${pre} shorter-span ${x.e.type} ${lead ? 'lead-left-out' : ''}${lead && tailKind ? '+' : ''}${tailKind}`,
      );
    }
    const first = [...spans].sort((a, b) => a.start - b.start)[0];
    if (!first) continue;
    inc(`${pre} mentions:${spans.length === 1 ? '1' : spans.length <= 3 ? '2-3' : '4+'}`);
    inc(`${pre} line:${lineKind(text, first.start)}`);
    const read = spans.filter((s) => work.slice(s.start, s.end) === text.slice(s.start, s.end)).length;
    inc(`${pre} masked:${read === spans.length ? 'none' : read ? 'some-mentions' : 'every-mention'}`);
    if (!read && found) inc(`${pre} masked-by:${maskKind(text, first, found)}`);
    const positions = new Set(spans.map((s) => `${beforeKind(text, s)} / ${afterKind(text, s)}`));
    for (const p of positions) inc(`${pre} at (any mention): ${p}`);
  }
  const goldSpans = gold.entities.flatMap((g) => g.mentions.map((m) => ({ ...m, g })));
  for (const e of extracted.entities) {
    if (map.has(e.id)) {
      inc(`found ${e.type} by rule ${e.rule ?? 'none'}`);
      continue;
    }
    const pre = `extra ${e.type}`;
    inc(`${pre} TOTAL`);
    inc(`${pre} rule ${e.rule ?? 'none'}`);
    inc(`${pre} ${wordsKind(e.name)}`);
    inc(`${pre} lexicon:${lexiconKind(e.name)}`);
    const n = normName(e.name);
    const ms = e.mentions;
    const rel = gold.entities.some((g) => [g.name, ...g.aliases].some((x) => normName(x) === n))
      ? 'gold-has-name-as-other-type-or-taken'
      : ms.some((m) => goldSpans.some((s) => s.start === m.start && s.end === m.end))
        ? 'same-span-as-gold-other-name'
        : ms.some((m) => goldSpans.some((s) => s.start <= m.start && s.end >= m.end))
          ? 'inside-gold-mention'
          : ms.some((m) => goldSpans.some((s) => m.start <= s.start && m.end >= s.end))
            ? 'around-gold-mention'
            : ms.some((m) => goldSpans.some((s) => overlap(m, s) > 0))
              ? 'partial-overlap'
              : 'no-gold-overlap';
    inc(`${pre} gold:${rel}`);
    const first = [...ms].sort((a, b) => a.start - b.start)[0];
    if (!first) continue;
    inc(`${pre} mentions:${ms.length === 1 ? '1' : ms.length <= 3 ? '2-3' : '4+'}`);
    inc(`${pre} line:${lineKind(text, first.start)}`);
    inc(
      `${pre} sentence-start:${beforeKind(text, first) === 'sentence-start' || beforeKind(text, first) === 'line-start'}`,
    );
    inc(`${pre} at (first mention): ${beforeKind(text, first)} / ${afterKind(text, first)}`);
  }
  return k;
}
