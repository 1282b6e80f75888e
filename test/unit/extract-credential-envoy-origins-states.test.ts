// The states of unnamed envoys told right after a credentials ceremony (credential-lists.ts STATES_LEAD):
// "The ambassadors hail from A, B and C", "The new envoys come from A and B": the host MET each state. Not a
// list of persons, not "They are from", not far from the ceremony. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { metPairs } from '../helpers/extract-text.js';

const title = 'New envoys accredited';
const met = (body: string) => metPairs(title, body);

describe('the states of unnamed envoys after a ceremony', () => {
  it('links the host to each state', () => {
    expect(
      met(
        'President Ilse Varga accepted the credentials of nine new ambassadors. The ambassadors hail from Chad, Ghana and Peru.',
      ),
    ).toEqual(['Chad MET Ilse Varga', 'Ghana MET Ilse Varga', 'Ilse Varga MET Peru']);
    expect(
      met(
        'On Monday, President Ilse Varga received the credentials of two envoys. The new envoys come from Chile and Norway.',
      ),
    ).toEqual(['Chile MET Ilse Varga', 'Ilse Varga MET Norway']);
  });

  it('does not read a list of persons, a lead with no envoy word, or a list far from the ceremony', () => {
    expect(
      met(
        'President Ilse Varga accepted the credentials of two new ambassadors. The ambassadors are Ana Ruiz of Chile and Jorge Vela of Peru.',
      ),
    ).toEqual(['Ana Ruiz MET Ilse Varga', 'Ilse Varga MET Jorge Vela']);
    expect(
      met(
        'President Ilse Varga accepted the credentials of two new ambassadors. They are from Chile and Peru.',
      ),
    ).toEqual([]);
    expect(
      met(
        'President Ilse Varga accepted the credentials of two new ambassadors. The talks were long. Trade was discussed. Farming came up. The ambassadors hail from Chile and Peru.',
      ),
    ).toEqual([]);
    expect(met('The ambassadors hail from Chile and Peru.')).toEqual([]);
  });
});
