// A body's name made of its head word and a field: "on" and a field after any body's head ("the Working
// Group on Environment", entities/chunking.ts), and a body "of <country>" that runs on into a person's
// name ("the Ice Hockey Federation of Latvia X", entities/field-names.ts), and "for" and a word joined by
// "and" to a field ("the Foundation for Peace and Development", entities/chunking.ts), and a known body's
// organ after a sentence's "The" ("The United Nations Population Fund …", splitKnown). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract-text.js';

const named = (d: ReturnType<typeof extract>, type: string) =>
  d.entities.filter((e) => e.type === type).map((e) => e.name);

describe('"on" and a field after a body\'s head', () => {
  it('when a field ends the run after "Group on", then the whole name is one body', () => {
    const d = extract(
      ['Report', 'The Nordic Working Group on Environment released a report on Friday.'].join('\n'),
    );
    expect(named(d, 'Organization')).toContain('Nordic Working Group on Environment');
  });

  it('when a field ends the run after "Task Force on", then the whole name is one body', () => {
    const d = extract(['Talks', 'The Joint Task Force on Migration met in Rome on Monday.'].join('\n'));
    expect(named(d, 'Organization')).toContain('Joint Task Force on Migration');
  });

  it('when a weekday follows "Group on", then the body ends before "on"', () => {
    const d = extract(['Talks', 'The Wardell Group on Tuesday issued a statement.'].join('\n'));
    expect(named(d, 'Organization').join('|')).not.toMatch(/ on /);
  });

  it('when a country follows "Agency on", then it stays a place and no body takes it', () => {
    const d = extract(['Talks', "The Agency on Russia's behalf sent a letter to Vilnius."].join('\n'));
    expect(named(d, 'Place')).toContain('Russia');
    expect(named(d, 'Organization').join('|')).not.toMatch(/Russia/);
  });
});

describe('a body "of <country>" running on into a person\'s name', () => {
  it('when a known first name follows "Federation of <country>", then the body and the person are two', () => {
    const d = extract(
      ['Sport', 'A spokesman for the Ice Hockey Federation of Latvia Janis Orlens said nothing.'].join('\n'),
    );
    expect(named(d, 'Organization')).toContain('Ice Hockey Federation of Latvia');
    expect(named(d, 'Person')).toContain('Janis Orlens');
  });

  it('when a two-word country is the field, then the body ends after it', () => {
    const d = extract(['Bank', 'The governor of the Bank of South Sudan Peter Dhalor resigned.'].join('\n'));
    expect(named(d, 'Organization')).toContain('Bank of South Sudan');
    expect(named(d, 'Person')).toContain('Peter Dhalor');
  });

  it('when one common word follows the country, then the body keeps it and makes no person', () => {
    const d = extract(['Books', 'The University of Oxford Press published the book.'].join('\n'));
    expect(named(d, 'Person')).toEqual([]);
  });
});

describe('"for" and a word joined by "and" to a field', () => {
  it('when "and" and a field end the run after "Foundation for", then the whole name is one body', () => {
    const d = extract(['Forum', 'The Velmar Foundation for Peace and Development also spoke.'].join('\n'));
    expect(named(d, 'Organization')).toContain('Velmar Foundation for Peace and Development');
  });

  it('when "and" joins two fields after "Bureau for", then the whole name is one body', () => {
    const d = extract(['Desk', 'The Bureau for Refugees and Migration opened a desk in Tarno.'].join('\n'));
    expect(named(d, 'Organization')).toContain('Bureau for Refugees and Migration');
  });

  it('when the run after "and" ends in a body\'s head, then the two bodies stay apart', () => {
    const d = extract(['Talks', 'The Ministry of Defence and Armed Forces were told on Monday.'].join('\n'));
    expect(named(d, 'Organization')).toContain('Ministry of Defence');
    expect(named(d, 'Organization').join('|')).not.toMatch(/Defence and/);
  });
});

describe('a known body\'s organ after a sentence\'s "The"', () => {
  it('when "The" opens the sentence before "United Nations <…> Fund", then the organ is one body', () => {
    const d = extract(['Aid', 'The United Nations Population Fund sent a team to Tarno.'].join('\n'));
    expect(named(d, 'Organization')).toContain('United Nations Population Fund');
  });

  it('when a known country opens the run after "The", then it is not read as a body\'s organ', () => {
    const d = extract(['Aid', 'The United States Navy Band played in Tarno.'].join('\n'));
    expect(named(d, 'Place')).toContain('United States');
  });
});
