// The learned speaker step at run time: for each quotation the rules left without a speaker, the
// candidate (features.ts) the model (models/speakers.json, trained by `npm run train -- speakers`) finds
// likeliest, when its probability reaches the model's threshold. Runs after the rules' attribution and
// only when `ExtractInput.learned !== false`; the extractor marks what it adds `learned/speakers`.
import type { Entity } from '../../entities/index.js';
import type { Quote } from '../../quotes/index.js';
import type { LogisticModel } from '../logistic.js';
import { probability } from '../logistic.js';
import model from '../models/speakers.json' with { type: 'json' };
import {
  maySpeak,
  speakerCandidates,
  undecided,
  type EntityView,
  type QuoteView,
  type Span,
} from './features.js';

export const SPEAKERS_RULE = 'learned/speakers';

/** Per quotation, the entity id the model gives it (only for quotations the rules left unattributed). */
export function learnedSpeakers(
  text: string,
  quotes: readonly QuoteView[],
  entities: readonly EntityView[],
  m: LogisticModel = model,
): (string | null)[] {
  const decide = (q: QuoteView) => undecided(q) && maySpeak(text, q);
  // An abstaining model (threshold over 1) takes nothing: no candidates to read.
  if (m.threshold > 1 || !quotes.some(decide)) return quotes.map(() => null);
  const cands = speakerCandidates(text, quotes, entities, decide);
  return quotes.map((q, i) => {
    if (!decide(q)) return null;
    let best: string | null = null;
    let bestP = -1;
    for (const c of cands[i]!) {
      const p = probability(m, c.features);
      if (p > bestP) [best, bestP] = [c.entity, p];
    }
    return bestP >= m.threshold ? best : null;
  });
}

/** The extractor's hook: gives each unattributed quotation the model's speaker, marked `learned/speakers`. */
export function attributeLearnedSpeakers(
  text: string,
  quotes: Quote[],
  paras: readonly Span[],
  sentenceAt: (pos: number) => Span | undefined,
  entities: readonly Entity[],
): void {
  const span = (s: Span | undefined) => ({ start: s?.start ?? 0, end: s?.end ?? 0 });
  const views: QuoteView[] = quotes.map((q) => ({
    start: q.start,
    end: q.end,
    open: q.open,
    close: q.close,
    sentence: span(sentenceAt(q.open)),
    paragraph: span(paras.find((p) => p.start <= q.open && q.open <= p.end)),
    speaker: q.speaker?.id ?? null,
  }));
  const chosen = learnedSpeakers(text, views, entities);
  chosen.forEach((id, i) => {
    const speaker = id ? entities.find((e) => e.id === id) : undefined;
    if (!speaker) return;
    quotes[i]!.speaker = speaker;
    quotes[i]!.rule = SPEAKERS_RULE;
  });
}
