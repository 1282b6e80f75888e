// The guest a host receives at a lower-case venue travels (hosted-guests.ts): "X received Y at the
// airport upon his arrival in P" is Y's arrival, as with a named venue; a thing received, or a guest met
// at an event rather than a place of reception, makes no arrival of the guest. Every sentence here is
// written for the test.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

const title = 'President arrives';
const arrived = (body: string) => relationsOfType('ARRIVED_IN', title, body).sort();

describe('a guest received at a venue on arrival', () => {
  it('the guest received at the airport or the palace arrives', () => {
    expect(
      arrived(
        'Foreign Minister Ali Musa received President Nana Mensah at the airport upon his arrival in Nairobi.',
      ),
    ).toEqual(['Nana Mensah ARRIVED_IN Nairobi']);
    expect(
      arrived(
        'Premier Ana Duarte welcomed King Tomas Berg at the presidential palace on Monday upon his arrival in Lisbon.',
      ),
    ).toEqual(['Tomas Berg ARRIVED_IN Lisbon']);
  });

  it('no arrival of the host for a thing received, nor of a guest met at an event', () => {
    expect(
      arrived('Foreign Minister Ali Musa received the letter at the airport upon his arrival in Nairobi.'),
    ).toEqual([]);
    expect(
      arrived(
        'Foreign Minister Ali Musa met President Nana Mensah at the conference upon his arrival in Nairobi.',
      ),
    ).not.toContain('Ali Musa ARRIVED_IN Nairobi');
  });
});
