// "X arrived in the (neighbouring) country": the place is the story's host country (events/host-country.ts),
// the dateline's country or the one country the headline names; none when no single country is clear.
// Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

const arrived = (title: string, body: string) => relationsOfType('ARRIVED_IN', title, body).sort();

describe('an arrival in "the country"', () => {
  it('takes the dateline country', () => {
    expect(
      arrived(
        'Minister in Kenya',
        'NAIROBI, May 2 (Agency) - President Nana Mensah arrived in the country on Sunday for a state visit. Kenya and Ghana signed two deals.',
      ),
    ).toEqual(['Nana Mensah ARRIVED_IN Kenya']);
  });

  it('takes the one country the headline names', () => {
    expect(
      arrived(
        'Portuguese minister completes visit to Ghana',
        'Foreign Minister Ana Duarte arrived in the neighbouring country on Sunday for talks.',
      ),
    ).toEqual(['Ana Duarte ARRIVED_IN Ghana']);
  });

  it('takes nothing when no host country is clear', () => {
    expect(
      arrived(
        'Leaders meet for talks',
        'Foreign Minister Ana Duarte of Portugal arrived in the country on Sunday for talks with Kenya.',
      ),
    ).toEqual([]);
    expect(
      arrived(
        'Ghana and Togo sign deals',
        'Foreign Minister Ana Duarte arrived in the country on Sunday for talks.',
      ),
    ).toEqual([]);
  });

  it('does not replace a named place', () => {
    expect(
      arrived(
        'Portuguese minister completes visit to Ghana',
        'Foreign Minister Ana Duarte arrived in Accra on Sunday, her first trip to the country.',
      ),
    ).toEqual(['Ana Duarte ARRIVED_IN Accra']);
  });
});
