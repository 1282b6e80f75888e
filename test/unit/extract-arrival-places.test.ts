// The places an arrival verb lands in: a comma that opens the name of a place first given by its kind
// ("arrived in the Kenyan capital, Nairobi,") does not end the clause; a place after "from" or "via" is
// where the traveller came from, not where he arrived. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

const arrived = (body: string) => relationsOfType('ARRIVED_IN', 'Visit', body);

describe("an arrival verb's places", () => {
  it("reads the name after a comma that follows the place's kind", () => {
    expect(arrived('Emmanuel Macron arrived in the Kenyan capital, Nairobi, on Monday.')).toEqual([
      'Emmanuel Macron ARRIVED_IN Nairobi',
    ]);
    expect(arrived('Emmanuel Macron arrived in the capital, Nairobi, on Monday.')).toEqual([
      'Emmanuel Macron ARRIVED_IN Nairobi',
    ]);
  });

  it('still ends the clause at a comma after a named place', () => {
    expect(arrived('Emmanuel Macron arrived in Nairobi on Monday, his first stop before Mombasa.')).toEqual([
      'Emmanuel Macron ARRIVED_IN Nairobi',
    ]);
  });

  it('takes no place the traveller came from', () => {
    expect(arrived('Emmanuel Macron arrived in Beijing from Tokyo on Wednesday.')).toEqual([
      'Emmanuel Macron ARRIVED_IN Beijing',
    ]);
    expect(arrived('Emmanuel Macron arrived from Paris in Nairobi on Monday.')).toEqual([
      'Emmanuel Macron ARRIVED_IN Nairobi',
    ]);
  });
});
