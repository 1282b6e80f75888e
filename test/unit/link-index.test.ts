// The link index on hand-made relations: a relation dated at any precision falls in a period as the
// overview's link query has it (undated ones in every period), only relations among the asked entities
// count, and per pair and type the weights add up, the most reported relationship standing for them
// (among equals, the lowest element id).
import { describe, expect, it } from 'vitest';
import { LinkIndex } from '../../server/src/services/link-index.js';
import type { LinkRow } from '../../server/src/neo4j/repositories/mention-reads.js';

const entities = { ids: ['p:a', 'p:b', 'o:c', 'l:d'], elementIds: ['e0', 'e1', 'e2', 'e3'] };
const row = (
  source: string,
  target: string,
  type: string,
  date: string | null,
  weight: number,
  rel: string,
): LinkRow => ({
  source,
  target,
  type,
  date,
  weight,
  event: `event:${rel}`,
  rel,
});
const index = new LinkIndex(entities, [
  row('e0', 'e1', 'MET', '2021-03-20', 2, 'r1'),
  row('e0', 'e1', 'MET', '2021-07', 3, 'r2'),
  row('e0', 'e1', 'CRITICIZED', '2021', 1, 'r3'),
  row('e1', 'e2', 'MEMBER_OF', null, 4, 'r4'),
  row('e2', 'e3', 'EXPELLED', '2022-01-05', 1, 'r6'),
  row('e2', 'e3', 'EXPELLED', '2022-01-06', 1, 'r5'),
  row('e0', 'e9', 'MET', '2021-03-20', 9, 'r7'), // far end not an entity of the index
]);
const all = { elementIds: entities.elementIds };
const brief = (links: ReturnType<LinkIndex['candidates']>) =>
  links.map((l) => `${l.source}>${l.target} ${l.weight} ${l.rel}`).sort();

describe('the link index', () => {
  it('when the whole archive is asked, then each pair and type is one link with the summed weight', () => {
    expect(index.size).toBe(6);
    expect(brief(index.candidates(all, { from: null, to: null }))).toEqual([
      'o:c>l:d 2 r5',
      'p:a>p:b 1 r3',
      'p:a>p:b 5 r2',
      'p:b>o:c 4 r4',
    ]);
  });

  it('when a month is asked, then relations of that day, month or year count, and undated ones', () => {
    expect(brief(index.candidates(all, { from: '2021-03-00', to: '2021-03-99' }))).toEqual([
      'p:a>p:b 1 r3',
      'p:a>p:b 2 r1',
      'p:b>o:c 4 r4',
    ]);
    expect(brief(index.candidates(all, { from: '2022-00-00', to: null }))).toEqual([
      'o:c>l:d 2 r5',
      'p:b>o:c 4 r4',
    ]);
  });

  it('when some entities are asked, then only links among them are found', () => {
    expect(brief(index.candidates({ elementIds: ['e0', 'e2', 'e3'] }, { from: null, to: null }))).toEqual([
      'o:c>l:d 2 r5',
    ]);
    expect(index.candidates({ elementIds: ['e0'] }, { from: null, to: null })).toEqual([]);
    const [link] = index.candidates({ elementIds: ['e1', 'e2'] }, { from: null, to: null });
    expect(link).toEqual({ source: 'p:b', target: 'o:c', weight: 4, event: 'event:r4', rel: 'r4' });
  });

  it('when relationships have Neo4j 5 element ids, then the one standing for a pair is given whole', () => {
    const rel = (n: number) => `5:0a1b-2c3d:${n}`;
    const compact = new LinkIndex(entities, [
      row('e0', 'e1', 'MET', null, 1, rel(1200)),
      row('e0', 'e1', 'MET', null, 3, rel(98765432101)),
      row('e1', 'e2', 'MET', null, 2, rel(7)),
    ]);
    expect(brief(compact.candidates(all, { from: null, to: null }))).toEqual([
      `p:a>p:b 4 ${rel(98765432101)}`,
      `p:b>o:c 2 ${rel(7)}`,
    ]);
  });
});
