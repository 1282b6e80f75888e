// Meeting partners not named where the meeting is told (session 15): a guest known by "the visiting
// <role>" (the person named before with that title) or "his guest" (the person whose journey a sentence
// before told, not any person named before); and groups named by a list of demonyms ("his Kenyan,
// Ghanaian and Peruvian counterparts", "the Kenyan and Ghanaian foreign ministers"): each state met, as
// "counterparts from A, B and C" are. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const met = (rels: string[]) => rels.filter((r) => r.includes(' MET '));
const arrival = 'Foreign Minister Rufus Firefly arrived in Freedonia on Monday.';

describe('a guest met but not named in the sentence', () => {
  it.each([
    ['President Chico Marx received the visiting foreign minister at the palace.'],
    ['President Chico Marx received the visiting minister at the palace.'],
    ['President Chico Marx held talks with his guest on trade.'],
  ])('when "%s" follows the arrival, then the one who arrived met the host', (sentence) => {
    const { rels } = extractChecked('Minister in Freedonia', `${arrival} ${sentence}`);
    expect(met(rels).map((r) => r.split(' MET ').sort().join(' + '))).toEqual(['Chico Marx + Rufus Firefly']);
  });

  it('when the visiting role is not the title of anyone named before, then no guest is made up', () => {
    const { rels } = extractChecked(
      'Minister in Freedonia',
      `${arrival} President Chico Marx received the visiting king at the palace.`,
    );
    expect(met(rels)).toEqual([]);
  });

  it('when the person named before told no journey (a spokesman), then "his guest" is not that person', () => {
    const { rels } = extractChecked(
      'Talks in Freedonia',
      'Spokesman Harpo Marx said ties were good. President Chico Marx held talks with his guest on trade.',
    );
    expect(met(rels)).toEqual([]);
  });
});

describe('a group of several states named by their demonyms', () => {
  it.each([
    ['met with his Kenyan, Ghanaian and Peruvian counterparts on Monday.', ['Kenya', 'Ghana', 'Peru']],
    ['met the Kenyan and Ghanaian foreign ministers on Monday.', ['Kenya', 'Ghana']],
  ])('when the minister "%s", then each state is met', (rest, states) => {
    const { rels } = extractChecked('Minister meets counterparts', `Foreign Minister Rufus Firefly ${rest}`);
    expect(met(rels).sort()).toEqual(states.map((s) => `Rufus Firefly MET ${s}`).sort());
  });

  it('when one unnamed person is met by role ("the Japanese Prime Minister"), then no MET with the state', () => {
    const { rels } = extractChecked(
      'Minister meets premier',
      'Foreign Minister Rufus Firefly met the Japanese Prime Minister on Monday.',
    );
    expect(met(rels)).toEqual([]);
  });
});
