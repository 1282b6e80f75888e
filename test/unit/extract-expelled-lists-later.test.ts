// The states of an expulsion's unnamed group given in a later sentence (session 31): "The diplomats are
// from A, B and C", "Those expelled are from A and B" after an expulsion that only counts diplomats, and
// "The countries are A, B and C" up to four sentences after one that counts states; a relative clause
// ("The countries that condemned the move are A and B") names other states. Every sentence here is
// written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const expelledBy = (rels: string[], by: string) =>
  rels.filter((r) => r.startsWith(`${by} EXPELLED `)).map((r) => r.slice(`${by} EXPELLED `.length));

describe('the expelled states listed after an expulsion of an unnamed group', () => {
  it('when "The diplomats are from A, B and C" follows "expelled 23 diplomats", then each is expelled', () => {
    const { rels } = run(
      'Belarus expels diplomats',
      'Belarus said on Tuesday it was expelling 14 diplomats in a tit-for-tat move. The diplomats are from Latvia, Lithuania and Poland, the ministry said.',
    );
    expect(expelledBy(rels, 'Belarus')).toEqual(expect.arrayContaining(['Latvia', 'Lithuania', 'Poland']));
  });

  it('when "Those expelled were from A and B" follows "expelled dozens of diplomats", then both are expelled', () => {
    const { rels } = run(
      'Moscow orders diplomats out',
      'Russia expelled dozens of Western diplomats on Friday.\n\nThose expelled were from Norway, Sweden and Finland.',
    );
    expect(expelledBy(rels, 'Russia')).toEqual(expect.arrayContaining(['Norway', 'Sweden', 'Finland']));
  });

  it('when "The countries are A, B and C" comes three sentences after "from 12 countries", then each is expelled', () => {
    const { rels } = run(
      'Iran expels envoys',
      'Iran on Sunday expelled 30 diplomats from 12 countries. Tehran called it a measured response. Officials said the decision was final.\n\nThe countries are Germany, France and Italy.',
    );
    expect(expelledBy(rels, 'Iran')).toEqual(expect.arrayContaining(['Germany', 'France', 'Italy']));
  });
});

describe('lists that are not the expelled', () => {
  it('when a relative clause says who the countries are, then they are not expelled', () => {
    const { rels } = run(
      'Russia expels diplomats',
      'Russia on Monday expelled 40 diplomats from 23 countries. The countries that condemned the move are Albania, Austria and Belgium.',
    );
    expect(expelledBy(rels, 'Russia')).toEqual([]);
  });

  it('when the states backed the move, then they are not expelled', () => {
    const { rels } = run(
      'Russia expels diplomats',
      'Russia expelled 23 diplomats on Friday. The countries that backed the move include Belarus, Iran and Syria.',
    );
    expect(expelledBy(rels, 'Russia')).toEqual([]);
  });

  it('when the diplomats served in the states listed, then those states are not expelled', () => {
    const { rels } = run(
      'Russia expels diplomats',
      'Russia expelled 23 diplomats on Friday. Those expelled had served in Albania, Austria and Belgium.',
    );
    expect(expelledBy(rels, 'Russia')).toEqual([]);
  });

  it('when the list comes too long after the expulsion, then it is not read as its list', () => {
    const { rels } = run(
      'Russia expels diplomats',
      'Russia expelled 23 diplomats on Friday. Western states protested. Moscow said it would not back down. The decision was final.\n\nThe countries are Albania, Austria and Belgium.',
    );
    expect(expelledBy(rels, 'Russia')).toEqual([]);
  });
});
