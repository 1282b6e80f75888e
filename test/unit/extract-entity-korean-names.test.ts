// A Korean full name written as family name and two syllables is a person even when the syllables are
// English words ("Won Do Yeon": "Won", "Do"); a family name and three capitalised words is not read so, nor
// a family name before a place's or a body's head (entities/name-cultures.ts). Invented text.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

const page = (sentence: string) =>
  extract(['Regional news', `${sentence} Officials said the talks would go on next week.`].join('\n'));

describe('Korean full names', () => {
  it.each([
    ["South Korea's ambassador, Won Do Yeon, presented his credentials on Monday.", 'Won Do Yeon'],
    [
      'The Ambassador of South Korea, Won Do Yeon; and the German Ambassador, Manfred Hutterer, attended.',
      'Won Do Yeon',
    ],
    ['President Yoon Suk Yeol met the prime minister in Tokyo.', 'Yoon Suk Yeol'],
  ])('when "%s", then %s is a person', (sentence, person) => {
    expect(namesOf(page(sentence), 'Person')).toContain(person);
  });

  it.each([
    ['Tourists crowded Ha Long Bay on Monday.', 'Long Bay'],
    ['The delegation visited Han River Park in the capital.', 'Han River Park'],
  ])('when "%s", then no person is read from it', (sentence, name) => {
    expect(namesOf(page(sentence), 'Person').some((n) => n.includes(name.split(' ')[0]!))).toBe(false);
  });
});
