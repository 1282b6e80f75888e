// A second person met, coordinated after the first object's adverbial ("met A on Monday and B on
// Tuesday"): two meetings. Negatives: a new clause after "and" ("and B said …", "and later flew to …")
// adds no one. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { meetingCount, metPairs } from '../helpers/extract-text.js';

describe('a second object after an adverbial', () => {
  it('met A on Monday and B on Tuesday; received A in the morning and, later, B', () => {
    const both = ['Anton Berg MET Lena Varga', 'Anton Berg MET Pavel Novak'];
    expect(
      metPairs(
        'News',
        'Austrian Chancellor Anton Berg met Hungarian President Lena Varga on Monday and Czech President Pavel Novak on Tuesday.',
      ),
    ).toEqual(both);
    expect(
      metPairs(
        'News',
        'Austrian Chancellor Anton Berg received Hungarian President Lena Varga in the morning and, later, Czech President Pavel Novak.',
      ),
    ).toEqual(both);
    expect(
      meetingCount(
        'News',
        'Austrian Chancellor Anton Berg met Hungarian President Lena Varga in Budapest and Czech President Pavel Novak in Prague.',
      ),
    ).toBe(2);
  });

  it('a new clause after "and" adds no one', () => {
    const one = ['Anton Berg MET Lena Varga'];
    expect(
      metPairs(
        'News',
        'Austrian Chancellor Anton Berg met Hungarian President Lena Varga on Monday and Czech President Pavel Novak said he welcomed the talks.',
      ),
    ).toEqual(one);
    expect(
      metPairs(
        'News',
        'Austrian Chancellor Anton Berg met Hungarian President Lena Varga on Monday and later flew to Prague.',
      ),
    ).toEqual(one);
  });
});
