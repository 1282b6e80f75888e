// Kinds of the sentence around a quotation left without its right speaker, as counts only from closed
// classes (no word of the text is ever returned, so the blind split can be read this way): what opens the
// quotation's sentence (the gold speaker's mention, another entity, a body by its kind, a pronoun, the
// quotation itself …), what kind of word follows that opening phrase (a verb of saying, another verb in
// the past or present tense), whether the quotation is in the headline paragraph, how long it is, and
// for a quotation opening its line, how the line before ends. Pure; printed with `--kinds`.
import type { AnnotationDocument } from '@dossier/model';
import type { FoundQuotation } from '../types.js';
import { isVerb } from '../context.js';
import { BODY_KIND } from '../quotes/speaker-phrases.js';
import { COLLECTIVE } from '../quotes/collective-body.js';
import { SPEECH_BEFORE } from '../quotes/speech-subject.js';
import { mapEntities } from './score.js';
import { spansMatch } from './spans.js';

type Counts = Record<string, number>;

/** The class of the first word after `at` (a verb of saying, a past or present verb, an auxiliary …). */
function wordClass(text: string, at: number): string {
  const w = /^[\s,]*(?:(?:has|have|had|also|on\s+\p{Lu}\p{Ll}+|\p{Ll}+ly)\s+)*(\p{Ll}+)/u.exec(
    text.slice(at, at + 60),
  )?.[1];
  if (!w) return 'none';
  if (new RegExp(`^(?:${SPEECH_BEFORE.source})$`, 'i').test(w)) return 'speech';
  if (/^(?:is|are|was|were|will|would|must|should|can|could|may|might|does|did)$/.test(w)) return 'aux';
  if (isVerb(w)) return /ed$/.test(w) ? 'verb-past' : /s$/.test(w) ? 'verb-present' : 'verb-other';
  return 'other';
}

