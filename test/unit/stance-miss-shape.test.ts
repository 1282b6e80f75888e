// The shape of a missed stance pair whose evidence names both parties (eval/stance-miss-shape.ts), as word
// classes and fixed-lexicon words only: on an invented article whose CRITICIZED pair the extraction is
// scored without, so that the pair is missed with both entities found and no event between them.
import { describe, expect, it } from 'vitest';
import { addPairEventKinds, type KindCounts } from '../../server/src/extract/eval/pair-kinds.js';
import { extractChecked } from '../helpers/extract-text.js';

describe('stance miss shape', () => {
  const { d } = extractChecked(
    'Minister condemns envoy',
    'Foreign Minister Anna Berg condemned the remarks of Ambassador Tomas Rell as unacceptable on Monday.',
  );

  it('gives order, gap, stance and judging words of a missed CRITICIZED pair', () => {
    const criticized = d.relations.filter((r) => r.type === 'CRITICIZED');
    expect(criticized.length).toBeGreaterThan(0);
    const k: KindCounts = {};
    addPairEventKinds(k, { ...d, relations: d.relations.filter((r) => r.type !== 'CRITICIZED') }, d);
    const shape = Object.keys(k).filter((x) => x.startsWith('pair missed CRITICIZED no-event shape'));
    expect(shape).toEqual(
      expect.arrayContaining([
        'pair missed CRITICIZED no-event shape order:source-first gap-words:3-6',
        'pair missed CRITICIZED no-event shape stance-words:condemned',
        'pair missed CRITICIZED no-event shape judging-words:unacceptable',
        'pair missed CRITICIZED no-event shape quote:none',
      ]),
    );
    expect(shape.join(' ')).not.toMatch(/Berg|Rell/);
  });
});
