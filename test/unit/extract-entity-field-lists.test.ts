// The last item of a title's field listed before a name ("the Minister for Women, Children and Poverty
// Alleviation, Lynda Tabuya") is no person listed with that name; a person listed with another stays one
// (entities/name-positions.ts). Invented text.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

const page = (sentence: string) =>
  extract(['Regional news', `Officials met in the capital on Monday. ${sentence}`].join('\n'));

describe("a title's field listed before a name", () => {
  it.each([
    [
      'She was received by the Minister for Women, Children and Poverty Alleviation, Lynda Tabuya, at the airport.',
      'Poverty Alleviation',
    ],
    [
      'He met the Minister for Foreign Affairs and Regional Integration, Shirley Ayorkor Botchwey, and her deputies.',
      'Regional Integration',
    ],
  ])('when "%s", then %s is no person', (sentence, field) => {
    const persons = namesOf(page(sentence), 'Person');
    expect(persons).not.toContain(field);
    expect(persons.length).toBe(1);
  });

  it('when two unknown names are listed, then both are persons', () => {
    const persons = namesOf(
      page('He met President Nana Akufo-Addo and Kwesi Mensah Boateng on Monday.'),
      'Person',
    );
    expect(persons).toContain('Kwesi Mensah Boateng');
  });
});
