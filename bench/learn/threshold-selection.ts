// Which way of choosing a learned step's threshold holds on pages it was not chosen on? Nested
// cross-validation on the dev pages only: each outer fold's pages are held out, the threshold is chosen
// from the inner out-of-fold curve of the other pages by each selection rule, the model is trained on the
// other pages, and its additions on the held-out pages are counted. The blind split is never read.
// `npx tsx bench/learn/threshold-selection.ts [step]` (default: events). Prints a table per rule.
import { trainingPages } from '../../server/src/cli/train.js';
import {
  crossValidate,
  foldOf,
  precisionRecall,
  probability,
  train,
} from '../../server/src/extract/learn/logistic.js';
import {
  LEARNED_STEPS,
  lowestWithPrecision,
  supportedWithPrecision as supported,
  type CurvePoint,
} from '../../server/src/extract/learn/steps.js';

const THRESHOLDS = Array.from({ length: 19 }, (_, i) => Math.round((0.05 + i * 0.05) * 100) / 100);
const K = 5;

const name = process.argv[2] ?? 'events';
const step = LEARNED_STEPS.find((s) => s.name === name);
if (!step)
  throw new Error(`no learned step "${name}" (steps: ${LEARNED_STEPS.map((s) => s.name).join(', ')})`);

const RULES: Record<string, (c: readonly CurvePoint[]) => number> = {
  "the step's own rule": (c) => step.chooseThreshold(c),
  'precision >= 0.85 (events rule to session 20)': (c) => lowestWithPrecision(c, 0.85),
  'precision >= 0.80': (c) => lowestWithPrecision(c, 0.8),
  'precision >= 0.75': (c) => lowestWithPrecision(c, 0.75),
  'precision >= 0.85 on >= 10 predictions (events rule, sessions 21-24)': (c) => supported(c, 0.85, 10),
  'precision >= 0.80 on >= 10 predictions': (c) => supported(c, 0.8, 10),
  'precision >= 0.85 on >= 20 predictions (events rule from session 25)': (c) => supported(c, 0.85, 20),
  'precision >= 0.80 on >= 20 predictions, never below 0.8': (c) => Math.max(0.8, supported(c, 0.8, 20)),
  'precision >= 0.85 on >= 20 predictions, never below 0.8': (c) => Math.max(0.8, supported(c, 0.85, 20)),
  'precision >= 0.80 on >= 30 predictions, never below 0.8': (c) => Math.max(0.8, supported(c, 0.8, 30)),
};

const pages = trainingPages();
step.prepare?.(pages);
const examples = pages.flatMap((p) => step.examples(p));
const totals = Object.fromEntries(
  Object.keys(RULES).map((r) => [r, { predicted: 0, correct: 0, chosen: [] as number[] }]),
);
let positives = 0;
for (let fold = 0; fold < K; fold++) {
  const trainSet = examples.filter((e) => foldOf(e.group, K) !== fold);
  const held = examples.filter((e) => foldOf(e.group, K) === fold && e.scored !== false);
  positives += held.filter((e) => e.label).length;
  const inner = crossValidate(trainSet, K, step.options);
  const scored = trainSet.map((e) => e.scored !== false);
  const curve = precisionRecall(
    inner.filter((_, i) => scored[i]),
    trainSet.filter((_, i) => scored[i]).map((e) => e.label),
    THRESHOLDS,
  );
  const model = train(trainSet, step.about, step.options);
  const probs = held.map((e) => probability(model, e.features));
  for (const [rule, choose] of Object.entries(RULES)) {
    const t = choose(curve);
    const t0 = totals[rule]!;
    t0.chosen.push(t);
    probs.forEach((p, i) => {
      if (p >= t) {
        t0.predicted++;
        if (held[i]!.label) t0.correct++;
      }
    });
  }
}
console.log(
  `\n${name}: nested ${K}-fold cross-validation on ${pages.length} dev pages, ${positives} held-out positives`,
);
console.log(
  '| selection rule | thresholds chosen (per outer fold) | held-out additions | correct | precision |',
);
console.log('|---|---|---|---|---|');
for (const [rule, t] of Object.entries(totals))
  console.log(
    `| ${rule} | ${t.chosen.map((x) => x.toFixed(2)).join(' ')} | ${t.predicted} | ${t.correct} | ${(t.predicted ? t.correct / t.predicted : 1).toFixed(3)} |`,
  );
