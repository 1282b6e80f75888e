// Middle initials whose last point is left off (session 29, invented text; entities/name-middles.ts
// unpointedInitialsEnd): "Fares H.F Alqub" is one person as "Fares H.F. Alqub" is; a run of capitals with
// points that opens a chunk ("the U.S Embassy") or stands before no capitalised surname is left as it was.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const persons = (title: string, body: string) =>
  extractChecked(title, body)
    .names.filter((n) => n.startsWith('Person '))
    .map((n) => n.slice('Person '.length));

describe('initials without their last point inside a name', () => {
  it('when two initials follow a title and a first name, then the person keeps them and the surname', () => {
    const p = persons(
      'Envoys present credentials',
      'Ambassador Samir K.F Haddad of Jordan presented his credentials.',
    );
    expect(p).toContain('Samir K.F Haddad');
    expect(p).not.toContain('Samir K');
  });

  it('when three initials follow a known first name mid-sentence, then the name is whole', () => {
    const p = persons('Minister arrives', 'On Monday, Mohammad A.K.M Rahman arrived in Dhaka for talks.');
    expect(p).toContain('Mohammad A.K.M Rahman');
  });

  it('when the initials end with a point, then the name is read as before', () => {
    const p = persons('Talks', 'Minister Daniel D.J. Hunt met Ambassador Olivia R. Rouamba in Accra.');
    expect(p).toEqual(expect.arrayContaining(['Daniel D.J. Hunt', 'Olivia R. Rouamba']));
  });
});

describe('points between capitals that make no middle name', () => {
  it('when the capitals open the phrase, then no person is made of them', () => {
    const p = persons('Embassy statement', 'A statement from the U.S Embassy in Accra said talks went on.');
    expect(p).toEqual([]);
  });

  it('when no capitalised surname follows the initials, then they join no name', () => {
    const p = persons('Talks', 'The deal was signed by Peter O.B and the envoy on Monday.');
    expect(p.some((n) => n.includes('O.B'))).toBe(false);
  });
});
