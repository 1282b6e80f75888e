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
  /** True when the new nodes took the positions the server's layout gave them (the overview's). */
  placed: boolean;
}

/**
 * Merges a serialized graph. Nodes already in view keep their place (and their pin). New ones take the
 * server's positions when the view was empty and the payload has them for every node (the overview);
 * else they are put on a ring around `near` when given, or around the origin.
 */
export function mergeWireGraph(
  graph: ViewGraph,
  wire: WireGraph,
  near?: string,
  random: () => number = Math.random,
): MergeResult {
  const placed =
    graph.order === 0 &&
    wire.nodes.length > 0 &&
    wire.nodes.every((n) => n.attributes.x !== undefined && n.attributes.y !== undefined);
  const added: MergeResult = { nodes: [], edges: [], placed };
  const anchor = near && graph.hasNode(near) ? graph.getNodeAttributes(near) : null;
  const spread = anchor ? 1 + Math.sqrt(graph.order) / 4 : 10;
  wire.nodes.forEach((n, i) => {
    const { x, y, ...attributes } = n.attributes;
    if (graph.hasNode(n.key)) {
      graph.mergeNodeAttributes(n.key, attributes);
      return;
    }
    const angle = (2 * Math.PI * i) / Math.max(1, wire.nodes.length) + random() * 0.3;
    const r = spread * (0.6 + random() * 0.4);
    graph.addNode(n.key, {
      ...attributes,
      x: placed ? x! : (anchor?.x ?? 0) + r * Math.cos(angle),
      y: placed ? y! : (anchor?.y ?? 0) + r * Math.sin(angle),
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
