// The explorer's time logic: months, when items happen, the timeline's buckets, playback and the
// comparison of two periods, on a small graph shaped like the seed (2021–2022).
import { describe, expect, it } from 'vitest';
import { createViewGraph, mergeWireGraph } from '../../client/src/graph/store.js';
import type { ViewGraph } from '../../client/src/graph/types.js';
import { activeIn, computeActivity, firstMonth } from '../../client/src/time/activity.js';
import { timelineBuckets } from '../../client/src/time/buckets.js';
import { classify, comparePeriods, type Comparison } from '../../client/src/time/compare.js';
import { addMonths, dateSpan, monthRange } from '../../client/src/time/months.js';
import { nextMonth, onStage } from '../../client/src/time/playback.js';
import type { NodeType } from '@dossier/model';

function seedLike(): ViewGraph {
  const g = createViewGraph();
  const n = (key: string, type: NodeType, date?: string) => ({
    key,
    attributes: { label: key, type, mentions: 1, degree: 1, ...(date ? { date } : {}) },
  });
  const e = (key: string, source: string, target: string, type: string, date: string | null = null) => ({
    key,
    source,
    target,
    attributes: { type, date, articleIds: ['a'] },
  });
  mergeWireGraph(g, {
    nodes: [
      n('person:antonov', 'Person'),
      n('person:biden', 'Person'),
      n('person:trepelkov', 'Person'),
      n('place:moscow', 'Place'),
      n('place:geneva', 'Place'),
      n('event:recall', 'Event', '2021-03-17'),
      n('event:summit', 'Event', '2021-06'),
      n('event:expulsion', 'Event', '2022-04-05'),
      n('event:sanctions', 'Event', '2022'),
      n('event:someday', 'Event'),
    ],
    edges: [
      e('p1', 'person:antonov', 'event:recall', 'PARTICIPATED_IN'),
      e('p2', 'person:biden', 'event:summit', 'PARTICIPATED_IN'),
      e('p3', 'person:trepelkov', 'event:expulsion', 'PARTICIPATED_IN'),
      e('r1', 'person:antonov', 'place:moscow', 'RETURNED_TO', '2021-03-20'),
      e('r2', 'person:antonov', 'place:moscow', 'DEPARTED_FROM', '2021-06-20'),
      e('r3', 'person:biden', 'place:geneva', 'ARRIVED_IN'),
    ],
    total: 10,
    truncated: false,
  });
  return g;
}

describe('months', () => {
  it('when months are added across a year end, then the year turns', () => {
    expect(addMonths('2021-11', 3)).toBe('2022-02');
    expect(addMonths('2021-01', -1)).toBe('2020-12');
    expect(monthRange('2021-11', '2022-02')).toEqual(['2021-11', '2021-12', '2022-01', '2022-02']);
  });

  it.each([
    ['2021-03-20', { from: '2021-03', to: '2021-03' }],
    ['2021-03', { from: '2021-03', to: '2021-03' }],
    ['2022', { from: '2022-01', to: '2022-12' }],
    [null, null],
    ['soon', null],
  ])('when a date is %j, then it covers %j', (date, span) => {
    expect(dateSpan(date)).toEqual(span);
  });
});

describe('activity', () => {
  const g = seedLike();
  const a = computeActivity(g);

  it('when an actor takes part in dated events and relations, then it is active in each of their months', () => {
    expect(firstMonth(a.nodes.get('person:antonov'))).toBe('2021-03');
    expect(activeIn(a.nodes.get('person:antonov'), { from: '2021-06', to: '2021-06' })).toBe(true);
    expect(activeIn(a.nodes.get('person:antonov'), { from: '2021-07', to: '2022-12' })).toBe(false);
  });

  it("when a relation has no date of its own, then it happens at its event's date", () => {
    expect(a.edges.get('p3')).toEqual({ from: '2022-04', to: '2022-04' });
    expect(a.edges.has('r3')).toBe(false);
  });

  it('when nothing about an item is dated, then it has no activity (undated)', () => {
    expect(a.nodes.has('event:someday')).toBe(false);
    expect(a.nodes.has('place:geneva')).toBe(false);
  });
});

