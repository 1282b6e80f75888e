// The states an expulsion names after its object phrase (session 25): a breakdown of a group by state
// ("from the Nordic countries, including two each from Sweden and Finland"), and staff coordinated after the
// object by a demonym ("and the German chargé d'affaires"). Never the acting state's own, never a city,
// never staff who are a new clause's subject. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const expelled = (body: string) =>
  extractChecked('Diplomatic row', body)
    .rels.filter((r) => r.includes(' EXPELLED '))
    .sort();

describe('states named after the object of an expulsion', () => {
  it.each([
    [
      'Russia expelled eight diplomats from the Nordic countries, including two each from Sweden and Finland and four from Norway.',
      ['Russia EXPELLED Finland', 'Russia EXPELLED Norway', 'Russia EXPELLED Sweden'],
    ],
    [
      'Moscow expelled ten diplomats from the Baltic states: three from Estonia, three from Latvia and four from Lithuania.',
      ['Moscow EXPELLED Estonia', 'Moscow EXPELLED Latvia', 'Moscow EXPELLED Lithuania'],
    ],
    [
      'Mali expelled the French ambassador and the German chargé d’affaires on Tuesday.',
      ['Mali EXPELLED France', 'Mali EXPELLED Germany'],
    ],
    [
      'Belarus expelled two employees of the Polish embassy and one each of the Latvian and Estonian embassies.',
      ['Belarus EXPELLED Estonia', 'Belarus EXPELLED Latvia', 'Belarus EXPELLED Poland'],
    ],
    [
      'Latvia expelled two Russian diplomats along with a Belarusian attaché.',
      ['Latvia EXPELLED Belarus', 'Latvia EXPELLED Russia'],
    ],
    // Session 44: a rank or branch between the demonym and the staff word, and "as well as" after a comma.
    [
      'Moscow expelled two Austrian diplomats, one Irish, three Greek and one Maltese diplomat, as well as the Cypriot naval attaché.',
      [
        'Moscow EXPELLED Austria',
        'Moscow EXPELLED Cyprus',
        'Moscow EXPELLED Greece',
        'Moscow EXPELLED Ireland',
        'Moscow EXPELLED Malta',
      ],
    ],
    [
      'Belarus expelled the Lithuanian ambassador and the Polish deputy head of mission.',
      ['Belarus EXPELLED Lithuania', 'Belarus EXPELLED Poland'],
    ],
    [
      'Russia expelled four Norwegian diplomats and the Danish defence attaché.',
      ['Russia EXPELLED Denmark', 'Russia EXPELLED Norway'],
    ],
    // A second counted group coordinated with the object, then its states after "including".
    [
      'Moscow said it would expel 40 Canadian diplomats and a further 31 from 12 other countries, including Austria, Greece and Malta.',
      [
        'Moscow EXPELLED Austria',
        'Moscow EXPELLED Canada',
        'Moscow EXPELLED Greece',
        'Moscow EXPELLED Malta',
      ],
    ],
  ])('when "%s", then %j', (text, rels) => {
    expect(expelled(text)).toEqual(rels);
  });

  it.each([
    [
      'Poland expelled two Russian diplomats, and Ukrainian diplomats welcomed the move.',
      'Poland EXPELLED Russia',
    ],
    [
      'Poland expelled two Belarusian diplomats, the Russian ambassador told reporters.',
      'Poland EXPELLED Belarus',
    ],
    [
      'Germany expelled two Russian diplomats, including one from the consulate in Bonn.',
      'Germany EXPELLED Russia',
    ],
    [
      'Poland expelled two Russian diplomats, and Polish diplomats in Moscow braced for it.',
      'Poland EXPELLED Russia',
    ],
    [
      'Russia expelled three Swedish diplomats and the Russian-speaking minority protested.',
      'Russia EXPELLED Sweden',
    ],
    [
      'Russia expelled 30 Swedish diplomats and a further 12, including officials at the consulate in Malmo.',
      'Russia EXPELLED Sweden',
    ],
    [
      'Russia expelled three Swedish diplomats and summoned the Finnish ambassador.',
      'Russia EXPELLED Sweden',
    ],
    [
      'Russia expelled three Swedish diplomats, as well as closing the Norwegian trade mission.',
      'Russia EXPELLED Sweden',
    ],
    [
      'Poland expelled two Russian diplomats and the Belarusian military attaché was summoned.',
      'Poland EXPELLED Russia',
    ],
  ])('when "%s", then only %s', (text, rel) => {
    expect(expelled(text)).toEqual([rel]);
  });
});
