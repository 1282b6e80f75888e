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

describe('known bodies the chunker cut', () => {
  it('reads the Foreign, Commonwealth and Development Office whole', () => {
    const o = orgs(
      'The Foreign, Commonwealth and Development Office (FCDO) summoned the Russian ambassador.',
    );
    expect(o).toContain('Foreign, Commonwealth and Development Office');
    expect(o).not.toContain('Commonwealth and Development Office');
  });
  it('reads the Council of the EU as the Council of the European Union, not the Union', () => {
    expect(
      orgs('The Council of the EU imposed sanctions on seven Belarusian officials on Thursday.'),
    ).toEqual(['Council of the European Union']);
    expect(orgs('The Council of the European Union adopted new sanctions against Belarus.')).toEqual([
      'Council of the European Union',
    ]);
    // (The European Council and the Council of Europe are other bodies.)
    expect(orgs('The Council of Europe said on Monday that the vote had been postponed.')).toEqual([
      'Council of Europe',
    ]);
  });
  it('reads Israel Hayom as a newspaper, not a person', () => {
    const text = 'According to Israel Hayom, the prime minister met the envoy in secret last week.';
    expect(orgs(text)).toEqual(['Israel Hayom']);
    expect(persons(text)).toEqual([]);
  });
});

describe('North Macedonia and its bodies', () => {
  const places = (body: string) => namesOf(extract(`Diplomats meet\n\n${body}`), 'Place');
  it('names its bodies with the demonym "North Macedonian"', () => {
    expect(
      orgs('The foreign ministry of North Macedonia said the diplomats had five days to leave.'),
    ).toEqual(['North Macedonian Foreign Ministry']);
    expect(orgs("North Macedonia's foreign ministry said the diplomats had five days to leave.")).toEqual([
      'North Macedonian Foreign Ministry',
    ]);
  });
  it('reads "Northern Macedonia" as North Macedonia, with no place "Macedonia"', () => {
    const p = places('The Republic of Northern Macedonia expelled six Russian diplomats on Monday.');
    expect(p).toContain('North Macedonia');
    expect(p).not.toContain('Macedonia');
  });
  it('keeps a body worded "Macedonian" as worded', () => {
    expect(orgs('The Macedonian Foreign Ministry said the diplomats had five days to leave.')).toEqual([
      'Macedonian Foreign Ministry',
    ]);
  });
});

describe("a head of government's or state's office", () => {
  it('names it by the demonym before it or the country after it', () => {
    expect(
      orgs("The Indian Prime Minister's Office (PMO) said Modi would travel to Tokyo next week."),
    ).toEqual(["Indian Prime Minister's Office"]);
    expect(orgs('A spokesman for the Office of the President of Ghana said the meeting went well.')).toEqual([
      "Ghanaian President's Office",
    ]);
    expect(orgs('The South African President’s Office said the envoy would be recalled on Monday.')).toEqual([
      'South African President’s Office',
    ]);
  });
  it("gives a bare one the headline's country", () => {
    const d = extract(
      "Kenya recalls envoy from Somalia\n\nThe President's Office said on Monday that the envoy had been recalled.",
    );
    expect(namesOf(d, 'Organization')).toEqual(["Kenyan President's Office"]);
  });
  it('names a bare one with no home country by its title alone; makes no body of a minister’s or the Oval Office', () => {
    expect(
      orgs("India and Japan signed a deal. The Prime Minister's Office said the deal was good."),
    ).toEqual(["Prime Minister's Office"]);
    expect(orgs("The Foreign Minister's Office said the envoy would be recalled on Monday.")).toEqual([]);
    expect(
      orgs('The Oval Office was quiet on Monday as the president met the envoy from Kenya.'),
    ).not.toContain(expect.stringMatching(/President/));
  });
});