describe('timelineBuckets', () => {
  it('when the graph is counted, then each month from the first to the last has a bucket; year-only and undated are apart', () => {
    const b = timelineBuckets(seedLike(), () => true);
    expect(b.months[0]).toBe('2021-03');
    expect(b.months[b.months.length - 1]).toBe('2022-04');
    expect(b.months).toHaveLength(14);
    const at = (m: string) => b.counts[b.months.indexOf(m)];
    // recall + RETURNED_TO in March; summit + DEPARTED_FROM in June; the expulsion in April 2022.
    expect([at('2021-03'), at('2021-06'), at('2022-04'), at('2021-09')]).toEqual([2, 2, 1, 0]);
    expect(b.max).toBe(2);
    expect(b.yearOnly).toBe(1);
    // event:someday, and ARRIVED_IN (between two actors, undated).
    expect(b.undated).toBe(2);
  });

  it('when Events are filtered out of the view, then only relations between actors are counted', () => {
    const g = seedLike();
    const b = timelineBuckets(g, (n) => g.getNodeAttribute(n, 'type') !== 'Event');
    expect(b.counts.reduce((x, y) => x + y, 0)).toBe(2);
  });
});

describe('playback', () => {
  const a = computeActivity(seedLike());
  const spans = (n: string) => a.nodes.get(n);

  it('when cumulative, then an item is on stage from its first month on', () => {
    const p = { month: '2021-05', mode: 'cumulative' as const, window: 3 };
    expect(onStage(spans('event:recall'), p)).toBe(true);
    expect(onStage(spans('event:summit'), p)).toBe(false);
    expect(onStage(spans('event:sanctions'), { ...p, month: '2022-01' })).toBe(true);
    expect(onStage(spans('event:someday'), p)).toBeNull();
  });

  it('when in a sliding window, then an item leaves once its months are behind the window', () => {
    const p = { month: '2021-08', mode: 'window' as const, window: 3 };
    expect(onStage(spans('event:summit'), p)).toBe(true);
    expect(onStage(spans('event:recall'), p)).toBe(false);
    expect(onStage(spans('person:antonov'), p)).toBe(true);
    expect(onStage(spans('person:antonov'), { ...p, month: '2021-09' })).toBe(false);
  });

  it('when stepping, then it walks the months and stops at the end', () => {
    expect(nextMonth(['2021-01', '2021-02'], null)).toBe('2021-01');
    expect(nextMonth(['2021-01', '2021-02'], '2021-01')).toBe('2021-02');
    expect(nextMonth(['2021-01', '2021-02'], '2021-02')).toBeNull();
  });
});

describe('comparePeriods', () => {
  const c: Comparison = {
    a: { from: '2021-01', to: '2021-12' },
    b: { from: '2022-01', to: '2022-12' },
    mode: 'all',
  };

  it('when 2021 is compared with 2022, then what only 2022 has is new, what only 2021 had is gone', () => {
    const g = seedLike();
    const r = comparePeriods(g, computeActivity(g), c);
    expect(r.nodes.get('event:expulsion')).toBe('new');
    expect(r.nodes.get('person:trepelkov')).toBe('new');
    expect(r.nodes.get('event:recall')).toBe('gone');
    expect(r.nodes.get('person:antonov')).toBe('gone');
    expect(r.nodes.get('event:someday')).toBe('undated');
    expect(r.edges.get('p3')).toBe('new');
    expect(r.edges.get('r1')).toBe('gone');
    expect(r.added).toContain('person:trepelkov');
    expect(r.gone).toEqual(expect.arrayContaining(['person:antonov', 'event:recall', 'event:summit']));
  });

  it('when an item is active in both periods or neither, then it is kept or absent', () => {
    expect(classify([{ from: '2021-06', to: '2022-02' }], c)).toBe('kept');
    expect(classify([{ from: '2019-01', to: '2019-01' }], c)).toBe('absent');
  });
});
