// A nominal expulsion whose diplomats already have their state, then "from" a place (session 29): the
// place's state expels them, whoever the clause's subject is ("Kyiv condemned the expulsion of 21
// Ukrainian diplomats from Belarus"). Diplomats with no state of their own keep the old reading (the place
// is theirs), and a verb's own subject still expels. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const expelled = (body: string) =>
  extractChecked('Diplomatic row', body)
    .rels.filter((r) => r.includes(' EXPELLED '))
    .sort();

describe('the state diplomats are sent out of expels them', () => {
  it.each([
    ['Kyiv condemned the expulsion of 21 Ukrainian diplomats from Belarus.', ['Belarus EXPELLED Ukraine']],
    ['The move follows the expulsion of two US diplomats from Russia.', ['Russia EXPELLED United States']],
    [
      'The ministry summoned the ambassador to protest over the expulsion of 21 Russian diplomats from Belgium.',
      ['Belgium EXPELLED Russia'],
    ],
    ['Germany announced the expulsion of four Russian diplomats from Berlin.', ['Germany EXPELLED Russia']],
  ])('when "%s", then %j', (text, rels) => {
    expect(expelled(text)).toEqual(rels);
  });
});

describe('without a state of their own, or with a verb, nothing changes', () => {
  it.each([
    // The place may be the diplomats' own: the announcing state expels, as before.
    [
      'Russia announced the expulsion of 23 diplomats from Britain and France.',
      ['Russia EXPELLED France', 'Russia EXPELLED United Kingdom'],
    ],
    ['Russia expelled 21 Ukrainian diplomats from Minsk.', ['Russia EXPELLED Ukraine']],
    // Their own state after "from" is no expeller.
    [
      'Lithuania announced the expulsion of three Russian diplomats from Russia’s embassy.',
      ['Lithuania EXPELLED Russia'],
    ],
  ])('when "%s", then %j', (text, rels) => {
    expect(expelled(text)).toEqual(rels);
  });
});
