// The learned entities step on invented sentences: which capitalised names become candidates, the
// features that describe them (word classes and positions, never the words), and how an accepted
// candidate enters the entity index (type, id, mentions at every occurrence, rule id).
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../server/src/extract/entities/index.js';
import { extractArticle } from '../../server/src/extract/index.js';
import { findCandidates, typedFeatures } from '../../server/src/extract/learn/entities/candidates.js';
import { learnedEntities, LEARNED_ENTITY_RULE } from '../../server/src/extract/learn/entities/apply.js';
import { pageTokens } from '../../server/src/extract/learn/entities/step.js';
import type { LogisticModel } from '../../server/src/extract/learn/logistic.js';

const TITLE = 'Talks in the north';
const TEXT = `${TITLE}\nForeign Minister Sergei Lavrov met officials in Paris on Monday and spoke of Qarnil. The Qarnil talks went on.\n`;

function rulesOn(text: string) {
  const { work, toks, sents } = pageTokens(text, TITLE);
  return { work, toks, sents, idx: extractEntities(text, work, toks, sents) };
}

/** A model that makes a place of any name after a preposition of place, and nothing else. */
const placeAfterPreposition: LogisticModel = {
  about: 'test',
  bias: -4,
  weights: { 'Place|prev:place-prep': 8 },
  threshold: 0.5,
};

describe('learned entities step', () => {
  it('offers names the rules did not keep, with word-class and position features', () => {
    const { work, toks, sents, idx } = rulesOn(TEXT);
    const candidates = findCandidates(work, toks, sents, idx.entities);
    const qarnil = candidates.find((c) => c.name === 'Qarnil');
    expect(qarnil?.spans.map((s) => TEXT.slice(s.start, s.end))).toEqual(['Qarnil', 'Qarnil']);
    expect(qarnil?.features).toContain('prev:place-prep');
    expect(qarnil?.features).toContain('mentions=2');
    // Names the rules kept (a known person, a known city) are not candidates again.
    expect(candidates.map((c) => c.name)).not.toContain('Sergei Lavrov');
    expect(candidates.map((c) => c.name)).not.toContain('Paris');
    // No feature carries the name itself.
    expect(typedFeatures(qarnil!, 'Place').join(' ')).not.toMatch(/qarnil/i);
  });

  it('adds an accepted candidate as an entity of the best type, with all its mentions and its rule', () => {
    const { work, toks, sents, idx } = rulesOn(TEXT);
    const added = learnedEntities(TEXT, work, toks, sents, idx, placeAfterPreposition);
    expect(added.map((e) => [e.id, e.type, e.rule])).toEqual([
      ['place:qarnil', 'Place', LEARNED_ENTITY_RULE],
    ]);
    expect(added[0]!.mentions.map((m) => m.text)).toEqual(['Qarnil', 'Qarnil']);
    expect(idx.entities).toContain(added[0]);
    expect(idx.mentions.filter((m) => m.entity === added[0]).length).toBe(2);
    expect(idx.placeByName('Qarnil')).toBe(added[0]);
    // Mentions stay sorted for the later steps.
    expect(idx.mentions.map((m) => m.start)).toEqual(
      [...idx.mentions.map((m) => m.start)].sort((a, b) => a - b),
    );
  });

  it('adds nothing below the threshold', () => {
    const { work, toks, sents, idx } = rulesOn(TEXT);
    const before = idx.entities.length;
    expect(
      learnedEntities(TEXT, work, toks, sents, idx, { ...placeAfterPreposition, threshold: 0.999 }),
    ).toEqual([]);
    expect(idx.entities.length).toBe(before);
  });

  it('takes nothing from an abstaining model (threshold over 1), however sure it is', () => {
    const sure = { ...placeAfterPreposition, bias: 40 };
    const { work, toks, sents, idx } = rulesOn(TEXT);
    expect(learnedEntities(TEXT, work, toks, sents, idx, { ...sure, threshold: 1.01 })).toEqual([]);
    expect(learnedEntities(TEXT, work, toks, sents, idx, { ...sure, threshold: 1 }).length).toBeGreaterThan(
      0,
    );
  });

  it('runs inside the extractor only when learned steps are on', () => {
    const off = extractArticle({ raw: TEXT, meta: { title: TITLE }, learned: false });
    expect(off.document.entities.some((e) => e.rule === LEARNED_ENTITY_RULE)).toBe(false);
    const on = extractArticle({ raw: TEXT, meta: { title: TITLE } });
    for (const e of on.document.entities.filter((x) => x.rule === LEARNED_ENTITY_RULE))
      expect(off.document.entities.map((x) => x.id)).not.toContain(e.id);
  });
});
