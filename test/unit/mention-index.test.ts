// The mention index's ranking on hand-made buckets: dates of any precision fall in a period as the
// overview's ranking query has them (a year-only date counts in every period that overlaps its year),
// ties go by id, types filter, and the period's article count and entity total come with the top.
import { describe, expect, it } from 'vitest';
import { MentionIndex } from '../../server/src/services/mention-index.js';

const entities = {
  ids: ['person:a', 'person:b', 'org:c', 'place:d'],
  elementIds: ['e0', 'e1', 'e2', 'e3'],
  types: ['Person', 'Person', 'Organization', 'Place'],
};
const index = new MentionIndex('v1', entities, [
  { published: '2021-03-20', articles: 2, entities: [0, 2], counts: [2, 1] },
  { published: '2021-04', articles: 1, entities: [1], counts: [1] },
  { published: '2021', articles: 3, entities: [1, 3], counts: [2, 3] },
  { published: '2022-01-05', articles: 4, entities: [0, 1, 2], counts: [4, 1, 4] },
]);
const all = ['Person', 'Organization', 'Place'];

describe('the mention index', () => {
  it('when a month is asked, then a day in it, its month and its year-only articles count', () => {
    const r = index.rank(all, { from: '2021-03-00', to: '2021-03-99' }, 10);
    // person:b 2 (year-only), place:d 3 (year-only), person:a 2, org:c 1; ties by id.
    expect(r).toEqual({
      ids: ['place:d', 'person:a', 'person:b', 'org:c'],
      elementIds: ['e3', 'e0', 'e1', 'e2'],
      total: 4,
      articles: 5,
    });
  });

  it('when the period has only an upper or a lower bound, then it runs to the end of the archive', () => {
    expect(index.rank(all, { from: '2022-00-00', to: null }, 2).ids).toEqual(['org:c', 'person:a']);
    expect(index.rank(all, { from: null, to: '2021-12-99' }, 10).articles).toBe(6);
  });

  it('when types are chosen, then only those are ranked and counted', () => {
    const r = index.rank(['Person'], { from: '2021-00-00', to: '2022-99-99' }, 1);
    expect(r.ids).toEqual(['person:a']);
    expect(r.total).toBe(2);
  });

  it('when nothing was published in the period, then the ranking is empty', () => {
    expect(index.rank(all, { from: '1990-00-00', to: '1990-99-99' }, 5)).toEqual({
      ids: [],
      elementIds: [],
      total: 0,
      articles: 0,
    });
  });

  it('when the latest date is asked, then it is the last publication date, whatever its precision', () => {
    expect(index.latest).toBe('2022-01-05');
    expect(new MentionIndex('v0', entities, []).latest).toBeNull();
  });
});
