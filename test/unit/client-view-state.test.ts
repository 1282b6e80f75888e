// The explorer's view state: periods of any date precision, and which nodes the filters let through.
import { describe, expect, it } from 'vitest';
import { createViewGraph, mergeWireGraph } from '../../client/src/graph/store.js';
import {
  createViewState,
  inPeriod,
  isNodeVisible,
  visibleCount,
} from '../../client/src/render/view-state.js';

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

describe('isNodeVisible and visibleCount', () => {
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

  it('when the state is fresh, then statements are off and everything else is shown', () => {
    const state = createViewState();
    expect(isNodeVisible(graph, state, 'statement:s')).toBe(false);
    expect(visibleCount(graph, state)).toBe(3);
  });

  it('when a node is hidden, a type unticked or the period narrowed, then it drops out', () => {
    const state = createViewState();
    state.hidden.add('person:a');
    expect(visibleCount(graph, state)).toBe(2);
    state.types.delete('Event');
    expect(visibleCount(graph, state)).toBe(0);
    state.types.add('Event');
    state.hidden.clear();
    state.from = '2022-01';
    expect(isNodeVisible(graph, state, 'event:x')).toBe(false);
    expect(isNodeVisible(graph, state, 'event:y')).toBe(true);
    expect(isNodeVisible(graph, state, 'person:a')).toBe(true);
  });
});