export function sentenceShapeKinds(
  text: string,
  extracted: AnnotationDocument,
  found: FoundQuotation[],
  gold: AnnotationDocument,
): Counts {
  const k: Counts = {};
  const inc = (key: string) => (k[key] = (k[key] ?? 0) + 1);
  const toGold = mapEntities(extracted, gold);
  const goldType = new Map(gold.entities.map((e) => [e.id, e.type]));
  const mentions = extracted.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, e })));
  for (const g of gold.statements) {
    const st = extracted.statements.filter((s) => spansMatch(s, g));
    if (st.some((s) => toGold.get(s.speaker) === g.speaker)) continue;
    const q = found.find((x) => spansMatch(x, g));
    if (!q) continue;
    const pre = `shape ${st.length ? 'wrong' : 'unattributed'} ${goldType.get(g.speaker) ?? 'unknown'}:`;
    // The opening phrase of the sentence, after a lead closed by a comma ("On Monday, …").
    const sent = text.slice(q.sentence.start, q.open);
    const lead = /^\s*(?:[^,“”"]{0,40},\s*)?/.exec(sent)![0];
    const at = q.sentence.start + lead.length;
    const m = mentions.find((x) => x.start >= at && /^(?:the\s+)?$/i.test(text.slice(at, x.start).trim()));
    const rest = text.slice(at, q.open);
    let opener: string;
    let end = at;
    if (at >= q.open) opener = 'the-quotation';
    else if (m && m.start < q.open) {
      opener = toGold.get(m.e.id) === g.speaker ? 'gold-mention' : `other-${m.e.type}`;
      end = m.end;
    } else if (BODY_KIND.test(rest)) [opener, end] = ['body-kind', at + BODY_KIND.exec(rest)![0].length];
    else if (COLLECTIVE.test(rest)) [opener, end] = ['collective', at + COLLECTIVE.exec(rest)![0].length];
    else if (/^(?:it|they)\b/i.test(rest)) [opener, end] = ['it-they', at + 4];
    else if (/^(?:he|she)\b/i.test(rest)) [opener, end] = ['he-she', at + 3];
    else if (/^the\s+\p{Ll}/u.test(rest)) opener = 'the-lowercase';
    else if (/^\p{Lu}/u.test(rest)) opener = 'capitalised';
    else opener = 'other';
    inc(`${pre} opener ${opener}${lead.trim() ? ' after-lead' : ''}`);
    if (end > at) inc(`${pre} after-opener ${wordClass(text, end)}`);
    inc(`${pre} headline-paragraph ${!/\S/.test(text.slice(0, q.paragraph.start))}`);
    const words = text.slice(q.start, q.end).split(/\s+/).filter(Boolean).length;
    inc(`${pre} words ${words <= 3 ? '1-3' : words <= 10 ? '4-10' : '11+'}`);
    if (!/\S/.test(text.slice(q.paragraph.start, q.open))) {
      const before = text.slice(Math.max(0, q.paragraph.start - 200), q.paragraph.start).trimEnd();
      inc(
        `${pre} line-before-ends ${/:$/.test(before) ? 'colon' : /[”"]$/.test(before) ? 'quote' : /[.!?]$/.test(before) ? 'stop' : 'other'}`,
      );
      const orgs = mentions.filter(
        (x) => x.end <= q.open && q.open - x.end < 400 && toGold.get(x.e.id) === g.speaker,
      ).length;
      inc(`${pre} gold-mentions-400-before ${Math.min(orgs, 2)}`);
      const last = mentions
        .filter((x) => x.end <= q.open && toGold.get(x.e.id) === g.speaker)
        .map((x) => q.open - x.end)
        .sort((a, b) => a - b)[0];
      inc(
        `${pre} nearest-gold-before ${last === undefined ? 'none' : last < 1000 ? '<1000' : last < 3000 ? '<3000' : '3000+'}`,
      );
      const prevPara = text.slice(Math.max(0, q.paragraph.start - 600), q.paragraph.start);
      const lastPara =
        prevPara
          .trimEnd()
          .split(/\n\s*\n|\n/)
          .pop() ?? '';
      inc(
        `${pre} line-before statement-word:${/\b(?:statement|release|communiqu|said|says|added|wrote|reads?)\b/i.test(lastPara)} quote:${/[“”"]/.test(lastPara)}`,
      );
      // The sentence before the line: whether it names the gold speaker, and how it opens.
      const prevEnd = text.slice(0, q.paragraph.start).trimEnd().length;
      const prevStart = Math.max(
        text.lastIndexOf('\n', prevEnd - 1) + 1,
        ...[...text.slice(0, prevEnd - 1).matchAll(/[.!?]\s+(?=\p{Lu})/gu)].map((x) => x.index + x[0].length),
      );
      const goldIn = mentions.some(
        (x) => x.start >= prevStart && x.end <= prevEnd && toGold.get(x.e.id) === g.speaker,
      );
      const first = mentions.find((x) => x.start >= prevStart && x.end <= prevEnd);
      const opensWith = first && /^(?:[^,]{0,40},\s*)?(?:the\s+)?$/i.test(text.slice(prevStart, first.start));
      const r2 = text.slice(prevStart, prevEnd).replace(/^\s*(?:[^,“”"]{0,40},\s*)?/, '');
      const cls = BODY_KIND.test(r2)
        ? 'body-kind'
        : COLLECTIVE.test(r2)
          ? 'collective'
          : /^(?:it|they)\b/i.test(r2)
            ? 'it-they'
            : /^(?:he|she)\b/i.test(r2)
              ? 'he-she'
              : /^the\s+(?:\p{Ll}+\s+)?(?:statement|release|communiqu|note|letter|text|document)/iu.test(r2)
                ? 'the-statement'
                : /^[“"]/.test(r2)
                  ? 'quotation'
                  : /^the\s+\p{Ll}/iu.test(r2)
                    ? 'the-lowercase'
                    : /^\p{Lu}/u.test(r2)
                      ? 'capitalised'
                      : 'other';
      inc(
        `${pre} sentence-before-opens ${cls} ends:${/:\s*$/.test(text.slice(prevStart, prevEnd)) ? 'colon' : 'other'}`,
      );
      inc(
        `${pre} sentence-before gold:${goldIn} opens-with:${!opensWith ? 'no-entity' : toGold.get(first!.e.id) === g.speaker ? 'gold' : first!.e.type} ${opensWith ? wordClass(text, first!.end) : ''}`,
      );
      const earlier = found.filter((x) => x.close < q.open && x.speaker).pop();
      inc(
        `${pre} previous-found ${!earlier ? 'none' : toGold.get(earlier.speaker!) === g.speaker ? 'gold' : 'other'}`,
      );
    }
  }
  return k;
}
