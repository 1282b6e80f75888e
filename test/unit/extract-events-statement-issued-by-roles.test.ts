// Statements whose issuer follows a role, a passive with "what it is about" between the noun and the verb,
// a bare "by", and "via/through a statement" (statements.ts, looserIssuer). Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const speakers = (title: string, body: string) => {
  const r = run(title, body);
  return r.events('statement').map((e) => e.participants.map((p) => r.name(p.entity)).join('+'));
};

describe('statements issued by a role, by a bare "by", via a statement', () => {
  it('a short phrase of what it is about between the noun and the passive', () => {
    expect(
      speakers(
        'Ministry protests',
        'The Kenyan Foreign Ministry condemned the move. A statement to this effect was issued by the ' +
          'spokesperson of the ministry, Mary Wanjiru.',
      ),
    ).toEqual(['Mary Wanjiru']);
    expect(
      speakers(
        'Ministry protests',
        'Kenya and Ghana signed a trade deal. A statement on the deal was released by a spokesman for the ' +
          'Kenyan Foreign Ministry.',
      ),
    ).toEqual(['Kenyan Foreign Ministry']);
  });

  it('a bare "by" and "via/through a statement"', () => {
    expect(
      speakers('Row', 'The comments followed a statement by US State Department spokesman Ned Price.'),
    ).toEqual(['US State Department']);
    expect(
      speakers(
        'Row',
        'Foreign Minister Melanie Joly announced the decision via a statement released on Monday.',
      ),
    ).toEqual(['Melanie Joly']);
    expect(speakers('Row', 'The French Embassy protested through a statement on its website.')).toEqual([
      'French Embassy',
    ]);
  });

  it('no issuer from a time or a place after a role the article does not name', () => {
    expect(
      speakers('Row', 'Protesters criticised a statement by the president on Monday in Nairobi.'),
    ).toEqual([]);
    expect(speakers('Row', 'A statement on the matter is expected from the ministry in Nairobi.')).toEqual(
      [],
    );
  });
});
