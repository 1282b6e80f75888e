// A role, a comma, then the person's name opened by a rank or title in capitals: "the army chief,
// General X", "the militia's commander, Colonel X", "its leader, Major General X". The name is the
// role's person (as with an honorific: "the mayor, Sir X"). A capitalised word that is no title ("the
// army chief, Monday") names nobody. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const sanctioned = (body: string) =>
  extractChecked('News', body).rels.filter((r) => r.includes(' SANCTIONED '));

describe('a rank before the name apposed to a role', () => {
  it.each([
    [
      'The European Union imposed sanctions on the army chief, General Tun Myat Aung, over the coup.',
      'European Union',
      'Tun Myat Aung',
    ],
    [
      "Britain sanctioned the militia's commander, Colonel Omar Farouk Saleh, on Monday.",
      'United Kingdom',
      'Omar Farouk Saleh',
    ],
    [
      "Canada sanctioned the group's leader, Major General Idris Kamal Osman, on Monday.",
      'Canada',
      'Idris Kamal Osman',
    ],
  ])('when "%s", then the named person is sanctioned', (body, by, who) => {
    expect(sanctioned(body)).toEqual([`${by} SANCTIONED ${who}`]);
  });

  it('when no rank stands before the name, then the name is still read', () => {
    expect(sanctioned("Canada sanctioned the country's police chief, Ruben Dario Ochoa, on Monday.")).toEqual(
      ['Canada SANCTIONED Ruben Dario Ochoa'],
    );
  });
});
