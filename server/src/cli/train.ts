// `npm run train [-- <step> ...] [--check]`: trains the extractor's learned steps (extract/learn/steps.ts)
// on the real corpus's dev split and writes each model to server/src/extract/learn/models/<name>.json.
// Prints, per step, the out-of-fold (5-fold, by article) precision/recall curve the threshold is chosen
// from. The blind split is never read. `--check` retrains and compares with the committed files instead
// of writing them (exit 1 when one differs: a rule changed what the model learns from; run `npm run train`).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import { LEARNED_STEPS, type LearnedStep, type TrainingPage } from '../extract/learn/steps.js';
import { crossValidate, precisionRecall, train, type LogisticModel } from '../extract/learn/logistic.js';
import { extractEvalArticle, readEvalSet, SETS } from './eval.js';

export const MODELS_DIR = join(PROJECT_ROOT, 'server', 'src', 'extract', 'learn', 'models');
const THRESHOLDS = Array.from({ length: 19 }, (_, i) => Math.round((0.05 + i * 0.05) * 100) / 100);

/** The dev pages as the rules alone see them. */
export function trainingPages(): TrainingPage[] {
  return readEvalSet(SETS.real, 'dev').map((a) => ({
    id: a.entry.id,
    result: extractEvalArticle(a, true, false),
    gold: a.gold,
  }));
}

/** Trains one step: its model (threshold chosen from the cross-validated curve) and the curve. */
export function trainStep(step: LearnedStep, pages: readonly TrainingPage[]) {
  step.prepare?.(pages);
  const examples = pages.flatMap((p) => step.examples(p));
  const probabilities = crossValidate(examples, 5, step.options);
  const scored = examples.map((e) => e.scored !== false);
  const curve = precisionRecall(
    probabilities.filter((_, i) => scored[i]),
    examples.filter((_, i) => scored[i]).map((e) => e.label),
    THRESHOLDS,
  );
  const model: LogisticModel = {
    ...train(examples, step.about, step.options),
    threshold: step.chooseThreshold(curve),
  };
  return { model, curve, examples: examples.length, positives: examples.filter((e) => e.label).length };
}

export const modelText = (model: LogisticModel) => `${JSON.stringify(model, null, 1)}\n`;

function main(argv: string[]) {
  const check = argv.includes('--check');
  const names = argv.filter((a) => !a.startsWith('--'));
  const unknown = names.filter((n) => !LEARNED_STEPS.some((s) => s.name === n));
  if (unknown.length) {
    console.error(
      `unknown step(s) ${unknown.join(', ')}; steps: ${LEARNED_STEPS.map((s) => s.name).join(', ')}`,
    );
    return 2;
  }
  const steps = LEARNED_STEPS.filter((s) => !names.length || names.includes(s.name));
  if (!steps.length) {
    console.log('no learned steps registered (server/src/extract/learn/steps.ts)');
    return 0;
  }
  const pages = trainingPages();
  let stale = 0;
  mkdirSync(MODELS_DIR, { recursive: true });
  for (const step of steps) {
    const { model, curve, examples, positives } = trainStep(step, pages);
    console.log(
      `\n${step.name}: ${step.about}\n${examples} examples (${positives} positive) from ${pages.length} dev pages`,
    );
    console.log('threshold  precision  recall  predicted  (out of fold)');
    for (const p of curve)
      console.log(
        `${p.threshold.toFixed(2).padStart(9)}  ${p.precision.toFixed(3).padStart(9)}  ${p.recall.toFixed(3).padStart(6)}  ${String(p.predicted).padStart(9)}${p.threshold === model.threshold ? '  <- chosen' : ''}`,
      );
    const file = join(MODELS_DIR, `${step.name}.json`);
    if (check) {
      let committed = '';
      try {
        committed = readFileSync(file, 'utf8');
      } catch {
        committed = '';
      }
      if (committed !== modelText(model)) {
        stale++;
        console.error(`${file} differs from a retrain: run npm run train -- ${step.name}`);
      }
    } else writeFileSync(file, modelText(model));
  }
  return stale ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
