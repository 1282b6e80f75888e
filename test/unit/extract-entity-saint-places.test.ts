// Place names opened by an abbreviation (server/src/extract/entities/chunking.ts PLACE_ABBREVIATIONS,
// known-segments.ts "saint-place"): "St. Petersburg", "St Petersburg" and "Saint Petersburg" are one place,
// the point of "St." ends no name, and a body named after a saint stays a body; a region named with its
// Russian or administrative head word ("Primorsky Krai", "Khanty-Mansi Okrug", "Aichi Prefecture") is a place
// (known-segments.ts PLACE_HEADS).
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract-text.js';

const names = (d: ReturnType<typeof extract>, type: string) =>
  d.entities.filter((e) => e.type === type).map((e) => e.name);

describe('place names opened by St., Ste., Mt.', () => {
  it('when a city is written "St. Petersburg" or "St Petersburg", then it is one place and no "St" is left', () => {
    const d = extract(
      [
        'Moscow shuts consulate',
        'Russia ordered the closure of the Freedonian consulate in St. Petersburg on Thursday.',
        'Diplomats in St Petersburg were given a week, and two of them flew from St. Petersburg to Helsinki.',
      ].join('\n'),
    );
    expect(names(d, 'Place')).toContain('Saint Petersburg');
    expect(names(d, 'Place')).not.toContain('St');
    expect(names(d, 'Place')).not.toContain('Petersburg');
    const city = d.entities.find((e) => e.name === 'Saint Petersburg')!;
    expect(city.mentions).toHaveLength(3);
  });

  it('when an unknown place opens with St or Mt, then the whole name is the place', () => {
    const d = extract(
      [
        'Envoy visits',
        'The envoy flew to St. Quintessa and later climbed Mt. Borrowdale with the governor.',
      ].join('\n'),
    );
    expect(names(d, 'Place')).toEqual(expect.arrayContaining(['St. Quintessa', 'Mt. Borrowdale']));
  });

  it('when a saint names a body ("St. Mary Hospital"), then no place is made of it', () => {
    const d = extract(
      ['Ambassador visits', 'The ambassador visited St. Mary Hospital in Helsinki on Friday.'].join('\n'),
    );
    expect(names(d, 'Place')).not.toContain('St. Mary');
    expect(names(d, 'Place')).toContain('Helsinki');
  });

  it('when a region is named with krai, okrug, governorate, prefecture or county, then it is one place', () => {
    const d = extract(
      [
        'Envoy tours regions',
        'The ambassador visited Zarnitsky Krai and Belomorsk Okrug, then flew to Ostrava Prefecture and Kerry County before Halab Governorate.',
      ].join('\n'),
    );
    expect(names(d, 'Place')).toEqual(
      expect.arrayContaining([
        'Zarnitsky Krai',
        'Belomorsk Okrug',
        'Ostrava Prefecture',
        'Kerry County',
        'Halab Governorate',
      ]),
    );
    expect(names(d, 'Person')).toEqual([]);
  });
});
