// Who is expelled, read from the object noun phrase (session 13): quantities before the head ("more than
// 150", "over 40", "a total of", "21 and 17"), a coordinated or compound head ("18 diplomats and 6
// technical staff from …", "staff members of …"), a scare-quoted head, the embassy or mission the people
// work at ("working at …", "from the embassies of A, B and C", "Embassy of the Russian Federation"),
// countries listed after "N countries, including" / "the following countries:", a place among demonyms
// ("the US, German and French ambassadors"); a passive "were declared persona non grata" and "ordered to
// leave X". Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const expelled = (title: string, body: string) => run(title, body).rels.filter((r) => / EXPELLED /.test(r));

describe('the expelled state is read from a quantity before the head', () => {
  it.each([
    'Norway expelled more than 150 Russian diplomats on Monday.',
    'Norway expelled over 40 Russian diplomats on Monday.',
    'Norway expelled a total of 40 Russian diplomats on Monday.',
    'Norway expelled a number of Russian diplomats on Monday.',
    'Norway expelled 40 Russian “diplomats” on Monday.',
  ])('when "%s", then Norway EXPELLED Russia', (text) => {
    expect(expelled('Norway expels diplomats', text)).toEqual(['Norway EXPELLED Russia']);
  });

  it('when "Belgium and the Netherlands expelled 21 and 17 Russian diplomats respectively", then both expelled Russia', () => {
    expect(
      expelled(
        'Expulsions',
        'Belgium and the Netherlands expelled 21 and 17 Russian diplomats respectively on Tuesday.',
      ),
    ).toEqual(['Belgium EXPELLED Russia', 'Netherlands EXPELLED Russia']);
  });
});

describe('the expelled state is read from the complement of a coordinated or compound head', () => {
  it.each([
    'Croatia has expelled 18 diplomats and 6 administrative and technical staff from the Russian embassy.',
    'Croatia ordered three staff members of the Russian embassy to leave.',
    'Croatia expelled 25 diplomats and staff of the Russian embassy in Zagreb.',
    'Croatia expelled 40 diplomats working at the Russian embassy.',
    'Croatia expelled two employees of the Embassy of the Russian Federation.',
    'Croatia expelled the Russian embassy’s second secretary on Monday.',
  ])('when "%s", then Croatia EXPELLED Russia', (text) => {
    expect(expelled('Croatia expels diplomats', text)).toEqual(['Croatia EXPELLED Russia']);
  });

  it('when a head is followed by a place that is no body ("diplomats working in Berlin"), then the place is not expelled', () => {
    expect(
      expelled('Croatia expels diplomats', 'Croatia expelled two Serbian diplomats working in Berlin.'),
    ).toEqual(['Croatia EXPELLED Serbia']);
  });
});

describe('the expelled states are read from a list of countries', () => {
  it('when "the ambassadors of 10 countries, including the US, Germany and France, persona non grata", then each', () => {
    expect(
      expelled(
        'Ankara expels envoys',
        'Turkey declared the ambassadors of 10 countries, including the US, Germany and France, persona non grata.',
      ),
    ).toEqual(['Turkey EXPELLED United States', 'Turkey EXPELLED Germany', 'Turkey EXPELLED France']);
  });

  it('when "diplomats from the following countries: A, B and C", then each', () => {
    expect(
      expelled(
        'Moscow expels diplomats',
        'Russia will expel diplomats from the following countries: Albania, Australia and Belgium.',
      ),
    ).toEqual(['Russia EXPELLED Albania', 'Russia EXPELLED Australia', 'Russia EXPELLED Belgium']);
  });

  it('when "the US, German and Dutch ambassadors", then each country', () => {
    expect(expelled('Ankara expels envoys', 'Turkey expelled the US, German and Dutch ambassadors.')).toEqual(
      ['Turkey EXPELLED United States', 'Turkey EXPELLED Germany', 'Turkey EXPELLED Netherlands'],
    );
  });
});

describe('passive expulsions', () => {
  it('when "Diplomats from A and B were declared persona non grata" follows an expulsion, then its expeller expelled them (not A expelling)', () => {
    const rels = expelled(
      'Moscow expels diplomats',
      'Russia expelled 150 diplomats from 23 countries on Friday. Diplomats from Albania and Belgium were declared persona non grata.',
    );
    expect(rels).toEqual(['Russia EXPELLED Albania', 'Russia EXPELLED Belgium']);
  });

  it('when "Two Russian diplomats have been ordered to leave Estonia", then Estonia EXPELLED Russia', () => {
    expect(
      expelled('Estonia expels diplomats', 'Two Russian diplomats have been ordered to leave Estonia.'),
    ).toEqual(['Estonia EXPELLED Russia']);
  });
});
