// "arrived on a visit to P" with no other place: the place the visit names may stand after its kind or
// the state's long form ("to the capital of the Republic of X", "to the Kingdom of X") and may be followed
// by its city in apposition ("— the city of Y"). Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

const arrived = (body: string) => relationsOfType('ARRIVED_IN', 'Visit', body).sort();

describe('an arrival on a visit to a place named by its kind or long form', () => {
  it('reads the state after "the capital of the Republic of" and the city after the dash', () => {
    expect(
      arrived(
        'President Anna Morel arrived on a state visit to the capital of the Republic of Moldova — the city of Chisinau.',
      ),
    ).toEqual(['Anna Morel ARRIVED_IN Chisinau', 'Anna Morel ARRIVED_IN Moldova']);
  });

  it('reads the state after "the Kingdom of"', () => {
    expect(
      arrived('Prime Minister Jonas Berg arrived on an official visit to the Kingdom of Morocco.'),
    ).toEqual(['Jonas Berg ARRIVED_IN Morocco']);
  });

  it('still reads the plain visit to a state', () => {
    expect(arrived('Prime Minister Jonas Berg arrived on a two-day visit to Kenya.')).toEqual([
      'Jonas Berg ARRIVED_IN Kenya',
    ]);
  });

  it('takes no place when the visit is to something other than a place', () => {
    expect(
      arrived('Prime Minister Jonas Berg arrived on a visit to the headquarters of the company.'),
    ).toEqual([]);
  });
});
