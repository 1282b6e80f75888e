// "the government said", "a government news release said" with no country tied to the government before:
// the one country the lead has acting speaks (quotes/lead-country.ts via governing-body.ts); no country
// when two act together or none acts. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

const QUOTE = '“We will not tolerate foreign interference,”';
const speaker = (lead: string, credit: string) =>
  speakerOf(extractChecked('Diplomats expelled', `${lead}\n\n${QUOTE} ${credit}.`).d, 'We will not');

describe('a government named by its kind only, after a lead with one country acting', () => {
  const lead = 'OTTAWA - Canada expelled two Chinese diplomats on Friday over alleged interference.';
  it.each([
    'the government said',
    'a government news release said',
    'a government statement said on Friday',
    'a government spokesman said',
  ])('“…,” %s: that country speaks', (credit) => {
    expect(speaker(lead, credit)).toBe('Canada');
  });

  it('past a caption line before the lead, and with "has" before the verb', () => {
    const caption =
      'Canadian Foreign Minister Melanie Joly\n\nCanada has slapped sanctions on 34 Iranian officials.';
    expect(speaker(caption, 'a government news release said')).toBe('Canada');
  });
});

describe('no country guessed', () => {
  it.each([
    'OTTAWA - Canada and Australia expelled Chinese diplomats on Friday.',
    'OTTAWA - Two Chinese diplomats were expelled from Canada on Friday.',
    'OTTAWA - On Friday, Canada expelled two Chinese diplomats, and China recalled its envoy.',
  ])('after "%s"', (lead) => {
    expect(speaker(lead, 'the government said')).toBeUndefined();
  });
});
