// A colon list of the people a group names, past a short qualifier of the group ("sanctions on key
// officials of the port city of X: A, the mayor, and B", "expelled two attachés at the embassy in X: A and
// B"). Session 39. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const title = 'Sanctions on officials';
const sanctionedBy = (rels: string[], by: string) =>
  rels.filter((r) => r.startsWith(`${by} SANCTIONED `)).map((r) => r.slice(`${by} SANCTIONED `.length));

describe('a colon list after a qualified group of people', () => {
  it('when "officials of the port city of X:" opens a list with appositions, then each person listed is sanctioned', () => {
    const { rels } = run(
      title,
      'Canada imposed sanctions on senior officials of the port city of Tartus: Omar Haddad, the mayor of Tartus, and Karim Sultan, the head of the harbour police.',
    );
    expect(sanctionedBy(rels, 'Canada')).toEqual(expect.arrayContaining(['Omar Haddad', 'Karim Sultan']));
  });

  it('when "three judges in the capital:" opens the list, then the three judges are sanctioned', () => {
    const { rels } = run(
      title,
      'Canada sanctioned three judges in the capital: Omar Haddad, Karim Sultan and Rami Nassar.',
    );
    expect(sanctionedBy(rels, 'Canada')).toEqual(
      expect.arrayContaining(['Omar Haddad', 'Karim Sultan', 'Rami Nassar']),
    );
  });

  it('when the names come in the next sentence for another act, then they are not sanctioned', () => {
    const { rels } = run(
      title,
      'Canada sanctioned three judges in the capital on Friday. Omar Haddad, Karim Sultan and Rami Nassar met to discuss the case.',
    );
    expect(sanctionedBy(rels, 'Canada')).toEqual([]);
  });

  it('when a clause stands between the group and the colon, then the list is not the group', () => {
    const { rels } = run(
      title,
      'Canada sanctioned officials who met in the capital with two envoys: Omar Haddad and Karim Sultan.',
    );
    expect(sanctionedBy(rels, 'Canada')).not.toContain('Omar Haddad');
  });
});
