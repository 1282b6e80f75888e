// Visits to a place the entity rules do not know (visit-unknown-places.ts), on sentences written for the
// test: the visitor has a visit with no place; plans, negations, cancellations, persons and known
// organisations after the verb make none. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const visitors = (r: ReturnType<typeof run>) =>
  r
    .events('visit')
    .map((e) => e.participants.filter((p) => p.role === 'visitor').map((p) => r.name(p.entity)))
    .flat();

describe('visits to unknown places', () => {
  it('a possessor, a possessive pronoun, a subject and a relative clause visit', () => {
    expect(visitors(run('Tour', "Prime Minister Anil Mehra's visit to Lakshadweep drew praise."))).toEqual([
      'Anil Mehra',
    ]);
    expect(
      visitors(
        run(
          'Tour',
          'Foreign Minister Alice Wanjiru spoke on Monday. Her two-day visit to the Province of Huambo ' +
            'focused on demining.',
        ),
      ),
    ).toEqual(['Alice Wanjiru']);
    expect(
      visitors(run('Tour', 'Samoan President John Tuala spoke on Monday. He later visited Te Papa.')),
    ).toEqual(['John Tuala']);
    expect(
      visitors(run('Tour', 'Prime Minister Anil Mehra, who visited Lakshadweep last week, met officials.')),
    ).toEqual(['Anil Mehra']);
  });

  it('no visit for plans, negations, cancellations, persons or known bodies', () => {
    for (const body of [
      'Kenyan President William Ruto will visit Lakshadweep in May.',
      'Kenyan President William Ruto has never visited Lakshadweep.',
      'Kenyan President William Ruto plans a trip to Lakshadweep in May.',
      "Kenyan President William Ruto's visit to Lakshadweep was postponed.",
      'Kenyan President William Ruto visited the Ministry of Foreign Affairs.',
    ])
      expect(visitors(run('Plans', body))).toEqual([]);
    const met = run('Call', 'Kenyan President William Ruto visited President Paul Kagame on Monday.');
    expect(visitors(met)).toEqual([]);
    expect(met.events('meeting')).toHaveLength(1);
  });
});
