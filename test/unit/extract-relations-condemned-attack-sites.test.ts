// "condemned the attack outside / near / at / targeting X": X is where the act was done or whom it was done
// to, never the party condemned (as "condemned Russian aggression against Ukraine" already reads it); the
// verb's object or an act's doer after "by" still is. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

const criticized = (title: string, body: string) => relationsOfType('CRITICIZED', title, body);

describe('the site or victim of a condemned attack', () => {
  it('is never the one condemned, whatever the preposition', () => {
    for (const body of [
      'Chile condemned a terrorist attack outside the Spanish Embassy in Lima.',
      'Ghana strongly condemned the bombing near the French consulate in Tripoli on Sunday.',
      'Chile has condemned the shooting at the Israeli embassy in Lima.',
      'Peru condemned the attack targeting the Chinese embassy in Lima.',
    ])
      expect(criticized('Attack draws reactions', body)).toEqual([]);
  });

  it('is never the one condemned in a headline either', () => {
    expect(
      criticized(
        'Ghana condemns suicide attack outside Turkish Embassy in Kabul',
        'Ghana has strongly condemned the suicide attack, the ministry said.',
      ),
    ).toEqual([]);
  });

  it('still gives the verb\'s object and the doer named after "by"', () => {
    expect(criticized('Row', 'Peru condemned Bolivia at the summit in Quito.')).toEqual([
      'Peru CRITICIZED Bolivia',
    ]);
    expect(
      criticized('Row', 'Peru condemned the shooting at the Israeli embassy in Lima by Hamas gunmen.'),
    ).toEqual(['Peru CRITICIZED Hamas']);
    expect(criticized('Row', 'Peru condemned the remarks made by Bolivia at the United Nations.')).toEqual([
      'Peru CRITICIZED Bolivia',
    ]);
  });
});
