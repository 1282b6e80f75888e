// One visit per destination of a list (visit-destinations.ts), on sentences written for the test: "visited
// A and B", "a tour of A, B and C" are one visit each, a later visit of the same visitor to one of them
// joins that one; a city before its country ("Osaka, Japan") is one destination; plans make none. Every
// sentence is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
/** Each visit as "visitor > places it VISITED", sorted. */
const visits = (r: ReturnType<typeof run>) =>
  r
    .events('visit')
    .map((e) => {
      const who = e.participants.map((p) => r.name(p.entity)).join('+');
      const where = r.d.relations
        .filter((x) => x.type === 'VISITED' && x.event === e.id)
        .map((x) => r.name(x.target))
        .sort();
      return `${who} > ${where.join(', ')}`;
    })
    .sort();

describe('a visit to a list of destinations', () => {
  it('is one visit per place, verb or noun', () => {
    expect(
      visits(
        run('Tour', 'Last month, Foreign Minister Alice Wanjiru visited Ghana and Senegal to discuss trade.'),
      ),
    ).toEqual(['Alice Wanjiru > Ghana', 'Alice Wanjiru > Senegal']);
    expect(
      visits(
        run(
          'Tour',
          'Prime Minister Anil Mehra returned home on Sunday after a tour of Peru, Chile and Bolivia.',
        ),
      ),
    ).toEqual(['Anil Mehra > Bolivia', 'Anil Mehra > Chile', 'Anil Mehra > Peru']);
  });

  it("a later visit of the same visitor to one of the places joins that place's visit", () => {
    const r = run(
      'Tour',
      'President John Tuala visited Ghana and Senegal in May. His visit to Senegal ended with a trade pact.',
    );
    expect(visits(r)).toEqual(['John Tuala > Ghana', 'John Tuala > Senegal']);
    const senegal = r.events('visit').find((e) => e.place && r.name(e.place) === 'Senegal')!;
    expect(senegal.evidence).toHaveLength(2);
  });

  it('a city before its country, one place, and a plan are no list of visits', () => {
    expect(visits(run('Trip', 'President John Tuala visited Osaka, Japan on Friday.'))).toEqual([
      'John Tuala > Japan, Osaka',
    ]);
    expect(visits(run('Trip', 'President John Tuala visited Senegal on Friday.'))).toEqual([
      'John Tuala > Senegal',
    ]);
    expect(visits(run('Trip', 'President John Tuala will visit Ghana and Senegal in May.'))).toEqual([]);
  });
});
