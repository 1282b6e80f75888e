// Every party a clause lists for an event's role is taken (session 23): a plural role before a list of
// names ("sanctioned Russian oligarchs A, B and C", "Iranian officials, A and B,") names the people, not
// the demonym's country. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const targets = (rels: string[], by: string, type: string) =>
  rels.filter((r) => r.startsWith(`${by} ${type} `)).map((r) => r.slice(`${by} ${type} `.length));

describe('a plural role before a list of names', () => {
  it.each([
    ['The EU sanctioned Russian oligarchs Rufus Firefly, Chico Marx and Harpo Marx on Monday.'],
    ['The EU sanctioned three Russian businessmen, Rufus Firefly, Chico Marx and Harpo Marx, on Monday.'],
    ['The EU imposed sanctions on Russian tycoons Rufus Firefly, Chico Marx and Harpo Marx.'],
  ])('when "%s", then each name is sanctioned, not the demonym\'s country', (body) => {
    const { rels, ruleOf } = run('EU sanctions oligarchs', body);
    expect(targets(rels, 'European Union', 'SANCTIONED').sort()).toEqual([
      'Chico Marx',
      'Harpo Marx',
      'Rufus Firefly',
    ]);
    expect(ruleOf('European Union SANCTIONED Chico Marx')).toBe('events/sanctions:sanction');
  });

  it('when a plural role is followed by a comma and one name that speaks, then the role keeps its country', () => {
    const { rels } = run(
      'EU sanctions officials',
      'The EU sanctioned Russian officials, Rufus Firefly said on Monday.',
    );
    expect(targets(rels, 'European Union', 'SANCTIONED')).toEqual(['Russia']);
  });
});
