// The one long-lived graphology graph of the view: payloads from the API are merged into it (never
// replacing it), new nodes are placed near the node they were expanded from, and every node's size is
// set again from its rank among the nodes now in view (node-sizes.ts).
import Graph from 'graphology';
import type { WireGraph } from '@dossier/model';
import { edgeWidth } from './corroboration-view';
import { sizeByRank, SIZE_MIN } from './node-sizes';
import type { EdgeAttributes, NodeAttributes, ViewGraph } from './types';

export type { EdgeAttributes, NodeAttributes, ViewGraph } from './types';

export function createViewGraph(): ViewGraph {
  return new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed', multi: true, allowSelfLoops: true });
}

/** What one merge added: nodes and edges that were not in the view before. */
export interface MergeResult {
  nodes: string[];
  edges: string[];
}

/**
 * Merges a serialized graph. Nodes already in view keep their place (and their pin); new ones are put
 * on a ring around `near` when given, else around the origin.
 */
export function mergeWireGraph(
  graph: ViewGraph,
  wire: WireGraph,
  near?: string,
  random: () => number = Math.random,
): MergeResult {
  const added: MergeResult = { nodes: [], edges: [] };
  const anchor = near && graph.hasNode(near) ? graph.getNodeAttributes(near) : null;
  const spread = anchor ? 1 + Math.sqrt(graph.order) / 4 : 10;
  wire.nodes.forEach((n, i) => {
    if (graph.hasNode(n.key)) {
      graph.mergeNodeAttributes(n.key, n.attributes);
      return;
    }
    const angle = (2 * Math.PI * i) / Math.max(1, wire.nodes.length) + random() * 0.3;
    const r = spread * (0.6 + random() * 0.4);
    graph.addNode(n.key, {
      ...n.attributes,
      x: (anchor?.x ?? 0) + r * Math.cos(angle),
      y: (anchor?.y ?? 0) + r * Math.sin(angle),
      size: SIZE_MIN,
    });
    added.nodes.push(n.key);
  });
  for (const e of wire.edges) {
    if (graph.hasEdge(e.key) || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    graph.addDirectedEdgeWithKey(e.key, e.source, e.target, {
      ...e.attributes,
      label: e.attributes.type,
      size: edgeWidth(e.attributes.outlets),
    });
    added.edges.push(e.key);
  }
  if (wire.nodes.length) sizeByRank(graph);
  return added;
}
