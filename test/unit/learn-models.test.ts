// The learned steps' committed models are what a retrain on the dev pages gives, byte for byte: a rule
// change that alters what a model learns from makes this fail (run `npm run train`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODELS_DIR, modelText, trainingPages, trainStep } from '../../server/src/cli/train.js';
import { LEARNED_STEPS } from '../../server/src/extract/learn/steps.js';

describe('learned models', () => {
  it('registers at least one learned step', () => {
    expect(LEARNED_STEPS.length).toBeGreaterThan(0);
  });

  it('each committed model equals a retrain on the dev pages', () => {
    const pages = trainingPages();
    for (const step of LEARNED_STEPS) {
      const committed = readFileSync(join(MODELS_DIR, `${step.name}.json`), 'utf8');
      expect(modelText(trainStep(step, pages).model), step.name).toBe(committed);
    }
  }, 300_000);
});
