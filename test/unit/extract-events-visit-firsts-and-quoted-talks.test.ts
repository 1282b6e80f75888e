// Two shapes of meetings and visits told without the usual words, on sentences written for the test: a
// visit told by a rank among visitors ("X, the first … to visit P", visit-firsts.ts) and talks held with
// a quoted modifier ("held a “frank” discussion with B", meetings.ts). Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked, metPairs } from '../helpers/extract-text.js';

const run = extractChecked;
const visited = (title: string, body: string) => run(title, body).rels.filter((r) => / VISITED /.test(r));

describe('a visit told by a rank among visitors', () => {
  it('an apposition and a copula describe the visitor', () => {
    expect(
      visited(
        'Ties',
        'Foreign Minister Anna Lind, the first Swedish foreign minister to visit Chile in a decade, praised the talks.',
      ),
    ).toEqual(['Anna Lind VISITED Chile']);
    expect(
      visited(
        'Ties',
        'Prime Minister Lars Holm is the first head of government to visit Vietnam since 2010.',
      ),
    ).toEqual(['Lars Holm VISITED Vietnam']);
    expect(
      visited(
        'Ties',
        'Kenyan President Paul Otieno welcomed Lars Holm, the only Danish leader to visit Kenya this century.',
      ),
    ).toEqual(['Lars Holm VISITED Kenya']);
  });

  it('no visit for a plan, a negation, a pronoun, or a phrase naming another person', () => {
    for (const body of [
      'Prime Minister Lars Holm will be the first head of government to visit Vietnam since 2010.',
      'Prime Minister Lars Holm was not the first head of government to visit Vietnam.',
      'Prime Minister Lars Holm hopes to be the first head of government to visit Vietnam.',
      'Anna Lind spoke to Lars Holm. He was the first Danish leader to visit Chile.',
      'Anna Lind was the first envoy of President Paul Otieno to visit Chile.',
    ])
      expect(visited('Plans', body)).toEqual([]);
  });
});

describe('talks held with a quoted modifier', () => {
  it('the quote marks around the modifier do not hide the talks', () => {
    expect(
      metPairs(
        'Talks',
        'Foreign Minister Anna Lind had a “productive discussion” with Prime Minister Lars Holm.',
      ),
    ).toEqual(['Anna Lind MET Lars Holm']);
    expect(
      metPairs(
        'Talks',
        'Foreign Minister Anna Lind held “wide-ranging” talks with Prime Minister Lars Holm.',
      ),
    ).toEqual(['Anna Lind MET Lars Holm']);
  });

  it('no meeting for quoted talks only planned or with no one named', () => {
    expect(
      metPairs('Talks', 'Foreign Minister Anna Lind will hold “frank” talks with Prime Minister Lars Holm.'),
    ).toEqual([]);
    expect(metPairs('Talks', 'Foreign Minister Anna Lind held “frank” talks on trade.')).toEqual([]);
  });
});
