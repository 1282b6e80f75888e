// The learned steps of the extractor, in one list: what `npm run train` trains and the models test
// checks. Each step turns the rules' output on one page (extracted with `learned: false`) and the page's
// gold into labelled examples; its model file is server/src/extract/learn/models/<name>.json, read by
// the step's own runtime code. Steps are trained on the real corpus's dev split only.
import type { AnnotationDocument } from '@dossier/model';
import type { ExtractResult } from '../types.js';
import type { Example, TrainOptions } from './logistic.js';
import { chooseEntityThreshold, ENTITIES_ABOUT, entityExamples } from './entities/step.js';

/** One training page: the rules' output on it (debug on, learned steps off) and its gold. */
export interface TrainingPage {
  id: string;
  result: ExtractResult;
  gold: AnnotationDocument;
}

/** One point of a cross-validated precision/recall curve. */
export interface CurvePoint {
  threshold: number;
  precision: number;
  recall: number;
  predicted: number;
  truePositives: number;
}

export interface LearnedStep {
  /** The model file's name and the rule-id prefix of what the step adds ("learned/<name>"). */
  name: string;
  /** What the model decides, in words. */
  about: string;
  examples(page: TrainingPage): Example[];
  /** The decision threshold, from the out-of-fold curve on the dev pages (never from the blind split). */
  chooseThreshold(curve: readonly CurvePoint[]): number;
  options?: TrainOptions;
}

export const LEARNED_STEPS: readonly LearnedStep[] = [
  // Names the rules did not keep: a Person, Organization or Place, or nothing (learn/entities/).
  {
    name: 'entities',
    about: ENTITIES_ABOUT,
    examples: entityExamples,
    chooseThreshold: chooseEntityThreshold,
  },
];
