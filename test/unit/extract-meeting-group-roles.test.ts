// A state met through a group named by one role ("the foreign ministers of A, B and C", "the ambassadors
// of A and B") is met as a state unless the article names its holder of that role: a person of the state
// named with another title ("A's Deputy Foreign Minister X", "A's Ambassador Y" after "the foreign
// ministers of") does not make the state's member of the group named (meeting-leaders.ts).
// Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { metPairs } from '../helpers/extract-text.js';

const title = 'Ministers gather';
const met = (body: string) => metPairs(title, body);

describe('a group of one role met, a person of a listed state named elsewhere', () => {
  it('meets the state when its person named elsewhere holds another role', () => {
    const body =
      'Earlier, Kenya’s Deputy Foreign Minister Amos Wekesa said trade would be discussed. ' +
      'On Monday, Foreign Minister Oskar Valberg met with the foreign ministers of Kenya, Ghana and Togo in Lusaka.';
    expect(met(body)).toEqual(expect.arrayContaining(['Kenya MET Oskar Valberg', 'Ghana MET Oskar Valberg']));
  });

  it('meets the person, not the state, when its holder of that role is named', () => {
    const body =
      'Earlier, Kenya’s Foreign Minister Amos Wekesa said trade would be discussed. ' +
      'On Monday, Foreign Minister Oskar Valberg met with the foreign ministers of Kenya, Ghana and Togo in Lusaka.';
    expect(met(body)).not.toContain('Kenya MET Oskar Valberg');
    expect(met(body)).toContain('Ghana MET Oskar Valberg');
  });

  it('keeps a state whose envoy, named elsewhere, is its ambassador', () => {
    const body =
      'Ghana’s Ambassador Kofi Mensah arrived on Sunday. ' +
      'President Oskar Valberg received the ambassadors of Ghana and Togo on Monday.';
    expect(met(body)).not.toContain('Ghana MET Oskar Valberg');
    expect(met(body)).toContain('Oskar Valberg MET Togo');
  });
});

describe('a dateline glued to a sentence whose subject is a list of states', () => {
  it('reads the states after the dateline as the sides', () => {
    const body =
      'LUSAKA, June 3 (Reuters) - The ambassadors of Norway and Chile paid courtesy calls on President Oskar Valberg on Tuesday.';
    expect(met(body)).toEqual(['Chile MET Oskar Valberg', 'Norway MET Oskar Valberg']);
  });
});
