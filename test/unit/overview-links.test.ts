// Which links the overview draws (pure): each entity's strongest pair first, then the strongest others.
import { describe, expect, it } from 'vitest';
import type { CandidateLink } from '../../server/src/neo4j/repositories/overview-reads.js';
import { chooseLinks } from '../../server/src/services/overview.js';

const link = (source: string, target: string, weight: number, type = 'MET'): CandidateLink => ({
  source,
  target,
  weight,
  rel: `${source}-${type}-${target}`,
  event: null,
});

describe('chooseLinks', () => {
  it('when the budget is short, then every entity keeps its strongest pair before strong pairs add a second', () => {
    const links = [
      link('a', 'b', 10),
      link('b', 'a', 5, 'CRITICIZED'),
      link('a', 'c', 9),
      link('b', 'c', 8),
      link('d', 'c', 1),
    ];
    const chosen = chooseLinks(links, 3).map((l) => l.rel);
    // a–b (15, both types), a–c (9), then d–c (1) before b–c (8): d would be left alone otherwise.
    expect(chosen).toEqual(['a-MET-b', 'b-CRITICIZED-a', 'a-MET-c', 'd-MET-c']);
  });

  it('when the budget is large, then all pairs are kept, the strongest first', () => {
    const chosen = chooseLinks([link('a', 'b', 1), link('c', 'd', 3)], 10).map((l) => l.rel);
    expect(chosen).toEqual(['c-MET-d', 'a-MET-b']);
  });
});
