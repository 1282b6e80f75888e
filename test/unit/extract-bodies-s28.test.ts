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
