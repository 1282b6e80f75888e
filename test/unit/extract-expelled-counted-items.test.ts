// Counted items that name the expelled states after an expulsion's object: by origin ("…, and one official
// each from Norway and Finland", "…: two from Chile, three from Peru") and by a plural demonym ("four
// Danish diplomats, three Czechs and two Lithuanians"). Session 45. Every sentence here is written for the
// test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const title = 'Expulsions of diplomats';
const expelledBy = (rels: string[], by: string) =>
  rels.filter((r) => r.startsWith(`${by} EXPELLED `)).map((r) => r.slice(`${by} EXPELLED `.length));

describe('counted items after the object name the expelled states', () => {
  it('when plural demonyms are counted after the object, then each of their states is expelled', () => {
    const { rels } = run(
      title,
      'Austria also expelled two Danish diplomats, three Czechs and four Lithuanians on Monday.',
    );
    expect(expelledBy(rels, 'Austria')).toEqual(
      expect.arrayContaining(['Denmark', 'Czech Republic', 'Lithuania']),
    );
  });

  it('when "one official each from A and B" is coordinated after the object, then A and B are expelled', () => {
    const { rels } = run(
      title,
      'Austria expelled three Danish diplomats and one official each from Norway and Finland on Monday.',
    );
    expect(expelledBy(rels, 'Austria')).toEqual(expect.arrayContaining(['Denmark', 'Norway', 'Finland']));
  });

  it('when the object itself is "one official each from A and B", then A and B are expelled', () => {
    const { rels } = run(title, 'Austria expelled one official each from Norway and Finland on Monday.');
    expect(expelledBy(rels, 'Austria')).toEqual(expect.arrayContaining(['Norway', 'Finland']));
  });

  it('when a day comes between the object and the colon of a breakdown, then its states are expelled', () => {
    const { rels } = run(
      title,
      'Austria expelled nine diplomats on Tuesday: four from Chile, two from Peru and three from Bolivia.',
    );
    expect(expelledBy(rels, 'Austria')).toEqual(expect.arrayContaining(['Chile', 'Peru', 'Bolivia']));
  });

  it('when the counted item has no state ("and two journalists"), then no state is added', () => {
    const { rels } = run(title, 'Austria expelled six diplomats and two journalists on Monday.');
    expect(expelledBy(rels, 'Austria')).toEqual([]);
  });

  it('when the counted demonyms begin a clause of their own, then they are not expelled', () => {
    const { rels } = run(
      title,
      'Austria expelled four Danish diplomats, and three Czechs were summoned to the ministry.',
    );
    expect(expelledBy(rels, 'Austria')).not.toContain('Czech Republic');
  });

  it('when the items count the places the staff served in, then no city is expelled', () => {
    const { rels } = run(
      title,
      'Austria expelled three Danish diplomats, two from the embassy in Copenhagen and one from the consulate in Aarhus.',
    );
    expect(expelledBy(rels, 'Austria')).not.toContain('Copenhagen');
    expect(expelledBy(rels, 'Austria')).not.toContain('Aarhus');
  });
});

describe('the staff of demonym embassies who must leave, after an expulsion', () => {
  it('when "The staff of the A and B embassies must leave" follows an expulsion, then A and B are expelled by its expeller', () => {
    const { rels } = run(
      title,
      'Austria expelled 20 diplomats on Friday. The staff of the Danish and Norwegian embassies must leave within a week.',
    );
    expect(expelledBy(rels, 'Austria')).toEqual(expect.arrayContaining(['Denmark', 'Norway']));
  });

  it('when the capitalised words before "embassies" are no demonyms, then nothing is added', () => {
    const { rels } = run(
      title,
      'Austria expelled 20 diplomats on Friday. The staff of the Summer and Winter embassies must leave within a week.',
    );
    expect(expelledBy(rels, 'Austria')).toEqual([]);
  });
});
