// A subnational unit named by its head word ("Western Region", "Eastern Province", "Volta Region") after a
// title and "of" or "for", on invented text: the unit is a place, the title and its "of"/"for" no part of
// it (known-segments.ts), the unit no person (person-prefix.ts UNIT_HEAD_WORD), and a name right after it
// is the person's alone.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

const doc = (...lines: string[]) => extract(lines.join('\n'));

describe('a subnational unit after a title', () => {
  it('when a minister "of" or "for" a region is listed after the name, then the region is a place', () => {
    const d = doc(
      'Ministers sworn in',
      'They are Ama Mensah, Minister of Western Region, Kofi Boateng, Minister of North East Region, and Yaw Asare, Minister for Bono East Region.',
    );
    expect(namesOf(d, 'Person')).toEqual(['Ama Mensah', 'Kofi Boateng', 'Yaw Asare']);
    expect(namesOf(d, 'Place')).toEqual(
      expect.arrayContaining(['Western Region', 'North East Region', 'Bono East Region']),
    );
  });

  it('when the unit comes between a title and a name, then the name is the person alone', () => {
    const d = doc(
      'Roads opened',
      'Provincial Minister for Copper Province Joseph Mwale opened the road on Monday.',
    );
    expect(namesOf(d, 'Person')).toEqual(['Joseph Mwale']);
    expect(namesOf(d, 'Place')).toContain('Copper Province');
  });

  it('when a governor "of" a province is set off before the name, then the title is left out of the place', () => {
    const d = doc('Floods', 'The Governor of Eastern Province, Peter Mwale, visited the flooded villages.');
    expect(namesOf(d, 'Place')).toEqual(['Eastern Province']);
    expect(namesOf(d, 'Person')).toEqual(['Peter Mwale']);
  });

  it('when a head word ends a place with no title before it, then the place is read as before', () => {
    const d = doc('Talks', 'Officials met in Kherson Oblast and later at Hamad International Airport.');
    expect(namesOf(d, 'Place')).toEqual(
      expect.arrayContaining(['Kherson Oblast', 'Hamad International Airport']),
    );
    expect(namesOf(d, 'Person')).toEqual([]);
  });
});
