// A country's name set right before "sanctions" (no initialism, no demonym, no possessive) tells whom
// they aim at, not whose they are: in "EU Belarus sanctions", "UK Venezuela sanctions", "Canada's Iran
// sanctions" the sanctioner is the one named before it, so a list told after joins that sanctioner's
// sanctions; with a target after the noun ("Japan sanctions on Russia") the name is still the owner.
// Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const sanctioned = (title: string, body: string) =>
  extractChecked(title, body).rels.filter((r) => r.includes(' SANCTIONED '));
const LIST = '\n\nThe list includes Ivan Petrov and Oleg Sokolov.';

describe('a country named right before "sanctions" is whom they aim at', () => {
  it.each([
    [
      'First wave of EU Belarus sanctions names two ministers',
      'Officials spoke on Monday.',
      'European Union',
    ],
    ['News', 'A new round of UK Venezuela sanctions was announced on Monday.', 'United Kingdom'],
    ['News', "Canada's Iran sanctions took effect on Monday.", 'Canada'],
  ])(
    'when "%s" / "%s", then the list is sanctioned by %s, not by the country aimed at',
    (title, body, by) => {
      expect(sanctioned(title, body + LIST)).toEqual([
        `${by} SANCTIONED Ivan Petrov`,
        `${by} SANCTIONED Oleg Sokolov`,
      ]);
    },
  );

  it('when a target follows the noun, then the name before it is still the sanctioner', () => {
    expect(sanctioned('News', 'Japan sanctions on Russia took effect on Monday.' + LIST)).toEqual([
      'Japan SANCTIONED Russia',
      'Japan SANCTIONED Ivan Petrov',
      'Japan SANCTIONED Oleg Sokolov',
    ]);
  });

  it.each([
    ['Canadian sanctions took effect on Monday.', 'Canada'],
    ['US sanctions took effect on Monday.', 'United States'],
  ])('when "%s" (a demonym or an initialism), then it is whose they are', (body, by) => {
    expect(sanctioned('News', body + LIST)).toEqual([
      `${by} SANCTIONED Ivan Petrov`,
      `${by} SANCTIONED Oleg Sokolov`,
    ]);
  });
});
