// Bodies the extractor never found (session 28): two-word heads ending in "General", known bodies whose
// names hold a comma or "of the", heads of government's offices, newspapers named like people.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

const orgs = (body: string) => namesOf(extract(`Diplomats meet\n\n${body}`), 'Organization');
const persons = (body: string) => namesOf(extract(`Diplomats meet\n\n${body}`), 'Person');

describe('a head of two words ending in General', () => {
  it('reads a consulate general with its city as one body', () => {
    expect(
      orgs('The Russian Consulate General in Houston said on Monday that it had received no notice.'),
    ).toContain('Russian Consulate General in Houston');
    expect(orgs('The Dutch Consulate General in St. Petersburg will close its doors on Friday.')).toContain(
      'Dutch Consulate General in St. Petersburg',
    );
  });
  it('reads "Consulate General of India" as a body', () => {
    expect(orgs('The Consulate General of India in Houston issued a statement on the visa delays.')).toEqual(
      expect.arrayContaining([expect.stringMatching(/Consulate General/)]),
    );
  });
  it('keeps "General" a title after a person’s title words', () => {
    const text = 'Consul General Andrei Petrov told reporters in Houston that the mission would stay open.';
    expect(persons(text)).toContain('Andrei Petrov');
    expect(orgs(text)).toEqual([]);
    expect(persons('Secretary General Antonio Guterres said the talks would resume next week.')).toContain(
      'Antonio Guterres',
    );
  });
});

describe('a mission in lower case named with its state and city', () => {
  it('names "the consulate general of the Netherlands in St. Petersburg" by demonym and city', () => {
    expect(
      orgs('One employee of the consulate general of the Netherlands in St. Petersburg was expelled.'),
    ).toContain('Dutch Consulate General in St. Petersburg');
    expect(
      orgs('One employee of the embassy of the Netherlands in Moscow was declared persona non grata.'),
    ).toContain('Dutch Embassy in Moscow');
    expect(orgs('Two staff of the Dutch consulate general in St. Petersburg were told to leave.')).toContain(
      'Dutch Consulate General in St. Petersburg',
    );
  });
  it('makes no mission of an envoy of a state in a city', () => {
    expect(
      orgs('The ambassador of the Netherlands in Moscow was summoned to the ministry on Monday.'),
    ).toEqual([]);
  });
});
