// The learned speaker step's view of a page: for each quotation the rules found, its candidate speakers
// (people, organisations and places named in its sentence, its paragraph, the paragraph before or the 600
// characters before it, and the previous attributed quotation's speaker) and each candidate's features.
// Features are general signals only (entity type, distance and side, a verb of saying or a role word next
// to the mention, whether the mention is a clause's subject, what the rules said of the quotation before),
// never a name. The same code reads a page at training time (the rules' debug output) and at run time
// (the extractor's own structures, see apply.ts), so what the model sees is the same in both.
import type { EntityType } from '@dossier/model';
import { isTitleCase } from '../../quotes/index.js';

/** A stretch of the text (offsets only). */
export interface Span {
  start: number;
  end: number;
}

/** A quotation as the step reads it (FoundQuotation's fields). */
export interface QuoteView {
  start: number;
  end: number;
  open: number;
  close: number;
  sentence: Span;
  paragraph: Span;
  /** The rules' speaker (entity id), or null. */
  speaker: string | null;
}

export interface EntityView {
  id: string;
  type: EntityType;
  mentions: readonly Span[];
}

export interface Candidate {
  entity: string;
  features: string[];
}

const BEFORE_WINDOW = 600;
const SAY_WORDS =
  'said|says|say|told|tells|added|adds|noted|notes|stated|states|declared|wrote|writes|explained|stressed|insisted|warned|urged|claimed|argued|asserted|announced|continued|replied|responded|commented|remarked|emphasi[sz]ed|underlined|acknowledged|admitted|observed|tweeted|posted|described|called|expressed|accused|condemned|denounced|demanded|vowed|pledged|critici[sz]ed|slammed|rejected|welcomed|dismissed|asked|promised|suggested|conceded|lamented|complained|blasted|hailed|praised|quipped|labell?ed|termed|voiced';
/** A verb of saying just after a mention: "X said", "X, the minister, told", "X has said". */
const SAY_AFTER = new RegExp(
  String.raw`^(?:['’]s?)?\s*(?:,[^,.;“”"]{1,60},\s*)?(?:(?:has|have|had|also|then|later|further|again|previously|earlier)\s+)*(?:${SAY_WORDS})\b`,
  'i',
);
/** A verb of saying just before a mention: "said X", "said Foreign Minister X", "according to X". */
const SAY_BEFORE = new RegExp(
  String.raw`(?:\b(?:${SAY_WORDS})|\b[Aa]ccording\s+to|\bquoted|\bquoting)\s+(?:(?:the|The|a|an|its|his|her|\p{Lu}[\p{L}.'’-]*|\p{Ll}+(?:ister|man|woman|person|ent|or|ary))\s+){0,4}$`,
  'u',
);
const ACCORDING = /\baccording\s+to\s+(?:\S+\s+){0,4}$/i;
const ROLE =
  /\b(?:spokes(?:wo)?man|spokesperson|minist(?:er|ry)|embassy|ambassador|envoy|president|premier|chancellor|secretary|official|officials|diplomat|office|department|government|chief|head|leader|director|representative|statement|press|agency|council|commission)\b/i;
const SAY_ANY = new RegExp(String.raw`\b(?:${SAY_WORDS}|according to)\b`, 'i');
/** After the quotation's close: "he said", "she added", "it said", "they said", "the ministry said". */
const PRONOUN_SAY = new RegExp(
  String.raw`^[\s,.;:–—-]*(he|she|it|they|the\s+\p{Ll}+)\s+(?:(?:has|had|also|then|later|further)\s+)*(?:${SAY_WORDS})\b`,
  'iu',
);

const SAY_LEAD = new RegExp(String.raw`\b(?:${SAY_WORDS}|saying|that)\s*,?\s*$`, 'i');

const NARRATION_LEADS = new Set(['determiner', 'preposition', 'naming']);

