// One person named in several shapes on invented text (merging.ts mergePersons, inner-surnames.ts): a
// shorter name written with or without the accents of the full one is still its part, and the first of a
// pair of surnames inside a full name names that person alone; two persons who share the shorter name or
// the word, a name that differs by more than accents, and a father's name after "bin" stay apart.
import { describe, expect, it } from 'vitest';
import { extract, namesOf, speakerOf } from '../helpers/extract-text.js';

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

describe('a surname inside a full name of three words or more', () => {
  it('when the first of two surnames is used alone after a title, then it is that person', () => {
    const d = extract(
      [
        'Leaders meet in Santiago',
        'Chilean President Gabriel Boric Font received his Peruvian counterpart on Monday.',
        'President Boric said: “We have agreed on a joint plan for the border.”',
      ].join('\n'),
    );
    expect(namesOf(d, 'Person')).toEqual(['Gabriel Boric Font']);
    expect(speakerOf(d, 'We have agreed')).toBe('Gabriel Boric Font');
  });

  it('when it is used alone crediting a quotation, then it is that person', () => {
    const d = extract(
      [
        'Caracas responds',
        'Foreign Minister Yván Gil Pinto rejected the statement on Tuesday.',
        '“This is interference in our affairs,” Gil said.',
      ].join('\n'),
    );
    expect(namesOf(d, 'Person')).toEqual(['Yván Gil Pinto']);
    expect(speakerOf(d, 'This is interference')).toBe('Yván Gil Pinto');
  });

  it('when two full names hold the word, then it names neither of them', () => {
    const d = extract(
      [
        'Cabinet sworn in',
        'Ana Lucía Ferrer Soto and Pedro Ferrer Castillo were sworn in as ministers on Friday.',
        'Minister Ferrer said the cabinet would meet next week.',
      ].join('\n'),
    );
    expect(d.entities.find((e) => e.name === 'Ana Lucía Ferrer Soto')?.mentions.length).toBe(1);
    expect(d.entities.find((e) => e.name === 'Pedro Ferrer Castillo')?.mentions.length).toBe(1);
  });

  it('when the word follows "bin", then it is the father’s name, not the son’s', () => {
    const d = extract(
      [
        'Emir receives envoy',
        'Emir Tamim bin Hamad Al Thani received the ambassador in Doha on Sunday.',
        'The envoy also paid tribute to the Father Emir, Sheikh Hamad, who founded the channel.',
      ].join('\n'),
    );
    expect(d.entities.find((e) => e.name === 'Tamim bin Hamad Al Thani')?.mentions.length).toBe(1);
  });
});
