// A party named by the word "party" after it (server/src/extract/entities/described-bodies.ts, PARTY_AFTER):
// "the Spanish Vorn party", "the right-wing Lenmar party", "The Kelst party won" make an organisation of the
// name alone (a demonym before it is a modifier). A lower-case word ("the ruling party") or a known place
// ("the Madrid party") before "party" makes none.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

describe('parties named before a lower-case "party"', () => {
  it('when an unknown name stands between "the" and "party", then the name is an organisation', () => {
    const d = extract(
      [
        'Coalition talks stall',
        'The minister spoke at a rally of the Spanish Vorn party in Madrid.',
        'Gianni Ferro of the right-wing Lenmar party rejected the plan.',
        'The Kelst party won nine seats, officials said.',
      ].join('\n'),
    );
    const orgs = namesOf(d, 'Organization');
    expect(orgs).toEqual(expect.arrayContaining(['Vorn', 'Lenmar', 'Kelst']));
    expect(orgs).not.toContain('Spanish Vorn');
  });

  it('when the word before "party" is common, a place or lower case, then no organisation is made', () => {
    const d = extract(
      [
        'Coalition talks stall',
        'Leaders of the ruling party met in Madrid. The Madrid party was quiet.',
        'The opposition party said the vote was unfair.',
      ].join('\n'),
    );
    const orgs = namesOf(d, 'Organization');
    expect(orgs).toEqual([]);
  });
});
