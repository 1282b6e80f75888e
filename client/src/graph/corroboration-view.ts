// How corroboration shows in the graph: an edge's width follows the outlets that report it independently
// (the server's `outlets`), and the filter "reported by at least N outlets" hides weaker edges and the
// nodes left without any edge that meets it.
import type { ViewGraph } from './types';

/** 1 px for one outlet (or unknown), growing with the log of the count, at most 6 px. */
export const edgeWidth = (outlets: number | undefined): number =>
  outlets && outlets > 1 ? Math.min(6, 1 + 1.5 * Math.log2(outlets)) : 1;

/** Whether an edge meets the filter (a minimum of 1 or less is no filter). */
export const edgeMeetsOutlets = (outlets: number | undefined, min: number): boolean =>
  min <= 1 || (outlets ?? 0) >= min;

/** Whether a node keeps a place under the filter: it has at least one edge that meets it. */
export const nodeMeetsOutlets = (graph: ViewGraph, node: string, min: number): boolean =>
  min <= 1 || graph.someEdge(node, (_e, a) => (a.outlets ?? 0) >= min);
