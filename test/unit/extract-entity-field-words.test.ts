// One list of field words (server/src/extract/entities/field-words.ts) that the chunker, the classifier and the
// "and" tails all read: a body named by its head word, "of", "for" or "on" and a coordination of fields keeps
// every field ("Council for Trade and Investment", "Committee on Justice, Defence and Security"); two bodies
// joined by "and", and a field that opens a title ("… and Defence Minister X"), stay apart. Every sentence
// here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';
import { FIELD_WORD } from '../../server/src/extract/entities/field-words.js';
import { ORG_DOMAIN_WORD } from '../../server/src/extract/entities/name-shapes.js';

const orgs = (body: string) =>
  extractChecked('Statement issued', body)
    .names.filter((n) => n.startsWith('Organization '))
    .map((n) => n.slice(13));

describe('a body named by its head, "for" or "on", and coordinated fields', () => {
  it.each([
    ['The Council for Trade and Investment met in Lusaka on Monday.', 'Council for Trade and Investment'],
    [
      'Two senators briefed the Committee on Justice, Defence and Security on Tuesday.',
      'Committee on Justice, Defence and Security',
    ],
    [
      'The Directorate for Fighting Crime and Terrorism opened a case against the firm.',
      'Directorate for Fighting Crime and Terrorism',
    ],
    ['Inspectors from the Agency for Youth and Sports visited the stadium.', 'Agency for Youth and Sports'],
    [
      'A delegation from the Commission on Migration and Refugee Protection arrived in Accra.',
      'Commission on Migration and Refugee Protection',
    ],
  ])('keeps the whole name: %s', (body, name) => {
    expect(orgs(body)).toContain(name);
  });
});

describe('what stays apart', () => {
  it('two bodies joined by "and"', () => {
    const got = orgs('Officials of the Ministry of Finance and Central Bank met the lenders.');
    expect(got).not.toContain('Ministry of Finance and Central Bank');
    expect(got).toContain('Ministry of Finance');
  });

  it('a field word that opens a title after "and"', () => {
    const got = orgs(
      'At the Committee on Trade and Defence Minister Jane Roe spoke of the deal. The Ministry of Energy and Finance Minister John Doe met.',
    );
    expect(got).toContain('Committee on Trade');
    expect(got).not.toContain('Committee on Trade and Defence');
    expect(got).not.toContain('Ministry of Energy and Finance');
  });

  it('a lone field word after a connector is no body', () => {
    expect(orgs('He argued for Security and Justice in the region.')).toEqual([]);
  });
});

describe('the shared list', () => {
  it('is the one the classifier reads as a body\u2019s domain', () => {
    expect(ORG_DOMAIN_WORD).toBe(FIELD_WORD);
    for (const w of ['Affairs', 'Defence', 'Defense', 'Corruption', 'Crime', 'Governance', 'Sports', 'Labor'])
      expect(FIELD_WORD.test(w)).toBe(true);
    for (const w of ['Minister', 'Ministry', 'Smith', 'Affair']) expect(FIELD_WORD.test(w)).toBe(false);
  });
});
