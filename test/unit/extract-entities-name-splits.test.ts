// One person named in several shapes on invented text (merging.ts mergePersons): a shorter name written
// with or without the accents of the full one is still its part; two persons who share the shorter name,
// or a name that differs by more than accents, stay apart.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

describe('a shorter name whose accents differ from the full name', () => {
  it('when the full name has accents and the shorter one none, then they are one person', () => {
    const d = extract(
      [
        'Border call',
        'Mexican President Andrés Manuel López Obrador spoke with the US leader on Friday.',
        'Lopez Obrador later tweeted that the conversation had been cordial.',
      ].join('\n'),
    );
    expect(namesOf(d, 'Person')).toEqual(['Andrés Manuel López Obrador']);
  });

  it('when the full name has none and the shorter one has them, then they are one person', () => {
    const d = extract(
      [
        'Trade talks',
        'Colombian Foreign Minister Alvaro Leyva Duran arrived in Lima on Tuesday.',
        'Minister Leyva Durán said the two governments would sign an accord.',
      ].join('\n'),
    );
    expect(namesOf(d, 'Person')).toEqual(['Alvaro Leyva Duran']);
  });

  it('when two full names end in the same shorter name, then it is no one of them', () => {
    const d = extract(
      [
        'Family business',
        'Ana María Gómez Ruiz and her brother Pedro José Gómez Ruiz met the envoy.',
        'Gomez Ruiz said the meeting had been useful.',
      ].join('\n'),
    );
    const persons = namesOf(d, 'Person');
    expect(persons).toContain('Ana María Gómez Ruiz');
    expect(persons).toContain('Pedro José Gómez Ruiz');
  });

  it('when the names differ by more than accents, then they stay two persons', () => {
    const d = extract(
      [
        'Cabinet changes',
        'Interior Minister María Teresa Pérez Soto resigned on Monday.',
        'Her deputy Mario Perez Sotelo takes over the ministry.',
      ].join('\n'),
    );
    const persons = namesOf(d, 'Person');
    expect(persons).toContain('María Teresa Pérez Soto');
    expect(persons).toContain('Mario Perez Sotelo');
  });
});
