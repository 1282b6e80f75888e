// Hosts who receive a visitor (session 24): "X was received at the airport by A, B and C" (a place or a time
// between the verb and "by"), and a list of hosts each given by a title that names its own person ("Ambassador
// to Chile Bruno Lind, Minister of Trade Ana Ruiz"). Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

const title = 'President arrives';
// MET is symmetric: each pair as "A MET B" with its names in alphabetical order.
const met = (body: string) =>
  relationsOfType('MET', title, body)
    .map((r) => r.split(' MET ').sort().join(' MET '))
    .sort();

describe('hosts after "by"', () => {
  it('are read past a place or a time between the verb and "by"', () => {
    expect(
      met(
        'Oskar Valberg was received at the airport by Foreign Minister Tamsin Orloff and Trade Minister Radomir Kesk.',
      ),
    ).toEqual(['Oskar Valberg MET Radomir Kesk', 'Oskar Valberg MET Tamsin Orloff']);
    expect(met('Oskar Valberg was welcomed on Monday by Foreign Minister Tamsin Orloff.')).toEqual([
      'Oskar Valberg MET Tamsin Orloff',
    ]);
  });

  it('are every person of a list whose titles name places', () => {
    expect(
      met(
        'Oskar Valberg was welcomed by Finance Minister Tamsin Orloff, Estonian Ambassador to Chile Radomir Kesk, Chilean Ambassador to Estonia Ilvy Santandreu and Airport Director Bruno Lind.',
      ),
    ).toEqual([
      'Bruno Lind MET Oskar Valberg',
      'Ilvy Santandreu MET Oskar Valberg',
      'Oskar Valberg MET Radomir Kesk',
      'Oskar Valberg MET Tamsin Orloff',
    ]);
  });

  it('are no one when "by" closes another clause ("… at the airport, built by")', () => {
    expect(met('Oskar Valberg landed at the airport, which was built by Tamsin Orloff.')).toEqual([]);
  });
});
