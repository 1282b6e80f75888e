// Sanctions in more wordings, on sentences written for the test: entry bans ("barred X from entering",
// "restricted U.S. entry for X"), and a package whose targets the clause leaves unnamed when the article
// has no sanctions of that sanctioner yet ("also imposed measures in the form of asset freezes and travel
// bans against seven of the officials"). Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;

describe('sanctions in more wordings', () => {
  it.each([
    [
      'barred … from entering',
      'The State Department barred Russian businessman Pavel Orlov from entering the United States.',
    ],
    [
      'restricted entry for',
      'The State Department restricted U.S. entry for Russian businessman Pavel Orlov.',
    ],
  ])('an entry ban: %s', (_, body) => {
    const r = run('Entry bans', body);
    expect(r.events('sanction')).toHaveLength(1);
    expect(r.rels).toContain('State Department SANCTIONED Pavel Orlov');
    expect(r.ruleOf('State Department SANCTIONED Pavel Orlov')).toBe('events/sanctions:sanction');
  });

  it('a day between the measure and its target ("imposed sanctions Tuesday on X")', () => {
    const r = run(
      'Sanctions',
      'Britain and Canada imposed sanctions Tuesday on Belarusian President Alexander Lukashenko and other officials.',
    );
    expect(r.rels).toContain('United Kingdom SANCTIONED Alexander Lukashenko');
    expect(r.rels).toContain('Canada SANCTIONED Alexander Lukashenko');
  });

  it('relatives named in a list of the sanctioned ("including A, son B and C")', () => {
    const r = run(
      'Sanctions',
      'Britain imposed an asset freeze on eight individuals, including Pavel Orlov, son Ivan Orlov and Oleg Sidorov, the head of the administration.',
    );
    for (const x of ['Pavel Orlov', 'Ivan Orlov', 'Oleg Sidorov'])
      expect(r.rels).toContain(`United Kingdom SANCTIONED ${x}`);
  });

  it('a capitalised word after the measure that is no day stays its object ("Iran sanctions Canadian officials")', () => {
    const r = run('Sanctions', 'The United States sanctions Iran over the crackdown.');
    expect(r.rels).toContain('United States SANCTIONED Iran');
  });

  it('not a ban on entering a building', () => {
    expect(run('Protest', 'Officials were barred from entering the building.').events('sanction')).toEqual(
      [],
    );
  });

  it('a second sanctioner with unnamed targets is its own package', () => {
    const r = run(
      'Sanctions',
      'The United States and Canada announced sanctions on Russia on Monday.\n\nThe European Union also imposed measures in the form of asset freezes and travel bans against seven of the officials.',
    );
    expect(r.events('sanction')).toHaveLength(2);
  });
});
