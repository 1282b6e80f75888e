// A Malay honorific of two words before a name, its first word closed by an apostrophe ("Dato’ Sri X"), on
// invented text (name-shapes.ts malayHonorificBefore): "Sri" is the honorific's, no given name; a name whose
// given name is "Sri" with no honorific before it keeps it.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

describe('a Malay honorific of two words before a name', () => {
  it('when "Dato’ Sri" (either apostrophe) comes before the name, then "Sri" is left out of it', () => {
    for (const mark of ['’', "'"]) {
      const d = extract(
        [
          'Malaysian leader to visit',
          `Prime Minister Dato${mark} Sri Ahmad Rizal Hashim will arrive in Jakarta on Monday.`,
          'Officials said the trip would last two days.',
        ].join('\n'),
      );
      expect(namesOf(d, 'Person')).toEqual(['Ahmad Rizal Hashim']);
    }
  });

  it('when "Sri" opens a name with no honorific before it, then it is the given name', () => {
    const d = extract(
      [
        'Budget talks',
        'Finance Minister Sri Wahyuni Pratama presented the budget on Tuesday.',
        'Lawmakers asked for more time.',
      ].join('\n'),
    );
    expect(namesOf(d, 'Person')).toEqual(['Sri Wahyuni Pratama']);
  });
});
