// States taking the like step after an expulsion just told (expulsion-round-ups.ts): "A and B took
// similar measures", "Similar steps were taken by A and B" expel the same state; a prospect, the
// expelled state itself, a step told far from any expulsion, or after no expulsion, is none. Every
// sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

const title = 'Diplomats expelled';
const first = 'Poland expelled 45 Russian diplomats on Tuesday, accusing them of spying.';
const expelled = (body: string) => relationsOfType('EXPELLED', title, body).sort();

describe('states taking similar steps after an expulsion', () => {
  it('the subject of an active step expels the same state', () => {
    expect(
      expelled(
        `${first} Earlier this month, Latvia, Estonia and Lithuania took a series of similar measures.`,
      ),
    ).toEqual([
      'Estonia EXPELLED Russia',
      'Latvia EXPELLED Russia',
      'Lithuania EXPELLED Russia',
      'Poland EXPELLED Russia',
    ]);
    expect(expelled(`${first} Latvia and Estonia have announced similar expulsions.`)).toEqual([
      'Estonia EXPELLED Russia',
      'Latvia EXPELLED Russia',
      'Poland EXPELLED Russia',
    ]);
  });

  it('the states after "by" of a passive step expel the same state', () => {
    expect(expelled(`${first} Similar steps were taken by Latvia and Estonia.`)).toEqual([
      'Estonia EXPELLED Russia',
      'Latvia EXPELLED Russia',
      'Poland EXPELLED Russia',
    ]);
    expect(expelled(`${first} Identical measures have since been adopted by the Czech Republic.`)).toEqual([
      'Czech Republic EXPELLED Russia',
      'Poland EXPELLED Russia',
    ]);
  });

  it('makes none of a prospect, a reply, a far step or a step after no expulsion', () => {
    expect(expelled(`${first} Lithuania vowed to take similar measures.`)).toEqual([
      'Poland EXPELLED Russia',
    ]);
    expect(expelled(`${first} Lithuania will take the same steps, officials said.`)).toEqual([
      'Poland EXPELLED Russia',
    ]);
    expect(expelled(`${first} Russia took similar steps on Friday.`)).toEqual(['Poland EXPELLED Russia']);
    expect(
      expelled(`${first}\n\nThe move follows months of tension.\n\nLatvia took similar steps last week.`),
    ).toEqual(['Poland EXPELLED Russia']);
    expect(
      expelled('Poland imposed sanctions on 45 Russian officials. Latvia took similar measures.'),
    ).toEqual([]);
  });
});
