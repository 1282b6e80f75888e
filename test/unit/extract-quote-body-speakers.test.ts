// Organisations and countries as speakers (session 10): a diplomatic mission named with where it sits
// (entities/mission-places.ts); a statement no issuer is named for ("according to an official
// statement", "the note indicates"); a body that reports or reveals words; one organisation named with
// and without its country's dots (entities/merging.ts). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const TITLE = 'Row over fishing rights deepens';

/** The speaker's name and rule of the statement whose quotation starts with `start`. */
function credit(body: string, start: string): string | undefined {
  const { d } = extractChecked(TITLE, body);
  const st = d.statements.find((s) => s.quote.startsWith(start));
  return st && `${d.entities.find((e) => e.id === st.speaker)?.name} [${st.rule}]`;
}

const orgNames = (body: string) =>
  extractChecked(TITLE, body)
    .d.entities.filter((e) => e.type === 'Organization')
    .map((e) => e.name);

describe('a diplomatic mission named with where it sits', () => {
  it('when "the <Demonym> embassy in <capital>" speaks, then the mission is named with its capital', () => {
    expect(
      credit(
        'Oslo expelled a diplomat on Monday.\n\nThe Danish embassy in Oslo condemned the move. “Denmark will respond,” the embassy said.',
        'Denmark will',
      ),
    ).toBe('Danish Embassy in Oslo [quotes:body-by-kind]');
  });

  it('when a mission is named in a country or a capital, then that place names it', () => {
    expect(orgNames('The Danish High Commission in the Maldives issued a statement.')).toContain(
      'Danish High Commission in the Maldives',
    );
    expect(orgNames('Protesters gathered outside the American Embassy in Oslo on Friday.')).toContain(
      'American Embassy in Oslo',
    );
  });

  it('when the text puts the mission in its country and in its capital, then the capital names it', () => {
    expect(
      orgNames(
        'The Danish Embassy in Norway was closed. Police guarded the Danish Embassy in Oslo on Friday.',
      ),
    ).toContain('Danish Embassy in Oslo');
  });

  it('when a mission is named in two countries, or in none, then it keeps its own name', () => {
    const names = orgNames(
      'The Danish Embassy in Norway was closed, and the Danish Embassy in Sweden too. The Danish Embassy said so.',
    );
    expect(names).toContain('Danish Embassy');
    expect(orgNames('The Danish Embassy said it had not been told.')).toContain('Danish Embassy');
  });
});

describe('a statement whose issuer the sentence does not name', () => {
  const SUMMONS =
    'The Danish Foreign Ministry on Monday summoned the Norwegian ambassador, Ola Berg.\n\n' +
    'Berg was handed a note over “repeated violations of our waters,” according to an official statement.\n\n' +
    'The note indicates that the new quotas, “far too low for any fleet,” must be withdrawn.';

  it('when "according to an official statement" credits a quotation, then the body that acted before speaks', () => {
    expect(credit(SUMMONS, 'repeated violations')).toBe('Danish Foreign Ministry [quotes:the-statement]');
  });

  it('when "the note indicates" a quotation, then the note’s issuer speaks', () => {
    expect(credit(SUMMONS, 'far too low')).toBe('Danish Foreign Ministry [quotes:the-statement]');
  });

  it('when a statement is only the object of "in", then it is no subject', () => {
    expect(
      credit(
        'Oslo protested.\n\nThe Danish Foreign Ministry, in a separate statement, revealed that the minister had told Ola Berg of its “deep regret over the incident”.',
        'deep regret',
      ),
    ).toBe('Danish Foreign Ministry [quotes:subject-of-verb-before]');
  });
});

describe('a body that reports words', () => {
  it('when a ministry "reported that" a quotation, then the ministry speaks', () => {
    expect(
      credit(
        'Oslo protested.\n\nThe Danish Foreign Ministry reported that “the ambassador will return home for consultations.”',
        'the ambassador will',
      ),
    ).toBe('Danish Foreign Ministry [quotes:reporting-clause-before]');
  });

  it('when an outlet reports a quotation, then the outlet is not its speaker', () => {
    expect(
      credit(
        'Oslo protested.\n\nThe envoy was called home “for consultations,” state broadcaster NRK reported, citing the ministry.',
        'for consultations',
      ),
    ).toBeUndefined();
  });
});

describe('one organisation named with and without the dots of its country', () => {
  it('when "U.S. Fisheries Department" and "US Fisheries Department" are named, then they are one speaker', () => {
    const body =
      'The U.S. Fisheries Department on Thursday announced new quotas.\n\n' +
      '“The quotas hold for every fleet,” the US Fisheries Department said.';
    expect(orgNames(body).filter((n) => /Fisheries/.test(n))).toHaveLength(1);
    expect(credit(body, 'The quotas hold')).toMatch(/^U\.?S\.? Fisheries Department \[/);
  });
});
