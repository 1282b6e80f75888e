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
