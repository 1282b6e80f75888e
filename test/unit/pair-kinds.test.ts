// The aggregate kinds of pair and event outcomes (server/src/extract/eval/pair-kinds.ts): counts only, on an
// invented article scored against its own extraction and against a copy with a relation taken away.
import { describe, expect, it } from 'vitest';
import { addPairEventKinds, type KindCounts } from '../../server/src/extract/eval/pair-kinds.js';
import { extractChecked } from '../helpers/extract-text.js';

describe('pair and event kinds', () => {
  const { d } = extractChecked(
    'Ankara summons envoy',
    'The Turkish Foreign Ministry summoned the Swedish ambassador, Staffan Herrstrom, on Monday.',
  );

  it('counts every gold pair and event as found against the extraction itself', () => {
    const k: KindCounts = {};
    addPairEventKinds(k, d, d);
    expect(k['pair found SUMMONED']).toBeGreaterThan(0);
    expect(k['event summons found']).toBe(1);
    expect(Object.keys(k).some((x) => /missed|extra/.test(x))).toBe(false);
  });

  it('says why a pair is missed: both entities in one extracted event', () => {
    const k: KindCounts = {};
    addPairEventKinds(k, { ...d, relations: [] }, d);
    expect(k['pair missed TOTAL both-found']).toBeGreaterThan(0);
    expect(k['pair missed why in-one-extracted-event']).toBe(k['pair missed TOTAL both-found']);
  });
});
