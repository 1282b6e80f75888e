// Sanctions told as planned ("X is to impose", "X plans to impose": X is the sanctioner) and a list after
// a group lead whose first name follows a title closed by a comma ("include the mayor, A, and the judge
// B"). Session 39. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const title = 'Sanctions on officials';
const sanctionedBy = (rels: string[], by: string) =>
  rels.filter((r) => r.startsWith(`${by} SANCTIONED `)).map((r) => r.slice(`${by} SANCTIONED `.length));

describe('the subject of a planned sanction', () => {
  it('when "X is to impose sanctions on Y", then X sanctions Y', () => {
    const { rels } = run(title, 'Canada is to impose sanctions on Omar Haddad, the mayor of Tartus.');
    expect(sanctionedBy(rels, 'Canada')).toContain('Omar Haddad');
  });

  it('when "X plans to impose sanctions on Y", then X sanctions Y', () => {
    const { rels } = run(title, 'Canada plans to impose sanctions on Omar Haddad, the mayor of Tartus.');
    expect(sanctionedBy(rels, 'Canada')).toContain('Omar Haddad');
  });

  it('when the subject is a sentence noun ("The aim is to expel"), then no state is made the actor', () => {
    const { rels } = run(title, 'The aim is to impose sanctions on Omar Haddad, the mayor of Tartus.');
    expect(rels.filter((r) => / SANCTIONED Omar Haddad$/.test(r) && r.startsWith('Tartus'))).toEqual([]);
  });
});

describe('a title closed by a comma before the first name of a group list', () => {
  it('when "figures targeted with sanctions include the mayor, A, and the judge B", then both are sanctioned', () => {
    const { rels } = run(
      title,
      'Canada imposed sanctions on 20 officials on Friday. Some of the key figures targeted with sanctions include the mayor, Omar Haddad, and the judge Karim Sultan.',
    );
    expect(sanctionedBy(rels, 'Canada')).toEqual(expect.arrayContaining(['Omar Haddad', 'Karim Sultan']));
  });

  it('when the group that includes them condemned the sanctions, then they are not sanctioned', () => {
    const { rels } = run(
      title,
      'Canada imposed sanctions on 20 officials on Friday. Some of the leaders who condemned the sanctions include the mayor, Omar Haddad, and the judge Karim Sultan.',
    );
    expect(sanctionedBy(rels, 'Canada')).toEqual([]);
  });
});
