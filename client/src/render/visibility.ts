// How each item is drawn given the view state: hidden, shown, new or gone (comparing two periods), or
// apart (undated, during playback). The reducers style by it; the node counter counts by it.
import type { NodeType } from '@dossier/model';
import { edgeMeetsOutlets, nodeMeetsOutlets } from '../graph/corroboration-view';
import type { ViewGraph } from '../graph/types';
import type { Change } from '../time/compare';
import { onStage } from '../time/playback';
import type { ViewIndex } from './view-index';
import { inPeriod, type ViewState } from './view-state';

export type Stage = 'hidden' | 'shown' | 'new' | 'gone' | 'apart';

/** 'all' keeps what both periods share (and what is undated) as context; 'changes' drops it. */
function compared(change: Change | undefined, state: ViewState): Stage {
  if (change === 'new' || change === 'gone') return change;
  if (change === 'kept' || change === 'undated') return state.compare?.mode === 'all' ? 'shown' : 'hidden';
  return 'hidden';
}

export function nodeStage(
  graph: ViewGraph,
  state: ViewState,
  index: ViewIndex,
  node: string,
  type: NodeType,
  date: string | null | undefined,
): Stage {
  if ((state.hidden.size > 0 && state.hidden.has(node)) || !state.types.has(type)) return 'hidden';
  if (!nodeMeetsOutlets(graph, node, state.minOutlets)) return 'hidden';
  if (state.playback) {
    const on = onStage(index.activity.nodes.get(node), state.playback);
    return on === null ? 'apart' : on ? 'shown' : 'hidden';
  }
  if (state.compare && index.changes) return compared(index.changes.nodes.get(node), state);
  if ((state.from || state.to) && !inPeriod(date, state.from, state.to)) return 'hidden';
  return 'shown';
}

/** An edge's own stage; sigma skips edges whose ends are hidden. */
export function edgeStage(
  state: ViewState,
  index: ViewIndex,
  edge: string,
  date: string | null,
  outlets: number | undefined,
): Stage {
  if (!edgeMeetsOutlets(outlets, state.minOutlets)) return 'hidden';
  if (state.playback) {
    const span = index.activity.edges.get(edge);
    const on = onStage(span ? [span] : undefined, state.playback);
    return on === null ? 'apart' : on ? 'shown' : 'hidden';
  }
  if (state.compare && index.changes) return compared(index.changes.edges.get(edge), state);
  if ((state.from || state.to) && !inPeriod(date, state.from, state.to)) return 'hidden';
  return 'shown';
}

/** How many nodes are drawn now. */
export function visibleCount(graph: ViewGraph, state: ViewState, index: ViewIndex): number {
  let n = 0;
  graph.forEachNode((node, a) => {
    if (nodeStage(graph, state, index, node, a.type, a.date) !== 'hidden') n += 1;
  });
  return n;
}
