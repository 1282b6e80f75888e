// Arrivals (events/recalls-returns.ts), on sentences written for the test: touching down, the first or
// last to arrive, and a state's leader the text does not name; an aircraft that touches down is no
// traveller, a named leader is not replaced by his state. And a summit co-chaired with someone, a meeting
// of the two (events/meetings.ts). Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const arrivals = (body: string) =>
  extractChecked('Leaders gather', body).rels.filter((x) => / ARRIVED_IN /.test(x));

describe('an arrival', () => {
  it('is read from touching down and from the first or last to arrive', () => {
    expect(arrivals('Peruvian President Ana Ruiz touched down in Quito on Wednesday.')).toEqual([
      'Ana Ruiz ARRIVED_IN Quito',
    ]);
    expect(
      arrivals('Peru’s President Ana Ruiz was the first head of state to touch down in Quito on Wednesday.'),
    ).toEqual(['Ana Ruiz ARRIVED_IN Quito']);
  });

  it('is a state’s when its leader is not named', () => {
    expect(
      arrivals('The president of Bolivia was the last leader to arrive in Quito early Thursday.'),
    ).toEqual(['Bolivia ARRIVED_IN Quito']);
    expect(arrivals('President of Bolivia Luis Arce arrived in Quito early Thursday.')).toEqual([
      'Luis Arce ARRIVED_IN Quito',
    ]);
  });

  it('is no one’s when an aircraft touches down', () => {
    expect(
      arrivals(
        'Ana Ruiz greeted the delegation soon after the plane touched down at Mariscal Sucre Airport in Quito.',
      ),
    ).toEqual([]);
  });
});

describe('a summit co-chaired with someone', () => {
  it('is a meeting of the two', () => {
    const r = extractChecked(
      'Leaders gather',
      'Prime Minister Ana Ruiz co-chaired the summit with President Luis Vera of Bolivia on Monday.',
    );
    expect(r.rels).toContain('Ana Ruiz MET Luis Vera');
  });
});
