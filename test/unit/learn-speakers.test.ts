// The learned speaker step on invented sentences: which candidates a quotation gets and their signals,
// that only quotations the rules left unattributed are decided, and the extractor's hook (learned on/off).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../server/src/extract/index.js';
import type { LogisticModel } from '../../server/src/extract/learn/logistic.js';
import { learnedSpeakers } from '../../server/src/extract/learn/speakers/apply.js';
import { labelledCandidates, speakersStep } from '../../server/src/extract/learn/speakers/step.js';
import { ABSTAIN, type CurvePoint } from '../../server/src/extract/learn/thresholds.js';
import {
  speakerCandidates,
  type EntityView,
  type QuoteView,
} from '../../server/src/extract/learn/speakers/features.js';

const para1 =
  'The ministry of Ruritania recalled its envoy. Foreign Minister Anna Berg said Ruritania was hurt.';
const quote = '“We will answer this firmly.”';
const text = `${para1}\n${quote}`;
const at = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });
const open = text.indexOf('“');
const close = text.indexOf('”');
const q: QuoteView = {
  start: open + 1,
  end: close,
  open,
  close,
  sentence: { start: open, end: text.length },
  paragraph: { start: para1.length + 1, end: text.length },
  speaker: null,
};
const entities: EntityView[] = [
  { id: 'person:anna-berg', type: 'Person', mentions: [at('Anna Berg')] },
  { id: 'place:ruritania', type: 'Place', mentions: [at('Ruritania'), at('Ruritania was')] },
  { id: 'place:elsewhere', type: 'Place', mentions: [] },
];

describe('learned speakers: candidates and features', () => {
  const [cands] = speakerCandidates(text, [q], entities);
  const of = (id: string) => cands!.find((c) => c.entity === id)?.features ?? [];

  it('takes the entities named in the paragraph before, never one not mentioned near', () => {
    expect(cands!.map((c) => c.entity).sort()).toEqual(['person:anna-berg', 'place:ruritania']);
  });

  it('reads a verb of saying after the mention, the type, the side and the quotation standing alone', () => {
    expect(of('person:anna-berg')).toEqual(
      expect.arrayContaining(['type:Person', 'before:say-after', 'before:prev-para', 'whole-para:Person']),
    );
    expect(of('place:ruritania')).not.toContain('before:say-after');
    expect(of('place:ruritania')).toContain('type:Place');
  });

  it('uses no names as features', () => {
    for (const c of cands!) expect(c.features.join(' ')).not.toMatch(/anna|berg|ruritania/i);
  });

  it('the previous attributed quotation gives its speaker as a candidate', () => {
    const earlier: QuoteView = { ...q, start: 0, end: 3, open: 0, close: 3, speaker: 'place:elsewhere' };
    const [, later] = speakerCandidates(text, [earlier, q], entities);
    expect(later!.find((c) => c.entity === 'place:elsewhere')?.features).toContain('prev-speaker');
  });
});

describe('learned speakers: the decision', () => {
  const model: LogisticModel = {
    about: 'test',
    bias: -4,
    weights: { 'before:say-after': 6 },
    threshold: 0.5,
  };

  it('gives an unattributed quotation its top candidate over the threshold', () => {
    expect(learnedSpeakers(text, [q], entities, model)).toEqual(['person:anna-berg']);
  });

  it('leaves a quotation the rules attributed, and one whose best candidate is under the threshold', () => {
    expect(learnedSpeakers(text, [{ ...q, speaker: 'place:ruritania' }], entities, model)).toEqual([null]);
    expect(learnedSpeakers(text, [q], entities, { ...model, threshold: 0.99 })).toEqual([null]);
  });

  it('an abstaining model takes nothing, however sure of a candidate', () => {
    const sure = { ...model, weights: { 'before:say-after': 60 }, threshold: ABSTAIN };
    expect(learnedSpeakers(text, [q], entities, sure)).toEqual([null]);
  });
});

describe('learned speakers: the threshold', () => {
  const point = (threshold: number, predicted: number, truePositives: number): CurvePoint => ({
    threshold,
    precision: truePositives / predicted,
    recall: 0,
    predicted,
    truePositives,
  });

  it('takes the lowest threshold right 85% of the time on at least 10 of the decided quotations', () => {
    const curve = [point(0.5, 20, 10), point(0.7, 12, 11), point(0.9, 10, 10)];
    expect(speakersStep.chooseThreshold(curve)).toBe(0.7);
  });

  it('abstains when no threshold is that right on 10 (not the most precise point, however low)', () => {
    expect(speakersStep.chooseThreshold([point(0.5, 20, 10), point(0.9, 7, 6)])).toBe(ABSTAIN);
  });
});

describe('learned speakers: the examples', () => {
  it('trains on every quotation but scores only those the rules left unattributed', () => {
    const raw =
      'Ruritania recalls envoy\nForeign Minister Anna Berg said: “We will answer this firmly.”\n\nOsterlich left the talks early. A note on the door read “closed until further notice.”';
    const result = extractArticle({ raw, learned: false, debug: true });
    const gold = { ...result.document, statements: [] };
    const quotes = result.quotations ?? [];
    expect(quotes.some((x) => x.speaker) && quotes.some((x) => !x.speaker)).toBe(true);
    const examples = speakersStep.examples({ id: 'invented', result, gold });
    expect(examples.some((e) => e.scored === false)).toBe(true);
    // Every scored example comes from an unattributed quotation: as many as the candidates it has.
    const scored = labelledCandidates({ id: 'invented', result, gold }).filter((c) => c.ruled === null);
    expect(scored.length).toBeGreaterThan(0);
    expect(examples.filter((e) => e.scored).length).toBe(scored.length);
  });
});

describe('learned speakers in the extractor', () => {
  it('adds nothing when learned steps are off, and marks what it adds learned/speakers', () => {
    const raw =
      'Ruritania recalls envoy\nForeign Minister Anna Berg of Ruritania said on Monday the envoy would be recalled.\n“We will answer this firmly. Our patience has limits.”';
    const off = extractArticle({ raw, learned: false, debug: true });
    const on = extractArticle({ raw, debug: true });
    expect(off.document.statements.some((s) => s.rule === 'learned/speakers')).toBe(false);
    // Whatever the committed model decides, the rules' own statements stay, and anything added names its rule.
    for (const s of off.document.statements) expect(on.document.statements).toContainEqual(s);
    for (const s of on.document.statements)
      if (!off.document.statements.some((o) => o.start === s.start)) expect(s.rule).toBe('learned/speakers');
  });
});
