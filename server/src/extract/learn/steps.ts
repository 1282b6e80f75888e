// The learned steps of the extractor, in one list: what `npm run train` trains and the models test
// checks. Each step turns the rules' output on one page (extracted with `learned: false`) and the page's
// gold into labelled examples; its model file is server/src/extract/learn/models/<name>.json, read by
// the step's own runtime code. Steps are trained on the real corpus's dev split only.
import type { AnnotationDocument } from '@dossier/model';
import type { ExtractResult } from '../types.js';
import type { Example, TrainOptions } from './logistic.js';
import { chooseEntityThreshold, ENTITIES_ABOUT, entityExamples } from './entities/step.js';
import { eventExamples, prepareVocabulary } from './events/examples.js';
import { speakersStep } from './speakers/step.js';

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
  /**
   * Optional, called once with every training page before `examples`: what the step learns from the pages
   * as a whole (a vocabulary of words seen on several pages, so no page's own words become features).
   */
  prepare?(pages: readonly TrainingPage[]): void;
  examples(page: TrainingPage): Example[];
  /** The decision threshold, from the out-of-fold curve on the dev pages (never from the blind split). */
  chooseThreshold(curve: readonly CurvePoint[]): number;
  options?: TrainOptions;
}

/** The lowest threshold whose out-of-fold precision reaches `precision` (else the highest). */
export function lowestWithPrecision(curve: readonly CurvePoint[], precision: number): number {
  const ok = curve.filter((p) => p.predicted > 0 && p.precision >= precision);
  return ok.length ? ok[0]!.threshold : curve[curve.length - 1]!.threshold;
}

export const LEARNED_STEPS: readonly LearnedStep[] = [
  // Names the rules did not keep: a Person, Organization or Place, or nothing (learn/entities/).
  {
    name: 'entities',
    about: ENTITIES_ABOUT,
    examples: entityExamples,
    chooseThreshold: chooseEntityThreshold,
  },
  // Events of types the rules found none of in the article (learn/events/).
  {
    name: 'events',
    about:
      'Does this sentence report an event of this type, of which the rules found none in the article? One weight set per type (features prefixed by it).',
    prepare: prepareVocabulary,
    examples: eventExamples,
    // 0.85 on this curve: end to end out of fold (each dev page extracted with the model of the other
    // folds), lower thresholds added wrong events and no right one.
    chooseThreshold: (curve) => lowestWithPrecision(curve, 0.85),
    options: { l2: 0.03 },
  },
  speakersStep,
];
