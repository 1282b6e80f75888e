// The explorer's view state: periods of any date precision, and how each node is drawn (hidden, shown,
// new, gone, apart) under the filters (the outlet filter too), playback and a comparison of two periods.
import { describe, expect, it } from 'vitest';
import { createViewGraph, mergeWireGraph } from '../../client/src/graph/store.js';
import { createViewIndex, reindex } from '../../client/src/render/view-index.js';
import { createViewState, inPeriod, type ViewState } from '../../client/src/render/view-state.js';
import { edgeStage, nodeStage, visibleCount } from '../../client/src/render/visibility.js';

describe('inPeriod', () => {
  it.each([
    ['2021-03-20', '2021-03', '2021-03', true],
    ['2021-03-20', '2021-04', null, false],
    ['2021-03-20', null, '2021-02', false],
    ['2021', '2021-06', '2021-07', true],
    ['2021', '2022-01', null, false],
    ['2021-12', null, '2021-12', true],
    [null, '2030-01', '2030-02', true],
    ['', '2030-01', null, true],
  ] as const)(
    'when the date is %j and the period %j → %j, then it is in it: %j',
    (date, from, to, expected) => {
      expect(inPeriod(date, from, to)).toBe(expected);
    },
  );
});

describe('nodeStage and visibleCount', () => {
  const graph = createViewGraph();
  mergeWireGraph(graph, {
    nodes: [
      { key: 'person:a', attributes: { label: 'A', type: 'Person', mentions: 1, degree: 1 } },
      {
        key: 'event:x',
        attributes: { label: 'X', type: 'Event', mentions: 1, degree: 1, date: '2021-03-20' },
      },
      { key: 'event:y', attributes: { label: 'Y', type: 'Event', mentions: 1, degree: 1, date: '2022-06' } },
      {
        key: 'statement:s',
        attributes: { label: 'S', type: 'Statement', mentions: 1, degree: 1, date: '2021-04' },
      },
    ],
    edges: [],
    total: 4,
    truncated: false,
  });

  const stage = (state: ViewState, node: string) => {
    const index = createViewIndex();
    reindex(graph, state, index);
    const a = graph.getNodeAttributes(node);
    return nodeStage(graph, state, index, node, a.type, a.date);
  };
  const count = (state: ViewState) => {
    const index = createViewIndex();
    reindex(graph, state, index);
    return visibleCount(graph, state, index);
  };

  it('when the state is fresh, then statements are off and everything else is shown', () => {
    const state = createViewState();
    expect(stage(state, 'statement:s')).toBe('hidden');
    expect(count(state)).toBe(3);
  });

  it('when a node is hidden, a type unticked or the period narrowed, then it drops out', () => {
    const state = createViewState();
    state.hidden.add('person:a');
    expect(count(state)).toBe(2);
    state.types.delete('Event');
    expect(count(state)).toBe(0);
    state.types.add('Event');
    state.hidden.clear();
    state.from = '2022-01';
    expect(stage(state, 'event:x')).toBe('hidden');
    expect(stage(state, 'event:y')).toBe('shown');
    expect(stage(state, 'person:a')).toBe('shown');
  });

  it('when playing back, then items appear at their month and undated ones are drawn apart', () => {
    const state = createViewState();
    state.playback = { month: '2021-05', mode: 'cumulative', window: 3 };
    expect(stage(state, 'event:x')).toBe('shown');
    expect(stage(state, 'event:y')).toBe('hidden');
    expect(stage(state, 'person:a')).toBe('apart');
  });

  it('when comparing two periods, then new and gone items are marked; "changes" drops the rest', () => {
    const state = createViewState();
    state.compare = {
      a: { from: '2021-01', to: '2021-12' },
      b: { from: '2022-01', to: '2022-12' },
      mode: 'all',
    };
    expect([stage(state, 'event:x'), stage(state, 'event:y'), stage(state, 'person:a')]).toEqual([
      'gone',
      'new',
      'shown',
    ]);
    state.compare.mode = 'changes';
    expect(stage(state, 'person:a')).toBe('hidden');
    // Active in both periods: context in 'all', dropped in 'changes'.
    state.compare = { ...state.compare, a: { from: '2021-01', to: '2022-12' } };
    expect(stage(state, 'event:y')).toBe('hidden');
    state.compare.mode = 'all';
    expect(stage(state, 'event:y')).toBe('shown');
    state.compare = { ...state.compare, a: { from: '2021-01', to: '2021-12' }, mode: 'changes' };
    expect(count(state)).toBe(2);
  });
});

describe('the outlet filter', () => {
  it('when at least 2 outlets are asked, then weaker edges and the nodes left without one drop out', () => {
    const graph = createViewGraph();
    const node = (key: string) => ({
      key,
      attributes: { label: key, type: 'Person' as const, mentions: 1, degree: 1 },
    });
    const edge = (key: string, source: string, target: string, outlets: number) => ({
      key,
      source,
      target,
      attributes: { type: 'MET', date: null, articleIds: [], outlets },
    });
    mergeWireGraph(graph, {
      nodes: [node('a'), node('b'), node('c')],
      edges: [edge('ab', 'a', 'b', 3), edge('bc', 'b', 'c', 1)],
      total: 3,
      truncated: false,
    });
    const state = createViewState();
    const index = createViewIndex();
    reindex(graph, state, index);
    const edges = () => graph.mapEdges((e, a) => edgeStage(state, index, e, a.date, a.outlets));
    expect(visibleCount(graph, state, index)).toBe(3);
    expect(edges()).toEqual(['shown', 'shown']);
    state.minOutlets = 2;
    expect(edges()).toEqual(['shown', 'hidden']);
    expect(graph.mapNodes((n, a) => nodeStage(graph, state, index, n, a.type, a.date))).toEqual([
      'shown',
      'shown',
      'hidden',
    ]);
    expect(visibleCount(graph, state, index)).toBe(2);
  });
});
