// Kinds of quotation failures, as counts only (no text is ever returned, so the blind split can be read
// this way): for each gold quotation, the stage where it failed (not found, found but no speaker, wrong
// speaker), and for the attribution failures where the quotation stands in its sentence, what follows its
// closing mark, where the extractor's entity for the gold speaker is mentioned, the speaker's type and, for
// a wrong speaker, the rule that chose it; and the statements no gold quotation matches, by rule. Pure; `npm run eval -- --set real --split blind --kinds`.
import type { AnnotationDocument } from '@dossier/model';
import type { FoundQuotation } from '../types.js';
import { demonymCountry } from '../lexicon.js';
import { SPEECH_BEFORE } from '../quotes/speech-subject.js';
import { mapEntities } from './score.js';
import { overlap, spansMatch } from './spans.js';

/** A verb of saying, any form (a broad lexicon, for counting sentences that report speech). */
const REPORTING =
  /\b(?:sa(?:y|ys|id|ying)|t(?:ell|ells|old|elling)|add(?:s|ed|ing)?|stress(?:es|ed|ing)?|insist(?:s|ed|ing)?|argu(?:e|es|ed|ing)|warn(?:s|ed|ing)?|not(?:e|es|ed|ing)|explain(?:s|ed|ing)?|wr(?:ite|ites|ote|iting)|post(?:s|ed|ing)?|tweet(?:s|ed|ing)?|describ(?:e|es|ed|ing)|call(?:s|ed|ing)?|term(?:s|ed)|urg(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|denounc(?:e|es|ed|ing)|repl(?:y|ies|ied|ying)|respond(?:s|ed|ing)?|remark(?:s|ed)|assert(?:s|ed|ing)?|claim(?:s|ed|ing)?|acknowledg(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|continu(?:e|es|ed)|conclud(?:e|es|ed)|pointed out|went on|declar(?:e|es|ed|ing)|stat(?:e|es|ed|ing)|emphasi[sz](?:e|es|ed|ing)|according to)\b/i;
const PRONOUN = /\b(?:he|she|they|it)\b/i;
/** A role or kind named without a name: "the minister", "the embassy", "the spokeswoman". */
const ROLE_PHRASE =
  /\b(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}(?:minister|ministry|spokes(?:wo)?man|spokesperson|envoy|ambassador|president|premier|chancellor|secretary|embassy|department|government|official|diplomat|leader|office|agency|statement|source|commissioner|mission)\b/iu;

type Counts = Record<string, number>;

/** Where the quotation opens: a line, a sentence, right after a verb of saying, or inside its sentence. */
function positionOf(text: string, q: FoundQuotation): string {
  const lead = text.slice(q.sentence.start, q.open);
  if (!/\S/.test(text.slice(q.paragraph.start, q.open))) return 'opens-line';
  if (!/\S/.test(lead)) return 'opens-sentence';
  if (
    /\b(?:said|says|told|added|stated|wrote|declared|tweeted|saying|adding|noting)\b[^.]{0,30}[,:]?\s*$/i.test(
      lead,
    )
  )
    return 'after-verb-of-saying';
  return 'inside-sentence';
}

/** What follows the closing mark in its sentence. */
function afterOf(text: string, q: FoundQuotation): string {
  const tail = text.slice(q.close + 1, Math.max(q.close + 1, q.sentence.end));
  if (!/\p{L}/u.test(tail)) return 'nothing';
  if (/^[\s,]*(?:he|she|they|it)\s+(?:\S+\s+)?(?:said|says|added|told|stated|noted|wrote)\b/i.test(tail))
    return 'pronoun-verb';
  if (/^[\s,.]*(?:said|says|added|told|stated|noted|wrote)\b/i.test(tail)) return 'verb-first';
  if (/^[\s,.]*(?:\S+\s+){1,6}?(?:said|says|added|told|stated|noted|wrote)\b/i.test(tail))
    return 'words-then-verb';
  return REPORTING.test(tail) ? 'other-reporting-verb' : 'other';
}

/** The counts of one article's gold quotations by kind. */
export function quoteKinds(
  text: string,
  extracted: AnnotationDocument,
  found: FoundQuotation[],
  gold: AnnotationDocument,
): Counts {
  const k: Counts = {};
  const inc = (key: string) => (k[key] = (k[key] ?? 0) + 1);
  const toGold = mapEntities(extracted, gold);
  const goldType = new Map(gold.entities.map((e) => [e.id, e.type]));
  for (const g of gold.statements) {
    const st = extracted.statements.filter((s) => spansMatch(s, g));
    const q = found.find((x) => spansMatch(x, g));
    const stage = st.some((s) => toGold.get(s.speaker) === g.speaker)
      ? 'right'
      : st.length
        ? 'wrong-speaker'
        : q && !q.speaker
          ? 'found-unattributed'
          : found.some((x) => overlap(x, g) > 0)
            ? 'found-partial'
            : 'not-found';
    inc(`stage ${stage}`);
    // (The rule that chose a right speaker, to weigh each rule's wrong choices against its right ones.)
    if (stage === 'right')
      inc(`right: rule ${st.find((s) => toGold.get(s.speaker) === g.speaker)!.rule ?? 'none'}`);
    if (stage === 'right' || !q) continue;
    const pre = `${stage}:`;
    inc(`${pre} speaker-type ${goldType.get(g.speaker) ?? 'unknown'}`);
    inc(`${pre} position ${positionOf(text, q)}`);
    inc(`${pre} after-close ${afterOf(text, q)}`);
    if (stage === 'wrong-speaker') {
      const chosen = extracted.entities.find((e) => e.id === st[0]!.speaker);
      inc(`${pre} rule ${st[0]!.rule ?? 'none'}`);
      inc(
        `${pre} rule-types ${st[0]!.rule ?? 'none'} chose:${extracted.entities.find((e) => e.id === st[0]!.speaker)?.type} gold:${goldType.get(g.speaker)}`,
      );
      inc(
        `${pre} chosen ${chosen?.type} ${toGold.has(chosen?.id ?? '') ? 'a-gold-entity' : 'no-gold-entity'}`,
      );
      const inSentence = (e: typeof chosen) =>
        (e?.mentions ?? []).filter((m) => m.start >= q.sentence.start && m.end <= q.open).map((m) => m.end);
      const goldEnds = extracted.entities
        .filter((e) => toGold.get(e.id) === g.speaker)
        .flatMap((e) => inSentence(e));
      const chosenEnds = inSentence(chosen);
      if (goldEnds.length && chosenEnds.length)
        inc(
          `${pre} in-sentence-before: ${Math.max(...goldEnds) > Math.max(...chosenEnds) ? 'gold-nearer' : 'chosen-nearer'}`,
        );
    }
    // Where the extractor's entity for the gold speaker is mentioned, relative to the quotation.
    const ids = [...toGold].filter(([, gid]) => gid === g.speaker).map(([id]) => id);
    const mentions = extracted.entities.filter((e) => ids.includes(e.id)).flatMap((e) => e.mentions);
    const sentenceRest = (m: { start: number }) => m.start >= q.close && m.start < q.sentence.end;
    const where = !ids.length
      ? 'speaker-not-extracted'
      : mentions.some((m) => m.start >= q.sentence.start && m.end <= q.open)
        ? 'sentence-before'
        : mentions.some(sentenceRest)
          ? 'sentence-after'
          : mentions.some((m) => m.start >= q.paragraph.start && m.end <= q.open)
            ? 'paragraph-before'
            : mentions.some((m) => m.end <= q.open && q.paragraph.start - m.end < 600)
              ? 'within-600-before'
              : mentions.some((m) => m.end <= q.open)
                ? 'earlier-in-article'
                : 'only-later';
    inc(`${pre} gold-speaker-mentioned ${where}`);
    const prev = found.filter((x) => x.speaker && x.close < q.open).pop();
    inc(
      `${pre} previous-speaker ${!prev ? 'none' : toGold.get(prev.speaker!) === g.speaker ? 'gold' : 'other'}`,
    );
    const sentence = text.slice(q.sentence.start, q.open) + ' ' + text.slice(q.close + 1, q.sentence.end);
    // The reporting verbs of the sentence outside the quotation, and what stands right before the nearest.
    const verbs = (from: number, to: number) =>
      [...text.slice(from, to).matchAll(new RegExp(REPORTING.source, 'gi'))].map((m) => from + m.index);
    const vb = verbs(q.sentence.start, q.open);
    const va = verbs(q.close + 1, Math.max(q.close + 1, q.sentence.end));
    inc(
      `${pre} reporting-verb ${vb.length ? 'before' : ''}${vb.length && va.length ? '+' : ''}${va.length ? 'after' : ''}${vb.length || va.length ? '' : 'none'}`,
    );
    const at = va.length ? va[0]! : vb.length ? vb[vb.length - 1]! : -1;
    if (at >= 0) {
      const from = at > q.close ? q.close + 1 : q.sentence.start;
      const slot = text.slice(Math.max(from, at - 60), at);
      const mentioned = extracted.entities.some((e) =>
        e.mentions.some((m) => m.end <= at && at - m.end <= 12 && m.start >= from),
      );
      // The gold speaker's last mention before the quotation in its sentence: before or after the verb, and
      // what stands right before and after it.
      const gm = mentions
        .filter((m) => m.start >= q.sentence.start && m.end <= q.open)
        .sort((a, b) => a.end - b.end)
        .pop();
      if (gm && vb.length) {
        const side = gm.end <= vb[vb.length - 1]! ? 'before-verb' : 'after-verb';
        const lead = text.slice(Math.max(q.sentence.start, gm.start - 25), gm.start);
        const trail = text.slice(gm.end, gm.end + 4);
        const shape = /['’]s\b/.test(trail)
          ? 'possessive'
          : /\b(?:to|from|with|by|of|on|at|in|for|about|against|than|into|over)\s+(?:the\s+)?(?:\S+\s+){0,2}$/.test(
                lead,
              )
            ? 'after-preposition'
            : /^\s*,/.test(trail)
              ? 'comma-after'
              : 'plain';
        inc(`${pre} gold-mention-in-sentence ${side} ${shape}`);
        // (Which preposition, a closed class, and whether the chosen speaker's mention precedes the gold's.)
        const prep =
          /\b(to|from|with|by|of|on|at|in|for|about|against|than|into|over)\s+(?:the\s+)?(?:\S+\s+){0,2}$/.exec(
            lead,
          )?.[1];
        if (shape === 'after-preposition') inc(`${pre} gold-after-preposition ${prep}`);
        const theirs = [...text.slice(q.sentence.start, q.open).matchAll(SPEECH_BEFORE)].pop();
        const theirAt = theirs ? q.sentence.start + theirs.index : -1;
        const mine = vb[vb.length - 1]!;
        inc(
          `${pre} attribution-verb vs broad-lexicon: ${theirAt < 0 ? 'none' : theirAt === mine ? 'same' : theirAt > mine ? 'later' : 'earlier'}; gold mention ${gm.end <= theirAt ? 'before' : 'after'} it`,
        );
        if (side === 'before-verb') {
          const between = text.slice(gm.end, vb[vb.length - 1]!);
          const words = between.split(/\s+/).filter(Boolean).length;
          inc(
            `${pre} gold-mention-to-verb ${
              /^\s*,\s*(?:who|which)\b/.test(between)
                ? 'relative'
                : /^['’]s\b/.test(between)
                  ? 'possessive'
                  : /\band\b/.test(between)
                    ? 'and'
                    : /,/.test(between)
                      ? 'comma'
                      : 'plain'
            } words:${words <= 2 ? '0-2' : words <= 6 ? '3-6' : '7+'}`,
          );
        }
      }
      const phrase = slot.split(/[,;:]/).pop() ?? '';
      const countryWord =
        (phrase.match(/\p{Lu}[\p{L}]+/gu) ?? []).some((w) => demonymCountry(w)) ||
        extracted.entities.some(
          (e) => e.type === 'Place' && e.mentions.some((m) => m.start >= at - phrase.length && m.end <= at),
        );
      inc(`${pre} before-verb-phrase names-a-country:${countryWord} gold:${goldType.get(g.speaker)}`);
      inc(
        `${pre} before-verb ${
          mentioned
            ? 'entity-mention'
            : /\b(?:he|she|they|it)\s+(?:\S+\s+)?$/i.test(slot)
              ? 'pronoun'
              : ROLE_PHRASE.test(slot.split(/[,;:]/).pop() ?? '')
                ? /(?:ministry|embassy|department|government|office|agency|mission)\b/i.test(slot)
                  ? 'body-kind-phrase'
                  : /(?:statement|source)\b/i.test(slot)
                    ? 'statement-or-source-phrase'
                    : 'person-role-phrase'
                : /\p{Lu}[\p{L}.'’-]*\s+(?:\S+\s+)?$/u.test(slot)
                  ? 'capitalised-unlinked'
                  : /^[\s,]*$/.test(slot)
                    ? 'nothing'
                    : 'other'
        }`,
      );
    }
    inc(
      `${pre} sentence-has reporting-verb:${REPORTING.test(sentence)} pronoun:${PRONOUN.test(sentence)} role-phrase:${ROLE_PHRASE.test(sentence)}`,
    );
  }
  // Statements no gold quotation matches (scare quotes, titles, words no one in the gold said), by rule.
  for (const s of extracted.statements)
    if (!gold.statements.some((g) => spansMatch(s, g))) inc(`extra statement: rule ${s.rule ?? 'none'}`);
  return k;
}

/** Counts summed over articles, as "key: n" lines sorted by key. */
export function formatKinds(all: Counts[]): string {
  const sum: Counts = {};
  for (const c of all) for (const [key, n] of Object.entries(c)) sum[key] = (sum[key] ?? 0) + n;
  return Object.keys(sum)
    .sort()
    .map((key) => `${key}: ${sum[key]}`)
    .join('\n');
}
