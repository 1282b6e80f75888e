// All-caps words that are no organisation (server/src/extract/lexicon.ts NOT_ACRONYM_ORGS, read by
// entities/singles.ts and known-segments.ts): treaties, titles, weapons, goods and common terms that news
// writes as acronyms give no entity, while an unknown acronym of a body still does.
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
