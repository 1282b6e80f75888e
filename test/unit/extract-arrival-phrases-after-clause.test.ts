// An arrival phrase after its clause ("X laid a wreath upon her arrival in P") travels the person the
// sentence opens with, unless a host or another person stands between; and a passive host's place of
// reception before "by" ("was welcomed at the airport by Y upon her arrival") keeps the subject the guest
// (arrival-phrases.ts, hosted-guests.ts). Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

const title = 'Premier in Lusaka';
const arrived = (body: string) => relationsOfType('ARRIVED_IN', title, body);

describe('an arrival phrase after the clause', () => {
  it("is the arrival of the person the sentence opens with, the clause being the traveller's own", () => {
    expect(
      arrived('Premier Liv Andersen laid a wreath at the memorial upon her arrival in Lusaka on Friday.'),
    ).toEqual(['Liv Andersen ARRIVED_IN Lusaka']);
    expect(arrived('Liv Andersen told journalists on arrival in Lusaka that she expected progress.')).toEqual(
      ['Liv Andersen ARRIVED_IN Lusaka'],
    );
  });

  it('is the guest of a passive host even with the place of the reception before "by"', () => {
    expect(
      arrived(
        'Premier Liv Andersen was welcomed at Kenneth Kaunda International Airport by Foreign Minister Tobias Mwale upon her arrival in Lusaka.',
      ),
    ).toEqual(['Liv Andersen ARRIVED_IN Lusaka']);
  });

  it('is no arrival of a host, of one who speaks of another, or of a relative clause', () => {
    expect(
      arrived('Foreign Minister Tobias Mwale praised Premier Liv Andersen upon her arrival in Lusaka.'),
    ).not.toContain('Tobias Mwale ARRIVED_IN Lusaka');
    expect(
      arrived('Foreign Minister Tobias Mwale escorted the delegation upon their arrival in Lusaka.'),
    ).toEqual([]);
    expect(
      arrived('Tobias Mwale, who met the delegation upon their arrival in Lusaka, said little.'),
    ).toEqual([]);
  });
});
