// A ministry's field before its head inside a title before a name (session 29, invented text;
// entities/person-prefix.ts fieldBeforeMinistry): "Foreign Ministry Spokesperson X" names a body, the
// home state's foreign ministry when the headline or the dateline gives the state; "Foreign Minister X",
// "Chief Cabinet Secretary X" and "Foreign Secretary X" name none.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const orgs = (names: string[]) => names.filter((n) => n.startsWith('Organization ')).map((n) => n.slice(13));

describe("a ministry named in a spokesperson's title", () => {
  it('when the headline opens with the state, then the spokesperson speaks for its foreign ministry', () => {
    const r = extractChecked(
      'Vietnam rejects claims',
      'Foreign Ministry Spokesperson Pham Thu Hang told reporters on Thursday that the claims were baseless.',
    );
    expect(orgs(r.names)).toContain('Vietnamese Foreign Ministry');
    expect(r.rels).toContain('Pham Thu Hang SPOKESPERSON_OF Vietnamese Foreign Ministry');
  });

  it("when only the dateline gives the state, then the ministry is that state's", () => {
    const r = extractChecked(
      'Sanctions on firms announced',
      'ANKARA: Two firms will face sanctions, Foreign Ministry spokesman Oncu Keceli said on Friday.',
    );
    expect(orgs(r.names)).toContain('Turkish Foreign Ministry');
  });

  it('when a defence ministry is named so, then it is a body the spokesperson belongs to', () => {
    const r = extractChecked(
      'Drills end',
      'Defence Ministry spokesman Ivan Sorokin said on Monday that the drills had ended.',
    );
    expect(orgs(r.names).some((n) => n.endsWith('Defence Ministry'))).toBe(true);
  });
});

describe('titles that name no body', () => {
  it('when "Foreign Minister" or "Foreign Secretary" precedes a name, then no organisation is made', () => {
    const r = extractChecked(
      'Talks held',
      'Foreign Minister Ana Souza met Foreign Secretary Tom Hale in Lisbon on Monday.',
    );
    expect(orgs(r.names)).toEqual([]);
  });

  it('when a rank comes before a lone head word, then the words stay a title', () => {
    const r = extractChecked(
      'Japan protests',
      'Chief Cabinet Secretary Kenji Mori said Japan had protested.',
    );
    expect(orgs(r.names)).toEqual([]);
  });
});
