// Curvatures for parallel edges: relations joining the same two nodes (either way) fan out as curves,
// a lone relation stays straight. Display data only: kept apart from the graph, read by the reducer.
import type { ViewGraph } from './types';

/** The curvature step between neighbouring curves (sigma's edge-curve default is 0.25). */
export const CURVATURE_STEP = 0.25;

/**
 * Curvature of every edge that shares its pair of nodes with another: +s, -s, +2s, -2s… in the frame
 * of the pair's first node (by key), so an edge drawn the other way gets the opposite sign and no two
 * coincide.
 */
export function edgeCurvatures(graph: ViewGraph): Map<string, number> {
  const pairs = new Map<string, string[]>();
  graph.forEachEdge((edge, _a, source, target) => {
    const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const list = pairs.get(key);
    if (list) list.push(edge);
    else pairs.set(key, [edge]);
  });
  const curvatures = new Map<string, number>();
  for (const edges of pairs.values()) {
    if (edges.length < 2) continue;
    edges.sort();
    edges.forEach((edge, i) => {
      const source = graph.source(edge);
      const forward = source <= graph.target(edge);
      const magnitude = CURVATURE_STEP * (Math.floor(i / 2) + 1);
      const side = i % 2 === 0 ? 1 : -1;
      curvatures.set(edge, side * (forward ? magnitude : -magnitude));
    });
  }
  return curvatures;
}
