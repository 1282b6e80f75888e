// Training examples of the learned event step (training only; the run-time step is step.ts). Every body
// sentence of a dev page gives one example per event type, labelled 1 when a gold event of that type has
// evidence overlapping the sentence: the model learns what a sentence reporting a meeting or a summons
// looks like from all of them. Only the candidates (no rule event of the type in the sentence, see
// candidateTypes) are scored on the out-of-fold curve: that is where the step acts. The rules' own event
// of the same type is no feature (it would only say "the rules found it"). Word and verb features
// count only when they occur on at least MIN_PAGES dev pages (`prepareVocabulary`).
import type { AnnotationDocument } from '@dossier/model';
import type { ExtractResult } from '../../types.js';
import type { Example } from '../logistic.js';
import { candidateFeatures, candidateTypes, EVENT_TYPES, sentenceFeatures } from './features.js';
import { viewOfResult } from './view.js';

/** A dev page as steps.ts's TrainingPage (not imported: steps.ts imports this module). */
interface TrainingPage {
  id: string;
  result: ExtractResult;
  gold: AnnotationDocument;
}

const MIN_PAGES = 3;
let vocabulary: ReadonlySet<string> = new Set();

const lexical = (f: string) => /^[wv]:/.test(f);

/** Words and verbs seen on at least MIN_PAGES of the pages. */
export function prepareVocabulary(pages: readonly TrainingPage[]): void {
  const seen = new Map<string, number>();
  for (const p of pages) {
    const view = viewOfResult(p.result);
    if (!view) continue;
    const here = new Set<string>();
    view.sentences.forEach((_, si) => {
      for (const f of sentenceFeatures(view, si).features) if (lexical(f)) here.add(f);
    });
    for (const f of here) seen.set(f, (seen.get(f) ?? 0) + 1);
  }
  vocabulary = new Set([...seen].filter(([, n]) => n >= MIN_PAGES).map(([f]) => f));
}

export function eventExamples(page: TrainingPage): Example[] {
  const view = viewOfResult(page.result);
  if (!view) return [];
  const out: Example[] = [];
  view.sentences.forEach((s, si) => {
    const candidates = new Set(candidateTypes(view, si));
    const features = sentenceFeatures(view, si).features.filter((f) => !lexical(f) || vocabulary.has(f));
    for (const type of EVENT_TYPES) {
      const hit = page.gold.events.some(
        (g) => g.type === type && g.evidence.some((ev) => ev.start < s.end && s.start < ev.end),
      );
      out.push({
        features: candidateFeatures(
          type,
          features.filter((f) => f !== `rule:${type}`),
        ),
        label: hit ? 1 : 0,
        group: page.id,
        scored: candidates.has(type),
      });
    }
  });
  return out;
}
