// Titles right before a person's name: a title whose field is a place ("Foreign Minister of Norway X", the
// place splits the title from the name) and titles kept out of the name. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../server/src/extract/index.js';

const doc = (raw: string) =>
  extractArticle({ raw, format: 'text', learned: false, meta: { published: '2025-03-12' } }).document;
const persons = (raw: string) =>
  doc(raw)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

describe('a name right after a title whose field is a place', () => {
  it('when a common word opens the name after "Minister of <country>", then the whole name is a person', () => {
    expect(persons('The Foreign Minister of Norway Hart Vellund met reporters in Oslo.')).toContain(
      'Hart Vellund',
    );
    expect(persons('Talks with the Prime Minister of Peru Wang Teodoro ended late.')).toContain(
      'Wang Teodoro',
    );
  });

  it('when the place is also a name ("Georgia"), then the name after it is still the person', () => {
    expect(persons('President of Georgia Tamar Kvlividze opened the session.')).toEqual(['Tamar Kvlividze']);
  });

  it('when no name follows the place, then no person is made', () => {
    expect(persons('The Minister of Foreign Affairs of Saudi Arabia arrived in Cairo on Monday.')).toEqual(
      [],
    );
    expect(persons('The envoy met the Ambassador of Kenya on Monday and left.')).toEqual([]);
  });
});

describe('titles kept out of the name', () => {
  it('when a court\'s prosecutor is named after the title, then "Prosecutor" is no part of the name', () => {
    expect(persons('Tribunal Prosecutor Idris Mwangale said the warrants stand.')).toEqual([
      'Idris Mwangale',
    ]);
  });

  it('when "Prosecutor" opens a body\'s name, then no person is made of it', () => {
    expect(persons("The Prosecutor General's Office said on Monday it had opened a case.")).toEqual([]);
  });

  it('when names are listed one a line after their ranks, then the ranks stay out of the names', () => {
    const names = persons(
      [
        'Sanctions list',
        '',
        'The following individuals were designated:',
        '',
        'Major General Farid Tabrizi',
        'Brigadier General Omid Rezaeian, a commander',
        'Keiko Tanabe',
      ].join('\n'),
    );
    expect(names).toEqual(expect.arrayContaining(['Farid Tabrizi', 'Omid Rezaeian', 'Keiko Tanabe']));
    expect(names.filter((n) => /General/.test(n))).toEqual([]);
  });

  it('when a listed name has two words only, then no word of it is taken for a title', () => {
    const names = persons(
      ['The following officials were named:', '', 'Keiko Tanabe', 'Chief Obafemi', 'Lars Brenner'].join('\n'),
    );
    expect(names).toEqual(expect.arrayContaining(['Keiko Tanabe', 'Lars Brenner']));
  });
});
