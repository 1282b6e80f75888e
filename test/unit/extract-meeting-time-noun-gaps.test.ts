// A time noun in the adverbial between a meeting verb and "with" ("met last night in Brussels with X",
// "met this morning with X"): the person after "with" is met (events/meeting-gaps.ts). A place named in
// the gap is not. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { metPairs } from '../helpers/extract-text.js';

describe('a time noun between the meeting verb and "with"', () => {
  it.each([
    ['Prime Minister Edi Rama met last night in Brussels with Foreign Minister Laila Haddad.'],
    ['Prime Minister Edi Rama met this morning with Foreign Minister Laila Haddad.'],
    ['Prime Minister Edi Rama met late on Tuesday evening with Foreign Minister Laila Haddad.'],
    ['Prime Minister Edi Rama met earlier this week with Foreign Minister Laila Haddad in Tirana.'],
  ])('%s', (body) => {
    expect(metPairs('Talks', body)).toEqual(['Edi Rama MET Laila Haddad']);
  });

  it('without "with" after the gap nothing more is read', () => {
    expect(metPairs('Talks', 'Prime Minister Edi Rama met last night in Brussels.')).toEqual([]);
  });
});
