// "X ordered <staff> out" with no "of" after "out": an expulsion of the staff ("Austria ordered two Chilean
// diplomats out", "ordered diplomats of nine countries out, including those of A and B"). Not one's own
// staff ("ordered its diplomats out", "ordered non-emergency staff out": an evacuation). Session 45. Every
// sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const expelled = (body: string) =>
  extractChecked('Expulsions of diplomats', body).rels.filter((r) => / EXPELLED /.test(r));

describe('"ordered <staff> out" is an expulsion', () => {
  it('expels the staff a demonym names', () => {
    expect(expelled('Austria ordered two Chilean diplomats out on Monday.')).toEqual([
      'Austria EXPELLED Chile',
    ]);
  });

  it('expels the states an "including" list names after "diplomats of N countries out"', () => {
    expect(
      expelled(
        'Austria ordered diplomats of nine countries out, including those of Chile, Peru and Bolivia.',
      ),
    ).toEqual(
      expect.arrayContaining(['Austria EXPELLED Chile', 'Austria EXPELLED Peru', 'Austria EXPELLED Bolivia']),
    );
  });

  it("does not take an evacuation of one's own staff", () => {
    expect(expelled('Austria ordered its diplomats out on Monday as fighting spread in Chile.')).toEqual([]);
    expect(expelled('Austria ordered non-emergency staff out as the fighting in Chile grew.')).toEqual([]);
  });
});
