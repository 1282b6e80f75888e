// The measures the real-pages set (test/fixtures/real) is judged by, and their targets (issue 9), all
// micro-averaged over the articles scored: entity F1; gold quotations found with their right speaker,
// as a fraction of gold quotations; the unordered entity pairs any relation links (type-agnostic),
// recall at precision; events, recall and precision (the event matching of score.ts).
import {
  formatColumns,
  fractionCell,
  prf,
  prfCell,
  quotesWithSpeaker,
  total,
  type ArticleScore,
} from './score.js';

export const REAL_TARGETS = {
  entitiesF1: 0.92,
  quotesWithSpeaker: 0.85,
  pairsRecall: 0.6,
  pairsPrecision: 0.75,
  eventsRecall: 0.8,
  eventsPrecision: 0.8,
} as const;

export interface Measure {
  name: string;
  value: number;
  target: number;
  met: boolean;
}

/** The six figures of the four targets, each with its target and whether it is met. */
export function realMeasures(scores: ArticleScore[]): Measure[] {
  const t = total(scores);
  const pairs = prf(t.pairs);
  const events = prf(t.events);
  return [
    { name: 'entities F1', value: prf(t.entities).f1, target: REAL_TARGETS.entitiesF1 },
    {
      name: 'quotes with the right speaker',
      value: quotesWithSpeaker(t),
      target: REAL_TARGETS.quotesWithSpeaker,
    },
    { name: 'entity pairs recall', value: pairs.r, target: REAL_TARGETS.pairsRecall },
    { name: 'entity pairs precision', value: pairs.p, target: REAL_TARGETS.pairsPrecision },
    { name: 'events recall', value: events.r, target: REAL_TARGETS.eventsRecall },
    { name: 'events precision', value: events.p, target: REAL_TARGETS.eventsPrecision },
  ].map((m) => ({ ...m, met: m.value >= m.target }));
}

/** Per-article table of the measures (typed relations F1 last, for information). */
export function formatRealTable(scores: ArticleScore[]): string {
  return formatColumns(scores, [
    { head: 'entities P R F1', cell: (r) => prfCell(r.entities) },
    {
      head: 'quotes w/ speaker',
      cell: (r) => fractionCell(r.speakers.correct, r.statements.tp + r.statements.fn),
    },
    { head: 'pairs P R F1', cell: (r) => prfCell(r.pairs) },
    { head: 'events P R F1', cell: (r) => prfCell(r.events) },
    { head: 'relations P R F1', cell: (r) => prfCell(r.relations) },
  ]);
}

/** "MET     name: 0.912 (target ≥ 0.92)" lines. */
export function formatMeasures(measures: Measure[]): string {
  return measures
    .map((m) => `${m.met ? 'MET    ' : 'NOT MET'} ${m.name}: ${m.value.toFixed(3)} (target ≥ ${m.target})`)
    .join('\n');
}
