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
