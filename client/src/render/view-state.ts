// What the view shows, apart from the graph's data: selection, hover, hidden nodes, type and time
// filters, a highlighted path. Reducers read it; panels change it and call refresh().
import type { NodeType } from '@dossier/model';
import { nodeMeetsOutlets } from '../graph/corroboration-view';
import type { ViewGraph } from '../graph/types';

export interface ViewState {
  selected: string | null;
  hovered: string | null;
  hidden: Set<string>;
  types: Set<NodeType>;
  /** Inclusive month bounds `YYYY-MM`, or null for no bound. */
  from: string | null;
  to: string | null;
  path: { nodes: Set<string>; edges: Set<string> } | null;
  pathStart: string | null;
  /** "Reported by at least N outlets" (independently); 1: no filter. */
  minOutlets: number;
}

export const DEFAULT_TYPES: readonly NodeType[] = ['Person', 'Organization', 'Place', 'Event'];

export function createViewState(): ViewState {
  return {
    selected: null,
    hovered: null,
    hidden: new Set(),
    types: new Set(DEFAULT_TYPES),
    from: null,
    to: null,
    path: null,
    pathStart: null,
    minOutlets: 1,
  };
}

/** Whether a date of any precision overlaps the period [from, to] (months). Undated: always. */
export function inPeriod(date: string | null | undefined, from: string | null, to: string | null): boolean {
  if (typeof date !== 'string' || !date) return true;
  const first = `${date}-00-00`.slice(0, 7);
  const last = `${date}-99-99`.slice(0, 7);
  if (from && last < from) return false;
  if (to && first > to) return false;
  return true;
}

/** Whether the filters (hidden, type, period) let a node be drawn. */
export function isNodeVisible(graph: ViewGraph, state: ViewState, node: string): boolean {
  const a = graph.getNodeAttributes(node);
  if (state.hidden.has(node)) return false;
  if (!state.types.has(a.type)) return false;
  if (!nodeMeetsOutlets(graph, node, state.minOutlets)) return false;
  return inPeriod(a.date, state.from, state.to);
}

/** How many nodes the filters let through. */
export function visibleCount(graph: ViewGraph, state: ViewState): number {
  let n = 0;
  graph.forEachNode((node) => {
    if (isNodeVisible(graph, state, node)) n += 1;
  });
  return n;
}
