// Honorifics met in session 29, on invented text: "Madam" and "Madame" are title words before a name
// (lexicon.ts TITLE_WORDS), as "Mrs" and "Mme" are, so the person is the name without them.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

const persons = (d: ReturnType<typeof extract>) => namesOf(d, 'Person');

describe('"Madam" and "Madame" before a name', () => {
  it('when "Madam" opens a name set off after a role, then the person is the name alone', () => {
    const d = extract(
      [
        'Envoys received',
        'The Chief of Staff, Madam Akua Mensah Boateng, welcomed the envoys in Accra.',
      ].join('\n'),
    );
    expect(persons(d)).toContain('Akua Mensah Boateng');
    expect(persons(d).some((n) => n.startsWith('Madam'))).toBe(false);
  });

  it('when "Madame" opens a subject, then the person is the name alone', () => {
    const d = extract(
      ['Talks held', 'Madame Claire Fontaine met the delegation on Tuesday in Dakar.'].join('\n'),
    );
    expect(persons(d)).toContain('Claire Fontaine');
    expect(persons(d).some((n) => n.startsWith('Madame'))).toBe(false);
  });

  it('when "Madam" addresses an office, then no person is read', () => {
    const d = extract(
      ['Debate opens', '"Madam Speaker, the bill is ready," the minister told parliament.'].join('\n'),
    );
    expect(persons(d)).toEqual([]);
  });
});
