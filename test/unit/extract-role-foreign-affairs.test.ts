// "The foreign affairs minister" is the foreign minister the article named, by either title (session 29):
// "Foreign Affairs Minister Winston Peters …" then "The foreign affairs minister has landed in …", and a
// "Foreign Minister" named first. A "foreign affairs minister" with no such person named stays no one.
// Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

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
