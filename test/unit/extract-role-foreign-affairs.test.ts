// "The foreign affairs minister" is the foreign minister the article named, by either title (session 29):
// "Foreign Affairs Minister Winston Peters …" then "The foreign affairs minister has landed in …", and a
// "Foreign Minister" named first. A "foreign affairs minister" with no such person named stays no one.
// "The deputy foreign minister" is the deputy named before.
// Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { relationsOfType, speakerOf, extract } from '../helpers/extract-text.js';

describe('"the foreign affairs minister" is the foreign minister named before', () => {
  it.each([
    [
      'Foreign Affairs Minister Winston Peters is on a tour of Pacific nations.',
      'The foreign affairs minister has landed in Fiji for the first leg of his Pacific tour.',
      ['Winston Peters ARRIVED_IN Fiji'],
    ],
    [
      'Foreign Minister Winston Peters is on a tour of Pacific nations.',
      'The foreign affairs minister has landed in Fiji for the first leg of his Pacific tour.',
      ['Winston Peters ARRIVED_IN Fiji'],
    ],
    [
      'Prime Minister Christopher Luxon is on a tour of Pacific nations.',
      'The foreign affairs minister has landed in Fiji for the first leg of his Pacific tour.',
      [],
    ],
  ])('when "%s" then "%s", then %j', (first, second, rels) => {
    expect(relationsOfType('ARRIVED_IN', 'Pacific tour', `${first}\n\n${second}`)).toEqual(rels);
  });
});

describe('"the deputy foreign minister" is the deputy named before', () => {
  const first =
    'Iran has named an ambassador to Abu Dhabi, Deputy Foreign Minister for Political Affairs Ali Bagheri Kani announced.';
  it("when the deputy's role opens a quotation's sentence, then he speaks", () => {
    const d = extract(
      `Iran names envoy\n\n${first}\n\nThe deputy foreign minister for political affairs reiterated, "Our concern is that the talks should not be mixed with the daily lives of the people."`,
    );
    expect(speakerOf(d, 'Our concern')).toBe('Ali Bagheri Kani');
  });
});
