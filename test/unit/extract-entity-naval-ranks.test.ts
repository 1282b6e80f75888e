// Military ranks before a person's name, on invented text: "Commodore", "Admiral" and "Brigadier" are titles
// (lexicon.ts TITLE_WORDS, as "General" and "Colonel" are), not honorifics, so the person is the name without them.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const persons = (title: string, body: string) =>
  extractChecked(title, body)
    .names.filter((n) => n.startsWith('Person '))
    .map((n) => n.slice('Person '.length));

describe('military ranks before a name', () => {
  it('when "Commodore", "Admiral" or "Brigadier" opens a name, then the person is the name alone', () => {
    const names = persons(
      'Talks',
      'Commodore Josefa Raduva met Admiral Lisa Karlsen and Brigadier Kofi Mensah in Accra on Monday.',
    );
    expect(names).toEqual(expect.arrayContaining(['Josefa Raduva', 'Lisa Karlsen', 'Kofi Mensah']));
    expect(names.some((n) => /Commodore|Admiral|Brigadier/.test(n))).toBe(false);
  });
});
