// A body named with "of" and its field that runs on into a person's name in one capitalised chunk
// ("spokesman for the Ministry of Foreign Affairs Elman Abdullayev") is read as the body and the person,
// when a role that owns the body comes before the chunk or the name opens with a known first name; a body
// whose name goes on with its own words ("… Press Service", "… Procurement Office") stays whole. Every
// sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const names = (title: string, body: string) => extractChecked(title, body).names;

describe('the body and the person read apart', () => {
  it('reads "said spokesman for the Ministry of Foreign Affairs X" after a quotation', () => {
    const n = names(
      'Baku replies',
      '"Interference is unacceptable," said spokesman for the Ministry of Foreign Affairs Elman Abdullayev on Monday.',
    );
    expect(n).toContain('Person Elman Abdullayev');
    // (The headline's capital names the bare ministry's state: entities/home-bodies.ts.)
    expect(n).toContain('Organization Azerbaijani Foreign Ministry');
  });

  it('reads "the spokeswoman of the Ministry of Foreign Affairs X said" with the relation', () => {
    const r = extractChecked(
      'Lima replies',
      'The spokeswoman of the Ministry of Foreign Affairs Ana Torres said the claims were false.',
    );
    expect(r.names).toContain('Person Ana Torres');
    expect(r.rels).toContain('Ana Torres SPOKESPERSON_OF Peruvian Foreign Ministry');
  });

  it('reads "According to the spokesman of the Ministry of Foreign Affairs X,"', () => {
    const r = extractChecked(
      'Kyiv replies',
      'According to the spokesman of the Ministry of Foreign Affairs Oleg Nikolenko, the note had been delivered on Friday.',
    );
    expect(r.rels).toContain('Oleg Nikolenko SPOKESPERSON_OF Ukrainian Foreign Ministry');
  });

  it('reads "the head of the Department of Foreign Affairs X" as the head', () => {
    const r = extractChecked(
      'Talks in Dublin',
      'The head of the Department of Foreign Affairs Tomas Byrne met the delegation.',
    );
    expect(r.rels).toContain('Tomas Byrne LEADS Department of Foreign Affairs');
  });

  it('reads a title between the body and the name too', () => {
    const r = extractChecked(
      'Deal signed',
      'A representative of the Ministry of Foreign Affairs Spokesperson Maria Lopez said the deal was signed.',
    );
    expect(r.names).toContain('Person Maria Lopez');
    expect(r.names).toContain('Organization Ministry of Foreign Affairs');
  });
});

describe('a body that stays whole', () => {
  it('keeps "the Ministry of Foreign Affairs Press Service" one body', () => {
    expect(
      names('Deal signed', 'The Ministry of Foreign Affairs Press Service said the deal was signed.'),
    ).toEqual(['Organization Ministry of Foreign Affairs Press Service']);
  });

  it('keeps "the Ministry of Defence Procurement Office" one body', () => {
    expect(
      names(
        'Deal signed',
        'Officials at the Ministry of Defence Procurement Office said the deal was signed.',
      ),
    ).toEqual(['Organization Ministry of Defence Procurement Office']);
  });

  it('makes no person of "Annual Report" after the field', () => {
    expect(
      names('Report out', 'The Ministry of Foreign Affairs Annual Report was published on Monday.'),
    ).not.toContain('Person Annual Report');
  });
});
