// Entity shapes met in session 22, on invented text: initials of a place the article names are that
// place and half of "RFE/RL" names nothing (entities/singles.ts); a body named by its head word keeps a
// sentence's first word (sentence-start-names.ts); "and" inside one body's name (chunking.ts); a lone
// unknown name credited with reported speech at a sentence's end, or meeting someone, is a person (singles.ts);
// regions and places of several words are known places (lexicon.ts EXTRA_PLACES).
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract-text.js';

const names = (d: ReturnType<typeof extract>, type: string) =>
  d.entities.filter((e) => e.type === type).map((e) => e.name);
const orgs = (d: ReturnType<typeof extract>) => names(d, 'Organization');

describe('acronyms of a place the article names, and halves of a joined acronym', () => {
  it('when the initials of a place named in the article stand alone, then they name that place', () => {
    const d = extract(
      [
        'Leaders meet',
        'South Africa and Sri Lanka signed a trade pact on Monday.',
        'SA officials said the deal would help SL exporters, the ZCTU added.',
      ].join('\n'),
    );
    expect(orgs(d)).not.toContain('SA');
    expect(orgs(d)).not.toContain('SL');
    expect(orgs(d)).toContain('ZCTU');
    const sa = d.entities.find((e) => e.name === 'South Africa')!;
    expect(sa.mentions.map((m) => m.text)).toContain('SA');
  });

  it('when an acronym is one half of "RFE/RL", then the half is no organisation', () => {
    const d = extract(['Reporter jailed', 'The RFE/RL journalist was detained on Monday.'].join('\n'));
    expect(orgs(d)).not.toContain('RFE');
    expect(orgs(d)).not.toContain('RL');
  });
});

describe('a body named by its head word at a sentence start', () => {
  it('when "Amnesty International said" opens a sentence, then the body keeps its first word', () => {
    const d = extract(
      [
        'Arrests condemned',
        'Police detained six activists. Amnesty International said the arrests were unlawful.',
      ].join('\n'),
    );
    expect(orgs(d)).toContain('Amnesty International');
  });

  it('when a page\'s furniture reads "Latest News" or "Featured Post", then it is no body', () => {
    const d = extract(
      ['Arrests condemned', 'Latest News', 'Featured Post', 'Police detained six activists.'].join('\n'),
    );
    expect(orgs(d)).not.toContain('Latest News');
    expect(orgs(d)).not.toContain('Featured Post');
  });
});

describe('"and" inside a body\'s name', () => {
  it('when common words are joined by "and" before a head ("National Security and Defense Council"), then the body is one', () => {
    const d = extract(
      ['Council meets', 'The National Security and Defense Council of Ukraine met on Monday.'].join('\n'),
    );
    expect(orgs(d)).toContain('National Security and Defense Council of Ukraine');
  });

  it('when two bodies are joined by "and", then they stay two', () => {
    const d = extract(
      [
        'Talks held',
        'Officials of Tanzania University and Dodoma State University met, as did Google and Microsoft Corp.',
      ].join('\n'),
    );
    expect(orgs(d).some((n) => / and /.test(n))).toBe(false);
  });
});

describe('a lone unknown name credited with reported speech', () => {
  it('when "…, Landsbergis said." ends a sentence, then the word is a person', () => {
    const d = extract(
      [
        'Diplomats expelled',
        'The decision was made with our partners, Varnauskas said. Talks go on, Monday said.',
      ].join('\n'),
    );
    expect(names(d, 'Person')).toContain('Varnauskas');
    expect(names(d, 'Person')).not.toContain('Monday');
  });
});

describe('a lone unknown name that meets someone', () => {
  it('when "Varnaud met with NATO chief X" or "talks with Kessler" is told, then the lone names are persons who met', () => {
    const d = extract(
      [
        'Leaders meet',
        'On the sidelines of the summit, Varnaud met with NATO chief Jens Stoltenberg. Wang Yi held talks with Kessler in Munich.',
      ].join('\n'),
    );
    expect(names(d, 'Person')).toEqual(expect.arrayContaining(['Varnaud', 'Kessler']));
    expect(d.events.filter((e) => e.type === 'meeting')).toHaveLength(2);
  });

  it('when a lone unknown word is visited, then it is no person (a place visited)', () => {
    const d = extract(['Visit', 'The minister visited Kupyansk on Monday.'].join('\n'));
    expect(names(d, 'Person')).not.toContain('Kupyansk');
  });
});

describe('a name no lexicon knows, by what the person does', () => {
  it('when "Before Xi Jinping arrived" or "Xi Jinping\'s visit to Paris" is told, then the name is a person', () => {
    for (const body of [
      'Before Xi Jinping arrived, officials met.',
      "Ahead of Xi Jinping's visit to Paris, officials met.",
    ])
      expect(names(extract(['Visits', body].join('\n')), 'Person')).toContain('Xi Jinping');
  });

  it('when a speaker is titled ("National Assembly Speaker Moon Hee-sang"), then the title stays off the name', () => {
    const d = extract(
      ['Protest', "Japan protested National Assembly Speaker Moon Hee-sang's remarks."].join('\n'),
    );
    expect(names(d, 'Person')).toContain('Moon Hee-sang');
    expect(names(d, 'Person').some((n) => /Speaker/.test(n))).toBe(false);
  });
});

describe('regions and places of several words', () => {
  it('when a region or a many-worded place is named ("the Balkans", "the Sahel", "East Jerusalem", "Port Moresby"), then it is a place', () => {
    const d = extract(
      [
        'Envoys travel',
        'Envoys from the Balkans and the Sahel met in East Jerusalem, then flew to Port Moresby and Sharm el-Sheikh.',
      ].join('\n'),
    );
    for (const p of ['Balkans', 'Sahel', 'East Jerusalem', 'Port Moresby', 'Sharm el-Sheikh'])
      expect(names(d, 'Place')).toContain(p);
    expect(names(d, 'Place')).not.toContain('Jerusalem');
  });

  it('when "the Gaza Strip" is named, then it is Gaza', () => {
    const d = extract(['Aid arrives', 'Aid trucks entered the Gaza Strip on Monday.'].join('\n'));
    expect(names(d, 'Place')).toContain('Gaza');
  });
});

describe('a titled surname that two persons could bear', () => {
  it('when "First Lady Jill Biden" is named and then "President Biden", then the president is someone else', () => {
    const d = extract(
      [
        'Visits',
        'Officials have visited Kyiv, including First Lady Jill Biden. Some wonder if President Biden will go too.',
      ].join('\n'),
    );
    expect(names(d, 'Person')).toEqual(expect.arrayContaining(['Jill Biden', 'Biden']));
  });

  it('when "Foreign Minister Sergei Lavrov" is named and then "Minister Lavrov", then it is him', () => {
    const d = extract(
      ['Talks', 'Foreign Minister Sergei Lavrov arrived. Minister Lavrov then met the envoy.'].join('\n'),
    );
    expect(names(d, 'Person')).toEqual(['Sergei Lavrov']);
  });
});

describe('a titled surname two full names share', () => {
  it('when "President Lukashenko" follows Alexander (the president) and Victor Lukashenko, then it is Alexander', () => {
    const d = extract(
      [
        'Sanctions',
        'Belarusian President Alexander Lukashenko and his son Victor Lukashenko were sanctioned. President Lukashenko called it theft.',
      ].join('\n'),
    );
    expect(
      names(d, 'Person')
        .filter((n) => /Lukashenko/.test(n))
        .sort(),
    ).toEqual(['Alexander Lukashenko', 'Victor Lukashenko']);
  });
});
