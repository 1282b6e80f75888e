// West African and professional honorifics before a name ("Alhaji X", "Hajiya X", "Asiwaju X", "Barr. X",
// "Engr. X", "Professor X"), on invented text (chunking.ts HONORIFICS): the honorific is read as a title and
// left out of the name, after a title, after a comma, or opening a sentence; a lone honorific with no name
// after it makes no person; an envoy's role read right before the name reads over the honorific.
import { describe, expect, it } from 'vitest';
import { extract, namesOf, relationsOfType } from '../helpers/extract-text.js';

const persons = (...lines: string[]) => namesOf(extract(lines.join('\n')), 'Person');

describe('an honorific before a name', () => {
  it('when a Nigerian or Ghanaian honorific opens the name, then the name leaves it out', () => {
    expect(
      persons('State cabinet sworn in', 'The governor, Alhaji Musa Garba, swore in the cabinet.'),
    ).toEqual(['Musa Garba']);
    expect(
      persons('New commissioners', 'Hajiya Zainab Bello from Doma was appointed commissioner on Friday.'),
    ).toEqual(['Zainab Bello']);
    expect(
      persons('Party primary', 'The candidate of the party, Asiwaju Tunde Bakare, won the vote.'),
    ).toEqual(['Tunde Bakare']);
    expect(
      persons('Ex-governor held', 'The former governor, Otunba Gbenga Daniel, was arrested on Tuesday.'),
    ).toEqual(['Gbenga Daniel']);
    expect(persons('Reform plan', 'Mallam Nuhu Ribadu said the plan would be ready in May.')).toEqual([
      'Nuhu Ribadu',
    ]);
  });

  it('when a professional honorific (also abbreviated) opens the name, then the name leaves it out', () => {
    expect(
      persons('Envoys received', 'Education Minister Professor Kwame Osei attended the ceremony.'),
    ).toEqual(['Kwame Osei']);
    expect(
      persons('Talks', 'The delegation was led by Engr. Sule Lamido and officials of the ministry.'),
    ).toEqual(['Sule Lamido']);
    expect(
      persons('Court case', 'Counsel to the party, Barr. Emeka Okafor, asked for an adjournment.'),
    ).toEqual(['Emeka Okafor']);
  });

  it('when the honorific stands alone, then no person is made of it', () => {
    expect(persons('Talks', 'The Professor said the plan would fail.', 'Officials disagreed.')).toEqual([]);
    expect(persons('Talks', 'Talks went on, and Alhaji said it was fine.', 'Officials agreed.')).toEqual([]);
  });

  it('when an honorific stands between an envoy’s role and the name, then the envoy is still posted', () => {
    expect(
      relationsOfType(
        'AMBASSADOR_TO',
        'Envoy recalled',
        'Zambian High Commissioner to Kenya Professor Mwila Banda was recalled on Monday.',
      ),
    ).toEqual(['Mwila Banda AMBASSADOR_TO Kenya']);
    expect(
      relationsOfType(
        'AMBASSADOR_TO',
        'Envoy leaves',
        'Nigerian Ambassador to Ghana Alhaji Musa Garba left on Monday.',
      ),
    ).toEqual(['Musa Garba AMBASSADOR_TO Ghana']);
  });
});
