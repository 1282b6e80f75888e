// No travel to a building (session 30): a leader's seat or residence named as a place is where a meeting
// happens, so "arrived at PM House" or "visited the Rashtrapati Bhavan" gives no ARRIVED_IN or VISITED to it,
// while a city arrived in still does. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const travel = (body: string) =>
  extractChecked('Visit', body).rels.filter((r) => / (?:ARRIVED_IN|VISITED) /.test(r));

describe('travel to a leader’s building', () => {
  it('when a president arrives at a residence, then he arrives in no building', () => {
    expect(
      travel(
        'President Tomas Ruiz arrived at the Rashtrapati Bhavan on Tuesday for talks with Narendra Modi.',
      ),
    ).toEqual([]);
  });

  it('when a president arrives in a capital, then he arrives there', () => {
    expect(travel('President Tomas Ruiz arrived in New Delhi on Tuesday for talks.')).toEqual([
      'Tomas Ruiz ARRIVED_IN New Delhi',
    ]);
  });
});
