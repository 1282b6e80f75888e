// The shared logistic learner: it learns a separable rule, is deterministic, and its cross-validation
// never scores an article with a model that saw it.
import { describe, expect, it } from 'vitest';
import {
  CompiledModel,
  crossValidate,
  foldOf,
  precisionRecall,
  probability,
  train,
  type Example,
} from '../../server/src/extract/learn/logistic.js';

// Label 1 exactly when the feature "verb=met" is present; "noise=*" features carry no signal.
const examples: Example[] = Array.from({ length: 200 }, (_, i) => ({
  features: [i % 2 ? 'verb=met' : 'verb=said', `noise=${i % 7}`, `group-size=${i % 3}`],
  label: (i % 2) as 0 | 1,
  group: `article-${i % 20}`,
}));

describe('logistic learner', () => {
  it('learns which feature decides the label', () => {
    const model = train(examples, 'met or not');
    expect(probability(model, ['verb=met', 'noise=3'])).toBeGreaterThan(0.9);
    expect(probability(model, ['verb=said', 'noise=3'])).toBeLessThan(0.1);
    expect(Math.abs(model.weights['verb=met']!)).toBeGreaterThan(Math.abs(model.weights['noise=3'] ?? 0));
  });

  it('gives the same model for the same examples and seed, and another for another seed order', () => {
    expect(JSON.stringify(train(examples, 'x'))).toBe(JSON.stringify(train(examples, 'x')));
    const shuffled = [...examples].reverse();
    expect(train(shuffled, 'x', { seed: 2 }).bias).not.toBe(train(examples, 'x', { seed: 1 }).bias);
  });

  it('cross-validates by article: a held-out article is scored by a model that never saw it', () => {
    // Each article's label is carried only by a feature unique to that article: a model that had seen the
    // article would score it perfectly; one that had not can only give every example of its fold the bias.
    const byArticle: Example[] = Array.from({ length: 200 }, (_, i) => ({
      features: [`only-in=article-${i % 20}`],
      label: ((i % 20) % 2) as 0 | 1,
      group: `article-${i % 20}`,
    }));
    expect(new Set(byArticle.map((ex) => foldOf(ex.group, 5))).size).toBeGreaterThan(1);
    const p = crossValidate(byArticle, 5);
    const perFold = new Map<number, Set<number>>();
    byArticle.forEach((ex, i) => {
      const fold = foldOf(ex.group, 5);
      perFold.set(fold, (perFold.get(fold) ?? new Set()).add(p[i]!));
    });
    for (const values of perFold.values()) expect(values.size).toBe(1);
    expect(probability(train(byArticle, 'seen'), ['only-in=article-1'])).toBeGreaterThan(0.9);
  });

  it('reports precision and recall per threshold', () => {
    const [low, high] = precisionRecall([0.9, 0.6, 0.2, 0.8], [1, 0, 1, 1], [0.5, 0.85]);
    expect(low).toMatchObject({ predicted: 3, truePositives: 2, recall: 2 / 3 });
    expect(high).toMatchObject({ predicted: 1, truePositives: 1, precision: 1, recall: 1 / 3 });
  });

  it('scores crossed features compiled as it scores the crossed strings', () => {
    const model = {
      bias: -0.5,
      threshold: 0.5,
      weights: { Person: 0.3, 'Person|a': 1.2, 'Place|a': -0.7, 'any|a': 0.4, 'any|b': -0.2, 'Place|b': 0.9 },
    };
    const compiled = new CompiledModel(model);
    const crossed = ['a', 'b', 'unknown'];
    const [person, place, org] = compiled.crossedProbabilities(
      ['Person', 'Place', 'Organization'],
      crossed,
      ['any'],
      (type) => [type],
    );
    const strings = (type: string) => [type, ...crossed.flatMap((f) => [`${type}|${f}`, `any|${f}`])];
    expect(person).toBeCloseTo(probability(model, strings('Person')), 12);
    expect(place).toBeCloseTo(probability(model, strings('Place')), 12);
    expect(org).toBeCloseTo(probability(model, strings('Organization')), 12);
    expect(compiled.probability(['Person', 'any|b'])).toBeCloseTo(
      probability(model, ['Person', 'any|b']),
      12,
    );
    expect(compiled.weight('Place|b')).toBe(0.9);
  });
});
