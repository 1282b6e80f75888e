// Pull-quotes: words set on a line of their own with a credit line right under them, a name and perhaps
// its role and no verb ("The relations have hit the bottom" / "Dmitry Peskov, Vladimir Putin's
// spokesman"; "“We will not back down”" / "— Jane Doe, minister"). The credited name speaks, whether
// or not the words stand in quotation marks.
import type { EntityIndex, Mention } from '../entities/index.js';
import { CREDIT_AGENCIES } from '../lexicon.js';
import type { Sentence } from '../text.js';
import type { Quote } from './find.js';

/** A credit: an optional dash, the name, then at most a short role phrase without a verb or a sentence end. */
const CREDIT_REST = /^(?:\s*,\s*[^.!?:;"“”]{0,90})?[\s.]*$/u;
const SPEECH = /\b(?:said|says|told|added|wrote|stated|according)\b/i;
const MARKS = /["“”]/;
/** A news outlet's name: its words credit the copy. */
const NEWS_OUTLET = /\b(?:news|press|agency|times|post|herald|tribune|journal|daily|television|tv|radio)\b/i;
const FINITE = /\b(?:is|are|was|were|has|have|had|will|would)\b/;
/** Rules that take a standalone quotation's speaker from a cue before it. */
const CUE_RULES = new Set(['quotes:continues-previous', 'quotes:speaker-of-paragraph']);

/**
 * Gives pull-quotes their speaker: a quotation alone on its line with no speaker yet takes the credit
 * under it; a line without marks followed by a credit becomes a quotation of the credited name.
 */
export function creditPullQuotes(work: string, paras: Sentence[], quotes: Quote[], idx: EntityIndex): void {
  const firstPara = paras[0]?.para;
  for (let i = 0; i + 1 < paras.length; i++) {
    const p = paras[i]!;
    const c = paras[i + 1]!;
    if (c.para !== p.para + 1) continue;
    const inLine = quotes.filter((q) => q.open >= p.start && q.close <= p.end);
    // (A body credits words in quotation marks only under a dash: "— Turkish Foreign Ministry".)
    const credited = creditOf(work, c, idx, inLine.length === 1);
    if (!credited) continue;
    const rule = 'quotes:pull-quote-credit';
    if (inLine.length === 1) {
      const q = inLine[0]!;
      const outside = work.slice(p.start, q.open) + work.slice(q.close + 1, p.end);
      // (The credit under it is nearer than any speaker cue before the line.)
      if ((!q.speaker || CUE_RULES.has(q.rule ?? '')) && !/[\p{L}\d]/u.test(outside))
        [q.speaker, q.rule] = [credited.entity, rule];
      continue;
    }
    // (A list of credits, "A, ambassador of X" over "B, ambassador of Y", is no quotation.)
    if (inLine.length || p.para === firstPara || credited.entity.type !== 'Person' || creditOf(work, p, idx))
      continue;
    const words = work.slice(p.start, p.end).trim();
    const n = words.split(/\s+/).length;
    if (n < 3 || n > 30 || MARKS.test(words) || SPEECH.test(words) || /:$/.test(words)) continue;
    // (The person credited is not named in the words: "Peskov met Lavrov" over "Dmitry Peskov" is a caption.)
    if (idx.mentions.some((m) => m.start >= p.start && m.end <= p.end && m.entity === credited.entity))
      continue;
    const start = p.start + work.slice(p.start, p.end).search(/\S/);
    const end = start + words.length;
    const q: Quote = { start, end, open: start - 1, close: end, para: p.para, about: [] };
    q.speaker = credited.entity;
    q.rule = rule;
    q.about = idx.mentions
      .filter((m) => m.start >= start && m.end <= end && m.entity !== credited.entity)
      .map((m) => m.entity);
    quotes.push(q);
  }
  quotes.sort((a, b) => a.open - b.open);
}

/**
 * The person a credit line names ("Dmitry Peskov, Vladimir Putin's spokesman", "— Jane Doe"), or with
 * `bodies` the organisation a dash credits ("— Turkish Foreign Ministry").
 */
function creditOf(work: string, line: Sentence, idx: EntityIndex, bodies = false): Mention | undefined {
  const text = work.slice(line.start, line.end);
  const lead = /^\s*(?:[—–-]+\s*)?/.exec(text)![0].length;
  const m = idx.mentions.find((x) => x.start === line.start + lead && !x.nominal);
  const dashed = /[—–-]/.test(text.slice(0, lead));
  const body = bodies && dashed && m?.entity.type === 'Organization';
  if (!m || (m.entity.type !== 'Person' && !(body && isCreditedBody(work.slice(m.start, m.end)))))
    return undefined;
  const rest = work.slice(m.end, line.end);
  if (!CREDIT_REST.test(rest) || rest.split(/\s+/).length > 14 || MARKS.test(rest)) return undefined;
  // (A sentence about the name is no credit: "Ma Zhaoxu, the vice foreign minister, said China is …".)
  if (SPEECH.test(rest) || FINITE.test(rest)) return undefined;
  // (Nor a verb past the apposition: "Kaja Kallas, the prime minister, criticised the move.")
  if (/,[^,]*,\s*(?:\p{Ll}+ly\s+)?\p{Ll}+ed\b/u.test(rest)) return undefined;
  return m;
}

/** An organisation's name under a dash that credits words, not the copy (no agency, "— AFP", "— Reuters"). */
function isCreditedBody(name: string): boolean {
  return name !== name.toUpperCase() && !CREDIT_AGENCIES.test(name) && !NEWS_OUTLET.test(name);
}
