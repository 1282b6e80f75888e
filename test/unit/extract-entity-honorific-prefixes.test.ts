// Honorifics and titles that open a person's name are no part of it (server/src/extract/entities/chunking.ts
// HONORIFICS, lexicon.ts TITLE_WORDS): "Undersecretary X", the Arabic "Sayyid", "Sayyida", "Sheikha"; the
// patronymic particle "bint" ("daughter of") joins a name like "bin" ("Reema bint Bandar").
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const persons = (title: string, body: string) =>
  extractChecked(title, body)
    .names.filter((n) => n.startsWith('Person '))
    .map((n) => n.slice(7));

describe('honorific prefixes and the particle bint', () => {
  it('when "Undersecretary" opens a name, with or without its field, then the person is named without it', () => {
    const p = persons(
      'Briefing',
      'Press Officer and Undersecretary Lorna Santos told reporters the talks went well.\n\nUndersecretary for Political Affairs Maria Lopez met the envoy on Friday.',
    );
    expect(p).toEqual(expect.arrayContaining(['Lorna Santos', 'Maria Lopez']));
    expect(p.some((n) => n.startsWith('Undersecretary'))).toBe(false);
  });

  it('when an Arabic honorific (Sayyid, Sheikha) opens a name, then the person is named without it', () => {
    const p = persons(
      'Ministers meet',
      'Foreign Minister Sayyid Hamad Albusaidi received his Bahraini counterpart in Muscat. Sheikha Moza Nasser attended the dinner.',
    );
    expect(p).toEqual(expect.arrayContaining(['Hamad Albusaidi', 'Moza Nasser']));
    expect(p.some((n) => /^Sayyid|^Sheikha/.test(n))).toBe(false);
  });

  it('when "bint" joins a name, then the name runs through it', () => {
    const p = persons(
      'Envoy speaks',
      'Princess Reema bint Bandar, the Saudi ambassador, spoke in Washington on Tuesday.',
    );
    expect(p).toContain('Reema bint Bandar');
    expect(p).not.toContain('Reema');
  });

  it('when a name holds no honorific, then it is kept whole (no word of it is dropped)', () => {
    const p = persons(
      'Envoy speaks',
      'Ambassador Said Hamdan met Deputy Minister Sherif Sayed in Cairo on Monday.',
    );
    expect(p).toEqual(expect.arrayContaining(['Said Hamdan', 'Sherif Sayed']));
  });
});
