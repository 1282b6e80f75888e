// Arrivals told by a fronted phrase (session 24): "Upon (his) arrival in P, X was received by …" and
// "Arriving in P on Tuesday, X said …" make X a traveller to P; a host the phrase dangles on ("On arrival
// at P, the Sultan greeted X") is none. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

const arrived = (body: string) => relationsOfType('ARRIVED_IN', 'Visit', body);

describe('an arrival phrase opening the sentence', () => {
  it('makes the main clause subject the traveller', () => {
    expect(
      arrived(
        'Upon arrival in Beijing, Prime Minister Shehbaz Sharif was received by Vice Premier Ding Xuexiang.',
      ),
    ).toEqual(['Shehbaz Sharif ARRIVED_IN Beijing']);
    expect(arrived('Arriving in Beijing on Tuesday, Shehbaz Sharif said the visit was important.')).toEqual([
      'Shehbaz Sharif ARRIVED_IN Beijing',
    ]);
  });

  it('makes no host a traveller', () => {
    expect(
      arrived('On arrival at Merdeka Square, Anwar Ibrahim greeted Shehbaz Sharif and his delegation.'),
    ).toEqual([]);
  });
});
