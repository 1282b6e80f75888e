// What the reducers need that is derived from the graph rather than kept in it: when each item
// happens, the comparison of two periods, the curvature of parallel edges. Rebuilt when the graph's
// nodes or edges change (reindex) or the compared periods do (recompare).
import { edgeCurvatures } from '../graph/parallel-edges';
import type { ViewGraph } from '../graph/types';
import { computeActivity, type Activity } from '../time/activity';
import { comparePeriods, type ComparisonResult } from '../time/compare';
import type { ViewState } from './view-state';

/** What the reducers need that is derived from the graph: rebuilt when the graph or periods change. */
export interface ViewIndex {
  activity: Activity;
  changes: ComparisonResult | null;
  curvatures: Map<string, number>;
}

export const createViewIndex = (): ViewIndex => ({
  activity: { nodes: new Map(), edges: new Map() },
  changes: null,
  curvatures: new Map(),
});

export function reindex(graph: ViewGraph, state: ViewState, index: ViewIndex): void {
  index.activity = computeActivity(graph);
  index.curvatures = edgeCurvatures(graph);
  recompare(graph, state, index);
}

export function recompare(graph: ViewGraph, state: ViewState, index: ViewIndex): void {
  index.changes = state.compare ? comparePeriods(graph, index.activity, state.compare) : null;
}
