// A known place of two or three words inside a body's name (server/src/extract/entities/places-in-bodies.ts):
// after a head word and "of" ("Central Bank of Sri Lanka") or opening a name that ends in a head word
// ("Sri Lanka Freedom Party"), the place stays in the body's name as a one-word place does; not across a title
// or a given name, and not on a line in title case.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const orgs = (names: string[]) => names.filter((n) => n.startsWith('Organization ')).map((n) => n.slice(13));

describe('a two-word place inside a body name', () => {
  it('when a body is named "<head> of <two-word place>", then the whole name is one body, no "<head> of"', () => {
    const { names } = extractChecked(
      'Rates rise again',
      'The Central Bank of Sri Lanka raised its policy rate on Monday. The Parliament of South Africa and the Government of South Sudan said they would study the move.\n\nEarlier, the University of Hong Kong published a forecast.',
    );
    expect(orgs(names)).toEqual(
      expect.arrayContaining([
        'Central Bank of Sri Lanka',
        'Parliament of South Africa',
        'Government of South Sudan',
        'University of Hong Kong',
      ]),
    );
    expect(orgs(names).filter((n) => / of$/.test(n))).toEqual([]);
  });

  it('when a title and a name follow the place, then the body ends with the place and the person is named', () => {
    const { names, rels } = extractChecked(
      'Bank holds',
      'Central Bank of New Zealand Governor Adrian Orr said inflation was easing.',
    );
    expect(names).toEqual(
      expect.arrayContaining(['Organization Central Bank of New Zealand', 'Person Adrian Orr']),
    );
    expect(rels).toContain('Adrian Orr MEMBER_OF Central Bank of New Zealand');
  });

  it('when a two-word place opens a name ending in a head word, then the body keeps it', () => {
    const { names } = extractChecked(
      'Vote boycotted',
      'The Sri Lanka Freedom Party boycotted the vote, and the South Africa Revenue Service opened an inquiry.\n\nOfficers of the Royal New Zealand Air Force flew in, and the leaders met at the Kuala Lumpur Convention Centre.',
    );
    expect(orgs(names)).toEqual(
      expect.arrayContaining([
        'Sri Lanka Freedom Party',
        'South Africa Revenue Service',
        'Royal New Zealand Air Force',
      ]),
    );
    expect(names).toContain('Place Kuala Lumpur Convention Centre');
    expect(orgs(names)).not.toContain('Freedom Party');
    expect(names).not.toContain('Place Convention Centre');
  });

  it('when a title or a person follows the place, then the place stays a place of its own', () => {
    const { names } = extractChecked(
      'Leaders meet',
      'New Zealand Prime Minister Christopher Luxon met President of South Africa Cyril Ramaphosa in Wellington.',
    );
    expect(names).toEqual(
      expect.arrayContaining(['Place New Zealand', 'Person Christopher Luxon', 'Person Cyril Ramaphosa']),
    );
    expect(orgs(names).filter((n) => /Zealand|Africa/.test(n))).toEqual([]);
  });

  it('when the line is in title case, then no body is made of the words between place and head', () => {
    const { names } = extractChecked(
      'New Zealand Hosts Pacific Islands Forum',
      'Leaders arrived in Auckland on Tuesday.',
    );
    expect(orgs(names).filter((n) => n.includes('New Zealand'))).toEqual([]);
  });
});
