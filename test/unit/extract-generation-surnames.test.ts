// A name ending in a generation's mark (session 30): "Ferdinand R. Marcos Jr." is "Marcos" when named again
// alone, not "Jr"; "Jr" alone is no one. Businessmen of a country sanctioned stand for it, as its oligarchs
// do. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked, relationsOfType } from '../helpers/extract-text.js';

describe('a surname before "Jr." or "III"', () => {
  it('when "Marcos" follows "Ferdinand R. Marcos Jr.", then it is that person', () => {
    expect(
      relationsOfType(
        'MET',
        'Talks in Kuala Lumpur',
        'President Ferdinand R. Marcos Jr. arrived in Kuala Lumpur on Sunday.\n\n' +
          'Marcos met with Prime Minister Anwar Ibrahim on Monday.',
      ),
    ).toEqual(['Anwar Ibrahim MET Ferdinand R. Marcos Jr']);
  });

  it('when a two-word name ends in "III", then the mark alone names no one', () => {
    const x = extractChecked(
      'Visit',
      'Governor Tomas Ruiz III visited Quito on Monday. III was written on the gate.',
    );
    expect(x.names.filter((n) => n.startsWith('Person'))).toEqual(['Person Tomas Ruiz III']);
  });
});

describe('businessmen of a country sanctioned', () => {
  it('when a state freezes the assets of a country’s businessmen, then it sanctions that country', () => {
    expect(
      relationsOfType(
        'SANCTIONED',
        'Asset freezes',
        'The UK imposed asset freezes on seven Russian businessmen on Thursday.',
      ),
    ).toEqual(['United Kingdom SANCTIONED Russia']);
  });

  it('when executives of a country’s firms are sanctioned, then the country is not', () => {
    expect(
      relationsOfType(
        'SANCTIONED',
        'Sanctions',
        'China imposed sanctions on two senior executives of American firms on Friday.',
      ),
    ).not.toContain('China SANCTIONED United States');
  });
});
