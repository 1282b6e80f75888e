// Meetings told as a series or a number of them (session 32): "held a series of bilateral meetings with A",
// "held a number of bilateral meetings with leaders including A" (as "rounds of talks" were read before);
// no meeting of a series of something else. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { metPairs } from '../helpers/extract-text.js';

const title = 'Minister abroad';

describe('a series or a number of meetings', () => {
  it('meets the persons after "with"', () => {
    expect(
      metPairs(
        title,
        'Foreign Minister Oskar Valberg held a series of bilateral meetings with Trade Minister Tamsin Orloff and Finance Minister Radomir Kesk.',
      ),
    ).toEqual(['Oskar Valberg MET Radomir Kesk', 'Oskar Valberg MET Tamsin Orloff']);
    expect(
      metPairs(
        title,
        'Prime Minister Oskar Valberg held a number of bilateral meetings with leaders including Estonian Prime Minister Tamsin Orloff.',
      ),
    ).toEqual(['Oskar Valberg MET Tamsin Orloff']);
  });

  it('is no meeting when the series is of something else', () => {
    expect(
      metPairs(
        title,
        'Prime Minister Oskar Valberg held a series of press conferences with reporters in Tallinn, Tamsin Orloff said.',
      ),
    ).toEqual([]);
  });
});
