// A capitalised title of a body set before the name, with or without an article ("President of the X
// Council, Name, …", "The Secretary-General of NATO, Name, …"): the head LEADS the body, a deputy or other
// title is a member, a spokesperson speaks for it; a title that is the apposition of a name before it ("A,
// Vice Chairman of X, B, …") is A's, not B's. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;

describe('a capitalised role of a body before ", Name" (session 25)', () => {
  it('"President of the <Council>, Name" at a sentence start: LEADS', () => {
    const r = run(
      'Leaders meet',
      'President of the Sahel Transitional Council, Omar Haddad, arrived in Dakar on Monday.',
    );
    expect(r.rels).toContain('Omar Haddad LEADS Sahel Transitional Council');
  });

  it('"The Deputy Chairman of the <Commission>, Name": a member, not the head', () => {
    const r = run(
      'Leaders meet',
      'The Deputy Chairman of the African Union Commission, Grace Mutesi, arrived in Dakar on Monday.',
    );
    expect(r.rels).toContain('Grace Mutesi MEMBER_OF African Union Commission');
    expect(r.rels).not.toContain('Grace Mutesi LEADS African Union Commission');
  });

  it('no relation for the name after a title that is the apposition of a name before it', () => {
    const r = run(
      'Delegation arrives',
      'The delegation included Li Wenbo, Vice Chairman of the China International Development Cooperation Agency, Wang Dehai, Deputy Minister of Foreign Affairs.',
    );
    expect(r.rels.filter((x) => x.startsWith('Wang Dehai '))).toEqual([]);
  });
});