/** What comes right after the closing mark: the paragraph's end, a comma, a full stop, a word. */
function trailClass(after: string): string {
  if (!after.trim()) return 'end';
  if (/^\s*,/.test(after)) return 'comma';
  if (/^\s*[.!?]/.test(after)) return 'stop';
  if (/^\s*[–—:;(-]/.test(after)) return 'dash';
  if (/^\s*\p{Ll}/u.test(after)) return 'word';
  return 'other';
}

/** What comes right before the opening mark: a colon, a comma, a verb of saying, "as", an article. */
function leadClass(before: string): string {
  if (!before.trim()) return 'none';
  if (/:\s*$/.test(before)) return 'colon';
  if (SAY_LEAD.test(before)) return 'say';
  if (/,\s*$/.test(before)) return 'comma';
  if (/\b(?:an?|the|its|his|her|their|some|this|that|these|those)\s*$/i.test(before)) return 'determiner';
  if (/\b(?:as|called|calling|term|dubbed|so-called|name)\s*$/i.test(before)) return 'naming';
  if (/\b(?:of|for|in|on|to|with|against|about|over|and|or)\s*$/i.test(before)) return 'preposition';
  return 'other';
}

const bucket = (n: number, edges: readonly number[]) => {
  for (const e of edges) if (n <= e) return `<=${e}`;
  return `>${edges[edges.length - 1]}`;
};

/** The paragraph (line) before the one starting at `start`, or undefined for the first line. */
function previousParagraph(text: string, start: number): Span | undefined {
  if (start <= 0) return undefined;
  let end = start - 1;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  if (end <= 0) return undefined;
  const s = text.lastIndexOf('\n', end - 1) + 1;
  return { start: s, end };
}

interface Hit {
  entity: EntityView;
  span: Span;
}

/** The quotations the step decides on at run time: those the rules found and left without a speaker. */
export const undecided = (q: QuoteView) => q.speaker === null;

/**
 * Whether the quotation may be someone's words at all: not a phrase of the narration ("in response to
 * the 'harsh crackdown' on", a few words starting lower-case with no stop of their own) nor a name in
 * title case ("Trade Office in Lima"). The step neither learns from nor decides the others.
 */
export function maySpeak(text: string, q: QuoteView): boolean {
  const words = text.slice(q.start, q.end).trim();
  const n = words.split(/\s+/).length;
  if (/^\p{Ll}/u.test(words) && !/[.!?,]$/.test(words) && n <= 6) {
    const lead = leadClass(text.slice(Math.max(q.sentence.start, q.open - 40), q.open));
    const trail = trailClass(text.slice(q.close + 1, Math.min(q.paragraph.end, q.close + 20)));
    if (NARRATION_LEADS.has(lead) && trail === 'word') return false;
  }
  return !isTitleCase(words);
}

/** Candidates and features for every quotation of a page (quotations in text order) that `which` takes. */
export function speakerCandidates(
  text: string,
  quotes: readonly QuoteView[],
  entities: readonly EntityView[],
  which: (q: QuoteView) => boolean = () => true,
): Candidate[][] {
  const speakers = entities.filter(
    (e) => e.type === 'Person' || e.type === 'Organization' || e.type === 'Place',
  );
  const hits: Hit[] = [];
  for (const e of speakers) for (const m of e.mentions) hits.push({ entity: e, span: m });
  hits.sort((a, b) => a.span.start - b.span.start);
  const counts = speakers.map((e) => e.mentions.length).sort((a, b) => b - a);
  const top = counts[0] ?? 0;
  const inQuote = (pos: number) => quotes.some((q) => q.start <= pos && pos < q.end);
  const byId = new Map(speakers.map((e) => [e.id, e]));
  const lowerHit = (pos: number) => {
    let lo = 0;
    let hi = hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (hits[mid]!.span.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  return quotes.map((q, qi) => {
    if (!which(q)) return [];
    const para = q.paragraph;
    const prev = previousParagraph(text, para.start);
    const from = Math.min(prev?.start ?? para.start, Math.max(0, q.open - BEFORE_WINDOW));
    const to = para.end;
    let prevQuote: QuoteView | undefined;
    for (let i = qi - 1; i >= 0; i--)
      if (quotes[i]!.speaker) {
        prevQuote = quotes[i];
        break;
      }
    const prevSpeaker = prevQuote?.speaker ?? null;
    const opensPara = q.open - para.start <= 1;
    const wholePara = opensPara && para.end - q.close <= 2;
    const after = text.slice(q.close + 1, Math.min(q.sentence.end, q.close + 60));
    const pron = PRONOUN_SAY.exec(after)?.[1]
      ?.toLowerCase()
      .replace(/\s+\p{Ll}+$/u, '-noun');
    const words = text.slice(q.start, q.end).trim();
    const quoteFeatures = [
      `words:${bucket(words.split(/\s+/).length, [1, 2, 3, 5, 10, 20, 40])}`,
      /[,.!?]$/.test(words) ? 'ends-punct' : 'ends-bare',
      /^\p{Lu}/u.test(words) ? 'starts-upper' : 'starts-lower',
      /[.!?]\s/.test(words) ? 'several-sentences' : 'one-sentence',
      `lead:${leadClass(text.slice(Math.max(q.sentence.start, q.open - 40), q.open))}`,
    ];
    const trail = trailClass(text.slice(q.close + 1, Math.min(para.end, q.close + 20)));
    quoteFeatures.push(`trail:${trail}`, `trail:${trail}:${quoteFeatures[1]}`);
    const outside = text.slice(q.sentence.start, q.open) + ' ' + text.slice(q.close + 1, q.sentence.end);
    if (SAY_ANY.test(outside)) quoteFeatures.push('say-in-sentence');
    if (para.start === 0 || !text.slice(0, para.start).trim()) quoteFeatures.push('headline');

    const local = new Map<string, Hit[]>();
    for (let i = lowerHit(from); i < hits.length && hits[i]!.span.start < to; i++) {
      const h = hits[i]!;
      if (h.span.start >= q.start && h.span.end <= q.end) continue; // named inside its own words
      const list = local.get(h.entity.id) ?? [];
      list.push(h);
      local.set(h.entity.id, list);
    }
    if (prevSpeaker && !local.has(prevSpeaker) && byId.has(prevSpeaker)) local.set(prevSpeaker, []);
    const n = local.size;

    // The first person, organisation or place the quotation's sentence names before it: often its subject.
    let firstInSentence: Hit | undefined;
    for (let i = lowerHit(q.sentence.start); i < hits.length && hits[i]!.span.end <= q.open; i++) {
      firstInSentence = hits[i];
      break;
    }
    // The nearest mention of each candidate before the quotation and after it, and their ranks by distance.
    const near = [...local].map(([id, list]) => {
      let before: Hit | undefined;
      let afterHit: Hit | undefined;
      for (const h of list) {
        if (h.span.end <= q.open) before = h;
        else if (h.span.start >= q.close && !afterHit) afterHit = h;
      }
      return { id, list, type: byId.get(id)!.type, before, afterHit };
    });
    const rank = (side: 'before' | 'afterHit', id: string, sameType?: EntityType) => {
      const dist = (x: (typeof near)[number]) =>
        side === 'before' ? q.open - (x.before?.span.end ?? -1e9) : (x.afterHit?.span.start ?? 1e9) - q.close;
      const mine = dist(near.find((x) => x.id === id)!);
      return near.filter(
        (x) => x.id !== id && x[side] && (!sameType || x.type === sameType) && dist(x) < mine,
      ).length;
    };

    const out: Candidate[] = [];
    for (const { id, list, before, afterHit } of near) {
      const e = byId.get(id)!;
      const t = e.type;
      const f: string[] = [`type:${t}`, `cands:${bucket(n, [1, 2, 3, 5, 8])}`, ...quoteFeatures];
      if (id === prevSpeaker) {
        f.push('prev-speaker', `prev-speaker:${t}`);
        if (prevQuote && prevQuote.paragraph.start === para.start) f.push('prev-speaker:same-para');
        else if (prevQuote && prev && prevQuote.paragraph.start === prev.start)
          f.push('prev-speaker:prev-para');
      }
      if (e.mentions.length === top) f.push('most-mentioned');
      f.push(`mentions:${bucket(e.mentions.length, [1, 2, 4, 8])}`);
      if (opensPara) f.push(`opens-para:${t}`);
      if (wholePara) f.push(`whole-para:${t}`);
      if (pron) f.push(`pron:${pron}:${t}`);
      if (!list.length) f.push('not-near');
      const where = (h: Hit) =>
        h.span.start >= q.sentence.start && h.span.end <= q.sentence.end
          ? 'sent'
          : h.span.start >= para.start && h.span.end <= para.end
            ? 'para'
            : prev && h.span.start >= prev.start
              ? 'prev-para'
              : 'far';
      const signals = (h: Hit, side: string) => {
        const w = where(h);
        f.push(`${side}:${w}`, `${side}:${w}:${t}`);
        const r = Math.min(2, rank(side === 'before' ? 'before' : 'afterHit', id));
        const rt = Math.min(1, rank(side === 'before' ? 'before' : 'afterHit', id, t));
        f.push(`${side}:rank:${r}`, `${side}:rank-of-type:${rt}:${t}`);
        const dist = side === 'before' ? q.open - h.span.end : h.span.start - q.close;
        f.push(`${side}:dist:${bucket(dist, [3, 15, 40, 100, 250])}`);
        const right = text.slice(h.span.end, h.span.end + 80);
        const left = text.slice(Math.max(0, h.span.start - 60), h.span.start);
        if (SAY_AFTER.test(right))
          f.push(
            `${side}:say-after`,
            `${side}:say-after:${w}`,
            `${side}:say-after:${t}`,
            `${side}:say-after:rank:${r}`,
          );
        if (SAY_BEFORE.test(left)) f.push(`${side}:say-before`, `${side}:say-before:${w}`);
        if (ACCORDING.test(left)) f.push(`${side}:according`);
        if (
          ROLE.test(text.slice(Math.max(0, h.span.start - 30), h.span.start)) ||
          ROLE.test(right.slice(0, 30))
        )
          f.push(`${side}:role:${t}`);
        if (inQuote(h.span.start)) f.push(`${side}:in-quote`);
        const sentStart = Math.max(
          text.lastIndexOf('. ', h.span.start - 1) + 2,
          text.lastIndexOf('\n', h.span.start - 1) + 1,
        );
        if (h.span.start - sentStart <= 4) f.push(`${side}:starts-sentence:${t}`);
        if (w === 'sent' && side === 'before' && firstInSentence === h)
          f.push(`before:first-in-sentence:${t}`);
        if (/\b(?:of|in|to|for|with|from|against|by|on|at|between)\s+(?:the\s+)?$/i.test(left))
          f.push(`${side}:after-preposition`);
        // Between the mention and the quotation (or the quotation and the mention): a verb of saying.
        const between =
          side === 'before' ? text.slice(h.span.end, q.open) : text.slice(q.close, h.span.start);
        if (between.length < 200 && SAY_ANY.test(between)) f.push(`${side}:say-between`);
      };
      if (before) signals(before, 'before');
      if (afterHit) signals(afterHit, 'after');
      if (before && !afterHit) f.push('only-before');
      if (afterHit && !before) f.push('only-after');
      if (list.length > 1) f.push('several-near');
      out.push({ entity: id, features: f });
    }
    return out;
  });
}
