// Sanctioners read from who announces the sanctions and from the clauses before (session 15): the state
// an unnamed or named official stands for ("Britain's foreign secretary announced sanctions on …", "The
// British foreign minister imposed …", "the UK's foreign secretary, X, announced …"); the sanctioner a
// clause named without targets ("The UK is sanctioning 50 more individuals") for the people a later
// clause names without a sanctioner, but not for a state named alone there; and lists after "<group> now
// subject to X sanctions include", "<group> now sanctioned include", "<group> who have been designated
// include". Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const title = 'New sanctions on officials';
const sanctionedBy = (rels: string[], by: string) =>
  rels.filter((r) => r.startsWith(`${by} SANCTIONED `)).map((r) => r.slice(`${by} SANCTIONED `.length));

describe('the state of the official who announces sanctions', () => {
  it.each([
    ["Britain's foreign secretary announced sanctions on Rufus Firefly and Chico Marx on Tuesday."],
    ['The British foreign secretary on Tuesday imposed sanctions on Rufus Firefly and Chico Marx.'],
    ["The UK's foreign secretary, Margaret Dumont, announced sanctions on Rufus Firefly and Chico Marx."],
  ])('when "%s", then the United Kingdom sanctions both', (body) => {
    const { rels } = extractChecked(title, body);
    expect(sanctionedBy(rels, 'United Kingdom')).toEqual(
      expect.arrayContaining(['Rufus Firefly', 'Chico Marx']),
    );
  });

  it('when the official has no state named ("The foreign secretary announced …"), then no state is made up', () => {
    const { rels } = extractChecked(title, 'The foreign secretary announced sanctions on Rufus Firefly.');
    expect(rels.filter((r) => r.includes(' SANCTIONED '))).toEqual([]);
  });
});

describe('the sanctioner a clause named before its targets', () => {
  it('when "The UK is sanctioning 50 more individuals" comes first, then the people named next are the UK\'s', () => {
    const { rels } = extractChecked(
      title,
      'The UK is sanctioning 50 more individuals. Political allies now sanctioned include Prime Minister Rufus Firefly and Chico Marx.',
    );
    expect(sanctionedBy(rels, 'United Kingdom')).toEqual(
      expect.arrayContaining(['Rufus Firefly', 'Chico Marx']),
    );
  });

  it('when the later clause names only states ("individuals from Peru and Chile"), then they are not sanctioned by it', () => {
    const { rels } = extractChecked(
      title,
      'Canada is sanctioning 20 more people. The announcement sanctioned individuals from Peru and Chile.',
    );
    expect(sanctionedBy(rels, 'Canada')).not.toContain('Peru');
    expect(sanctionedBy(rels, 'Canada')).not.toContain('Chile');
  });
});

describe('lists after a group said to be sanctioned', () => {
  it.each([
    ['Oligarchs now subject to UK sanctions include'],
    ['Propagandists who have been designated include'],
    ['Allies now sanctioned include'],
  ])('when "%s A, B and C" follows the sanctions, then A, B and C are sanctioned', (lead) => {
    const { rels } = extractChecked(
      title,
      `The UK is sanctioning 50 more individuals. ${lead} Rufus Firefly, Chico Marx and Margaret Dumont.`,
    );
    expect(sanctionedBy(rels, 'United Kingdom')).toEqual(
      expect.arrayContaining(['Rufus Firefly', 'Chico Marx', 'Margaret Dumont']),
    );
  });
});
