// The aggregate kinds of gold events lost to the one-to-one matching (server/src/extract/eval/event-share-kinds.ts):
// counts only, on an invented article scored against a copy of its extraction with one event doubled.
import { describe, expect, it } from 'vitest';
import { addEventShareKinds } from '../../server/src/extract/eval/event-share-kinds.js';
import type { KindCounts } from '../../server/src/extract/eval/pair-kinds.js';
import { extractChecked } from '../helpers/extract-text.js';

describe('event share kinds', () => {
  const { d } = extractChecked(
    'Ministers meet',
    'Foreign Minister Elena Varga met Peter Otieno in Lima on Monday.',
  );

  it('counts nothing against the extraction itself', () => {
    const k: KindCounts = {};
    addEventShareKinds(k, d, d);
    expect(k).toEqual({});
  });

  it('counts a second gold event on the evidence of the one extracted event', () => {
    const k: KindCounts = {};
    const ev = d.events[0]!;
    addEventShareKinds(k, d, { ...d, events: [ev, { ...ev, id: `${ev.id}-2`, date: null }] });
    expect(k['event-shared meeting TOTAL']).toBe(1);
    expect(k['event-shared meeting gold-of-type-on-evidence:2']).toBe(1);
    expect(k['event-shared meeting extracted-evidence-spans:1']).toBe(1);
  });
});
