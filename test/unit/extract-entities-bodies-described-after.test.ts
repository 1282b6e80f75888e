// A body named with no head word of its own, then a comma and an apposition that says what kind of body it
// is ("Avrasya Shipping, a Turkish maritime logistics company", "Afaq Dubai, an Iraq-based money services
// business"), on invented text (described-bodies.ts DESCRIBED_AFTER): the name is an organisation, and so is
// its later use alone; a person so described ("a company director", "a businessman", "a firm supporter")
// stays a person.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

const doc = (...lines: string[]) => extract(lines.join('\n'));

describe('a body described by an apposition after its name', () => {
  it('when "a/an … company/firm/business" follows the name, then the name is an organisation', () => {
    const d = doc(
      'Firms sanctioned',
      'The Treasury designated Norvik Freight, a Turkish maritime logistics company, and Med Wave Carriers, a shipping firm.',
      'It also named Afaq Dubai, an Iraq-based money services business that moved funds for the group.',
      'Its partners cut ties with Norvik Freight on Friday.',
    );
    expect(namesOf(d, 'Organization')).toEqual(
      expect.arrayContaining(['Norvik Freight', 'Med Wave Carriers', 'Afaq Dubai']),
    );
    expect(namesOf(d, 'Person')).toEqual([]);
  });

  it('when the apposition describes a person, then the person stays a person', () => {
    const d = doc(
      'Designations',
      'Ivan Petrov, a company director, was named. John Hale, a businessman, was also listed.',
      'Rosa Lima, a firm supporter of the plan, welcomed it.',
    );
    expect(namesOf(d, 'Person')).toEqual(['Ivan Petrov', 'John Hale', 'Rosa Lima']);
    expect(namesOf(d, 'Organization')).toEqual([]);
  });

  it('when a place is described as something else, then it stays a place', () => {
    const d = doc('Talks', 'Officials met in Dubai, a city of three million, on Monday.');
    expect(namesOf(d, 'Place')).toEqual(['Dubai']);
    expect(namesOf(d, 'Organization')).toEqual([]);
  });
});
