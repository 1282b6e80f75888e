// A name ending in s written with a bare apostrophe's possessive ("Belarus' Alexander Lukashenko") is two
// names, not one run that classification then drops whole; a plural common noun's possessive inside a
// body's name ("Iranian Students' News Agency") and a body's possessive before its own organ ("United
// Nations' Security Council") stay one run (entities/chunking.ts). Invented text.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

const page = (sentence: string) =>
  extract(['Regional news', `${sentence} Officials said the talks would go on next week.`].join('\n'));

describe("a name's possessive written with a bare apostrophe", () => {
  it.each([
    [
      "On Monday Belarus' Alexander Lukashenko met the delegation in Minsk.",
      'Belarus',
      'Alexander Lukashenko',
    ],
    [
      'On Monday Belarus’ Alexander Lukashenko met the delegation in Minsk.',
      'Belarus',
      'Alexander Lukashenko',
    ],
    [
      "The talks were hosted by the Philippines' Ferdinand Marcos in Manila.",
      'Philippines',
      'Ferdinand Marcos',
    ],
  ])('when "%s", then the place and the person are both found', (sentence, place, person) => {
    const d = page(sentence);
    expect(namesOf(d, 'Place')).toContain(place);
    expect(namesOf(d, 'Person')).toContain(person);
  });

  it("when a plural common noun's possessive sits inside a body's name, then the name is one", () => {
    expect(namesOf(page("The Iranian Students' News Agency reported the talks."), 'Organization')).toContain(
      "Iranian Students' News Agency",
    );
  });

  it("when a place's possessive comes before a council, then the place stays apart", () => {
    const d = page("On Monday Belarus' Security Council met in Minsk.");
    expect(namesOf(d, 'Place')).toContain('Belarus');
    expect(namesOf(d, 'Organization').join(' ')).not.toMatch(/Belarus/);
  });
});
