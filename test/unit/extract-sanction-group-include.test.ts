// "The individuals include A; B; and C", "These officials include A": a plural group noun with a
// definite determiner names the group the sanctions just told, and its list joins those sanctions; so
// does "Also named were A and B".
// Without sanctions told before, the sentence sanctions no one. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const sanctioned = (body: string) =>
  extractChecked('News', body).rels.filter((r) => r.includes(' SANCTIONED '));

describe('"The individuals include …" after sanctions', () => {
  it.each([
    'The individuals include Ivan Petrov, a judge; Oleg Sokolov, a prosecutor; and Pavel Orlov.',
    'These officials include Ivan Petrov, Oleg Sokolov and Pavel Orlov.',
    'The 12 individuals included Ivan Petrov, Oleg Sokolov and Pavel Orlov.',
  ])('when "%s" follows the sanctions, then each one is sanctioned', (list) => {
    expect(sanctioned(`The European Union imposed sanctions on 12 officials on Monday. ${list}`)).toEqual([
      'European Union SANCTIONED Ivan Petrov',
      'European Union SANCTIONED Oleg Sokolov',
      'European Union SANCTIONED Pavel Orlov',
    ]);
  });

  it('when no sanctions were told, then nobody is sanctioned', () => {
    expect(
      sanctioned(
        'The delegation met in Vienna on Monday. The officials include Ivan Petrov and Oleg Sokolov.',
      ),
    ).toEqual([]);
  });
});

describe('"Also named were …" after sanctions', () => {
  it('when the list follows the sanctions, then each one is sanctioned', () => {
    expect(
      sanctioned(
        'The European Union imposed sanctions on five officials on Monday. Also named were former police commander Ivan Petrov and intelligence director Oleg Sokolov.',
      ),
    ).toEqual(['European Union SANCTIONED Ivan Petrov', 'European Union SANCTIONED Oleg Sokolov']);
  });
});
