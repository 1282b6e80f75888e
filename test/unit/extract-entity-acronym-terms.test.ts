// All-caps words that are no organisation (server/src/extract/lexicon.ts NOT_ACRONYM_ORGS, read by
// entities/singles.ts and known-segments.ts): treaties, titles, weapons, goods and common terms that news
// writes as acronyms give no entity, while an unknown acronym of a body still does; initials of a place
// the article names are that place; a body named by its head word keeps a sentence's first word.
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract-text.js';

const orgs = (d: ReturnType<typeof extract>) =>
  d.entities.filter((e) => e.type === 'Organization').map((e) => e.name);

describe('acronyms that name no body', () => {
  it('when a treaty, a title, a weapon or a good is written as an acronym, then it is no organisation', () => {
    const d = extract(
      [
        'Envoys trade words',
        'Freedonia said the JCPOA and the INF treaty were dead, and that the NPT review had failed.',
        'POTUS will raise LNG exports and ICBM tests with the visiting minister, the envoy told reporters.',
        'The two sides signed an MOU on trade and pledged more FDI.',
      ].join('\n'),
    );
    for (const term of ['JCPOA', 'INF', 'NPT', 'POTUS', 'LNG', 'ICBM', 'MOU', 'FDI'])
      expect(orgs(d)).not.toContain(term);
  });

  it('when an unknown acronym stands for a body, then it is still an organisation', () => {
    const d = extract(
      [
        'Bloc condemns expulsion',
        'The ZCTU said on Monday it condemned the expulsion of the Freedonian envoy.',
        'A statement from the ECOMAR secretariat called the move regrettable.',
      ].join('\n'),
    );
    expect(orgs(d)).toEqual(expect.arrayContaining(['ZCTU', 'ECOMAR']));
  });
});

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
