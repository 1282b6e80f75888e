// A verbless sentence of counts after an expulsion (session 44, events/expulsion-tallies.ts): "A expelled
// four X diplomats. B and C three, D two, and E one.": B, C, D and E expel X too. Not when a word other
// than a count follows a list ("three times"), not after anything but an expulsion, not a single part.
// Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const expelled = (body: string) =>
  extractChecked('Diplomatic row', body)
    .rels.filter((r) => r.includes(' EXPELLED '))
    .sort();

describe('a verbless sentence of counts after an expulsion', () => {
  it.each([
    [
      'Norway expelled four Russian diplomats. Austria and Greece three, Malta and Cyprus two, and Ireland one.',
      [
        'Austria EXPELLED Russia',
        'Cyprus EXPELLED Russia',
        'Greece EXPELLED Russia',
        'Ireland EXPELLED Russia',
        'Malta EXPELLED Russia',
        'Norway EXPELLED Russia',
      ],
    ],
    [
      'Iran expelled two French diplomats. The Netherlands and Belgium another two each, Spain one.',
      [
        'Belgium EXPELLED France',
        'Iran EXPELLED France',
        'Netherlands EXPELLED France',
        'Spain EXPELLED France',
      ],
    ],
  ])('when "%s", then %j', (text, rels) => {
    expect(expelled(text)).toEqual(rels);
  });

  it.each([
    [
      'Norway expelled four Russian diplomats. Austria and Greece three times, Malta two.',
      ['Norway EXPELLED Russia'],
    ],
    ['Norway won four medals. Austria and Greece three, Malta and Cyprus two, and Ireland one.', []],
    ['Norway expelled four Russian diplomats. Austria and Greece three.', ['Norway EXPELLED Russia']],
  ])('when "%s", then only %j', (text, rels) => {
    expect(expelled(text)).toEqual(rels);
  });
});
