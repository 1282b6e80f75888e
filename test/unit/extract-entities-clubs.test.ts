// Sports clubs by their shape, on invented text (clubs.ts): club letters, a club's first or last word around a
// known place, "City" where a match is told, the subject of signing a player; places and persons that look
// alike stay what they are.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

const orgs = (d: ReturnType<typeof extract>) => namesOf(d, 'Organization');
const persons = (d: ReturnType<typeof extract>) => namesOf(d, 'Person');
const places = (d: ReturnType<typeof extract>) => namesOf(d, 'Place');

describe('sports clubs', () => {
  it('when club letters stand before or after a town, then the club is an organisation, not the town', () => {
    const d = extract(
      [
        'Transfer news',
        'FC Porto agreed a fee with AC Milan on Friday, and Sevilla FC made an offer too.',
      ].join('\n'),
    );
    expect(orgs(d)).toEqual(expect.arrayContaining(['FC Porto', 'AC Milan', 'Sevilla FC']));
    expect(places(d)).not.toContain('Milan');
  });

  it("when a club's first or last word stands by a town, then the club is an organisation", () => {
    const d = extract(
      ['Cup draw', 'Real Madrid will face Newcastle United, and Sporting Lisbon meet Bristol Rovers.'].join(
        '\n',
      ),
    );
    expect(orgs(d)).toEqual(
      expect.arrayContaining(['Real Madrid', 'Newcastle United', 'Sporting Lisbon', 'Bristol Rovers']),
    );
    expect(places(d)).toEqual([]);
  });

  it('when a town and "City" are told with a match, then the club is an organisation', () => {
    const d = extract(
      ['Result', 'Leicester City won the league match at their stadium on Saturday.'].join('\n'),
    );
    expect(orgs(d)).toContain('Leicester City');
  });

  it('when a name signs a player, then it is a club, not a person', () => {
    const d = extract(
      ['Deal done', 'Aston Villa signed Tomas Hale from a Belgian side on Monday.'].join('\n'),
    );
    expect(orgs(d)).toContain('Aston Villa');
    expect(persons(d)).not.toContain('Aston Villa');
  });

  it('when a capital is named with "City" or a person signs a document, then nothing is a club', () => {
    const d = extract(
      [
        'Summit ends',
        'The Kuwait City talks ended 2-1 in the vote, and delegates left Mexico City for the match.',
        "Governor Tom Hale signed the budget, and Ana Ruiz signed John Smith's letter.",
      ].join('\n'),
    );
    expect(places(d)).toEqual(expect.arrayContaining(['Kuwait City', 'Mexico City']));
    expect(orgs(d)).toEqual([]);
    expect(persons(d)).toEqual(expect.arrayContaining(['Tom Hale', 'Ana Ruiz']));
  });
});
