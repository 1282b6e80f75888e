// Node sizes relative to the view: a node's disc follows its rank among the nodes in view (by how
// reported and connected it is), not its count in the whole archive. On a big archive every overview
// entity has hundreds of relations, so absolute sizes all hit the cap and the discs cover the canvas;
// by rank, the few most reported stand out and the rest stay small enough to be told apart.
import type { ViewGraph } from './types';

/** Disc radius, in screen pixels at the default camera, of the least and the most reported node. */
export const SIZE_MIN = 4;
export const SIZE_MAX = 16;

/** How much a node weighs in the ranking: relations in the whole graph, or twice its mentions. */
export const weightOf = (a: { degree?: number; mentions?: number }): number =>
  Math.max(a.degree ?? 0, 2 * (a.mentions ?? 0));

/**
 * The size of a node at `rank` (0: the heaviest) among `count`: quadratic in the share of nodes it
 * outranks, so most nodes are small and the top few large.
 */
export function sizeAtRank(rank: number, count: number): number {
  const share = count > 1 ? 1 - rank / (count - 1) : 1;
  return SIZE_MIN + (SIZE_MAX - SIZE_MIN) * share * share;
}

/** Sets every node's `size` from its rank among the graph's nodes; equal weights get equal sizes. */
export function sizeByRank(graph: ViewGraph): void {
  const nodes = graph.mapNodes((node, a) => ({ node, weight: weightOf(a) }));
  nodes.sort((a, b) => b.weight - a.weight);
  for (let start = 0; start < nodes.length;) {
    let end = start;
    while (end + 1 < nodes.length && nodes[end + 1]!.weight === nodes[start]!.weight) end++;
    const size = sizeAtRank((start + end) / 2, nodes.length);
    for (let i = start; i <= end; i++) graph.setNodeAttribute(nodes[i]!.node, 'size', size);
    start = end + 1;
  }
}
