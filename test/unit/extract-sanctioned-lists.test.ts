// People a sanctions report lists (session 14): members named with lower-case roles after "including"
// ("five officials, including intelligence minister A and army chief B"), lists after "They include",
// "The measures target", "Also sanctioned were", and a list that joins the sanctions of the same state
// told by its ministry and by the state ("X's Foreign Ministry imposed sanctions …; X decided to
// sanction …"): each sanctioner of those sanctions sanctions the people listed. Every sentence here is
// written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const title = 'Treasury sanctions officials';
const opening = 'The US Treasury Department on Monday imposed sanctions on five Iranian officials';
const sanctionedBy = (rels: string[], by: string) =>
  rels.filter((r) => r.startsWith(`${by} SANCTIONED `)).map((r) => r.slice(`${by} SANCTIONED `.length));

describe('sanctioned people listed with their roles', () => {
  it('when "five officials, including intelligence minister A and army chief B", then A and B are sanctioned', () => {
    const { rels } = run(
      title,
      `${opening}, including intelligence minister Rufus Firefly and army chief Chico Marx.`,
    );
    expect(sanctionedBy(rels, 'Treasury Department')).toEqual(
      expect.arrayContaining(['Rufus Firefly', 'Chico Marx']),
    );
  });

  it.each([
    ['They include'],
    ['The measures target'],
    ['The designations include'],
    ['Also sanctioned were'],
  ])('when "%s A and B" follows the sanctions, then A and B are sanctioned', (lead) => {
    const { rels, ruleOf } = run(
      title,
      `${opening}. ${lead} intelligence minister Rufus Firefly and army chief Chico Marx.`,
    );
    expect(sanctionedBy(rels, 'Treasury Department')).toEqual(
      expect.arrayContaining(['Rufus Firefly', 'Chico Marx']),
    );
    expect(ruleOf('Treasury Department SANCTIONED Chico Marx')).toBe('events/sanctions:list');
  });

  it('when a ministry and its state both announce the sanctions, then both sanction the people listed', () => {
    const { rels } = run(
      'China sanctions officials',
      'China’s Foreign Ministry on Wednesday imposed sanctions on 12 individuals. China has decided to sanction 12 persons, the ministry said. The sanctioned individuals include Secretary Rufus Firefly; and Director Chico Marx.',
    );
    expect(rels).toEqual(
      expect.arrayContaining([
        'Chinese Foreign Ministry SANCTIONED Rufus Firefly',
        'China SANCTIONED Rufus Firefly',
        'Chinese Foreign Ministry SANCTIONED Chico Marx',
        'China SANCTIONED Chico Marx',
      ]),
    );
  });

  it('when "including" is followed by words that are no role ("who were …"), then no one is listed', () => {
    const { rels } = run(title, `${opening}, including those who were named by Rufus Firefly last week.`);
    expect(sanctionedBy(rels, 'Treasury Department')).not.toContain('Rufus Firefly');
  });
});
