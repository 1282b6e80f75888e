// "discussions with B" read as "talks with B": fronted ("During discussions with B, A said"), in a
// prepositional phrase after the clause, and owned ("A's discussions with B"). Negatives: discussions with a
// body or an unnamed group, and one person only, are no meeting. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { meetingCount, metPairs } from '../helpers/extract-text.js';

describe('discussions with a person', () => {
  it('fronted, after the clause, owned', () => {
    const pair = ['Anton Berg MET Lena Varga'];
    expect(
      metPairs(
        'News',
        'During discussions with Hungarian President Lena Varga, Austrian Chancellor Anton Berg stressed energy ties.',
      ),
    ).toEqual(pair);
    expect(
      metPairs(
        'News',
        'Austrian Chancellor Anton Berg stressed energy ties in discussions with Hungarian President Lena Varga on Monday.',
      ),
    ).toEqual(pair);
    expect(
      metPairs(
        'News',
        "Austrian Chancellor Anton Berg's discussions with Hungarian President Lena Varga focused on gas.",
      ),
    ).toEqual(pair);
  });

  it('no meeting with a body, a group, or one person', () => {
    expect(
      meetingCount(
        'News',
        'Austrian Chancellor Anton Berg said Austria was in discussions with the IMF about a loan.',
      ),
    ).toBe(0);
    expect(
      meetingCount('News', 'Austrian Chancellor Anton Berg said discussions with unions would continue.'),
    ).toBe(0);
    expect(
      meetingCount(
        'News',
        'Discussions with Hungarian officials are ongoing, Austrian Chancellor Anton Berg said.',
      ),
    ).toBe(0);
  });
});
