// Names with a particle inside them, on invented text (particle-names.ts): the word after the particle is the
// surname and the word before it the given name even when the lexicon knows them as common words ("Marine Le
// Pen"); "Le Pen" alone later is that person; a thing or a place named with a particle is no person.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

const persons = (d: ReturnType<typeof extract>) => namesOf(d, 'Person');
const mentionsOf = (d: ReturnType<typeof extract>, name: string) =>
  d.entities.find((e) => e.name === name)?.mentions.length ?? 0;

describe('a particle inside a name', () => {
  it('when a common-word surname follows "Le", then the name with no title before it is a person', () => {
    const d = extract(
      [
        'Vote contested',
        'Marine Le Pen said on Sunday that the count in Lyon was flawed.',
        'Le Pen later met supporters, and aides said Le Pen would appeal.',
      ].join('\n'),
    );
    expect(persons(d)).toEqual(['Marine Le Pen']);
    expect(mentionsOf(d, 'Marine Le Pen')).toBe(3);
  });

  it('when the given name is hyphenated or the particle is rare, then the name is a person', () => {
    const d = extract(
      [
        'Party congress',
        'Jean-Marie Le Pen and Peter Ter Horst arrived in Brussels on Monday.',
        'Anne La Rue, Conor Mac Aodha and Jacques Du Pont joined them later.',
      ].join('\n'),
    );
    expect(persons(d)).toEqual(
      expect.arrayContaining([
        'Jean-Marie Le Pen',
        'Peter Ter Horst',
        'Anne La Rue',
        'Conor Mac Aodha',
        'Jacques Du Pont',
      ]),
    );
  });

  it('when a lower-case title stands before it, then an adjective given name is a given name', () => {
    const d = extract(
      ['Runoff set', 'The far-right leader Marine Le Pen won 41 percent in the first round.'].join('\n'),
    );
    expect(persons(d)).toContain('Marine Le Pen');
  });

  it('when two persons share the surname, then "Le Pen" alone is neither', () => {
    const d = extract(
      [
        'Family feud',
        'Marine Le Pen said the party had changed. Jean-Marie Le Pen disagreed.',
        'Le Pen spoke again on Friday.',
      ].join('\n'),
    );
    expect(mentionsOf(d, 'Marine Le Pen')).toBe(1);
    expect(mentionsOf(d, 'Jean-Marie Le Pen')).toBe(1);
  });

  it('when places, shows and firms are named with a particle, then no person is read', () => {
    const d = extract(
      [
        'City news',
        'The Hotel De Ville and the Cafe Du Monde were closed. The Cirque Du Soleil show opened.',
        'Old Le Havre was busy as United Van Lines trucks moved. The Azimio la Umoja coalition met.',
      ].join('\n'),
    );
    expect(persons(d)).toEqual([]);
  });

  it('when a capitalised particle and a common word have no full name to belong to, then no person is read', () => {
    const d = extract(['Shop news', 'Shoppers at the La Rue market bought a Le Pen souvenir.'].join('\n'));
    expect(persons(d)).toEqual([]);
  });
});
