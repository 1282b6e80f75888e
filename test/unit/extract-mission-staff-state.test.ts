// Staff of a mission named with its country's own name (session 29): "two officials of the Pakistan High
// Commission", "a diplomat of the Nigeria Embassy", "staff of the Ghana Consulate" are that country's, so
// the expulsion is of the country, as for "the Russian Embassy". A body whose first word is no country
// stays as it is. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

describe("a mission named with its country's name expels as its country", () => {
  it.each([
    [
      'India declared two officials of the Pakistan High Commission persona non grata on Sunday.',
      ['India EXPELLED Pakistan'],
    ],
    ['Ghana expelled a diplomat of the Nigeria Embassy in Accra on Monday.', ['Ghana EXPELLED Nigeria']],
    ['Kenya expelled two officials of the Russian Embassy on Monday.', ['Kenya EXPELLED Russia']],
  ])('when "%s", then %j', (text, rels) => {
    expect(relationsOfType('EXPELLED', 'Expulsion', text)).toEqual(rels);
  });
});
