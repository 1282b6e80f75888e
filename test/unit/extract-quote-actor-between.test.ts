// A quotation standing alone after a sentence in which another person acts: the speaker of an earlier
// quotation does not carry over past it (quotes/index.ts cueBefore); the person acting speaks when the
// quotation follows that sentence (paragraph-pass.ts). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

const LEAD = 'MOSCOW - Russia expelled two Estonian diplomats on Friday.';
const FIRST = '“We will respond,” Estonian Prime Minister Kaja Kallas said.';
const END = '\n\nThe diplomats have a week to leave the country.';
const speaker = (between: string) =>
  speakerOf(
    extractChecked(
      'Diplomatic row',
      `${LEAD}\n\n${FIRST}${between}“Enough is enough, and Moscow knows it.”${END}`,
    ).d,
    'Enough is enough',
  );

describe('another person acting between two quotations', () => {
  it.each([
    ' Latvian Foreign Minister Baiba Braze summoned the Russian envoy on Saturday. ',
    '\n\nLatvian Foreign Minister Baiba Braze echoed her. ',
  ])('“…,” Kallas said.%s“…”: that person speaks, not Kallas', (between) => {
    expect(speaker(between)).toBe('Baiba Braze');
  });

  it('the same person acting again keeps the quotation', () => {
    expect(speaker(' Kaja Kallas later summoned the Russian envoy. ')).toBe('Kaja Kallas');
  });
});
