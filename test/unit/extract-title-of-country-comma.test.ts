// A capitalised title with its country and the name after a comma (session 29): "the Foreign Minister of
// Belarus, Vladimir Makei", "the Belarusian Foreign Minister, Vladimir Makei" name the person, so a meeting,
// a call or an expulsion takes him, not the country. Without a name after the comma the country stays.
// Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const rels = (body: string, type: string) =>
  extractChecked('Diplomacy', body)
    .rels.filter((r) => r.includes(` ${type} `))
    .sort();

describe('a title of a country, then the name after a comma, is the person', () => {
  it.each([
    ['Elmar Mammadyarov met with the Foreign Minister of Belarus, Vladimir Makei.', 'MET'],
    [
      'Elmar Mammadyarov had a telephone conversation with the Foreign Minister of Belarus, Vladimir Makei.',
      'SPOKE_WITH',
    ],
    [
      'Elmar Mammadyarov spoke by phone with the Belarusian Foreign Minister, Vladimir Makei, on Monday.',
      'SPOKE_WITH',
    ],
    ['Elmar Mammadyarov received the Ambassador of Belarus, Vladimir Makei.', 'MET'],
  ])('when "%s", then %s Vladimir Makei', (text, type) => {
    expect(rels(text, type)).toEqual([`Elmar Mammadyarov ${type} Vladimir Makei`]);
  });

  it('when the name is given for both sides, then both persons meet', () => {
    expect(
      rels('The President of Kenya, William Ruto, met the Prime Minister of India, Narendra Modi.', 'MET'),
    ).toEqual(['Narendra Modi MET William Ruto']);
  });

  it('when no name follows the comma, then the country is the party, as before', () => {
    expect(rels('Russia expelled the Ambassador of Estonia, citing hostile acts.', 'EXPELLED')).toEqual([
      'Russia EXPELLED Estonia',
    ]);
  });
});
