// The one long-lived graphology graph of the view: payloads from the API are merged into it (never
// replacing it), new nodes are placed near the node they were expanded from.
import Graph from 'graphology';
import type { WireGraph } from '../../../server/src/shared/wire';

export type ViewGraph = Graph;

export function createViewGraph(): ViewGraph {
  return new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
}

const sizeOf = (degree: number, mentions: number) =>
  Math.min(22, 3 + 2.2 * Math.sqrt(Math.max(degree, mentions * 2)));

/** Merges a serialized graph; returns the keys of nodes that were not in the view before. */
export function mergeWireGraph(graph: ViewGraph, wire: WireGraph, near?: string): string[] {
  const added: string[] = [];
  const anchor = near && graph.hasNode(near) ? graph.getNodeAttributes(near) : null;
  const spread = anchor ? 1 + Math.sqrt(graph.order) / 4 : 10;
  wire.nodes.forEach((n, i) => {
    if (graph.hasNode(n.key)) {
      graph.mergeNodeAttributes(n.key, {
        ...n.attributes,
        size: sizeOf(n.attributes.degree, n.attributes.mentions),
      });
      return;
    }
    const angle = (2 * Math.PI * i) / Math.max(1, wire.nodes.length) + Math.random() * 0.3;
    const r = spread * (0.6 + Math.random() * 0.4);
    graph.addNode(n.key, {
      ...n.attributes,
      x: (anchor ? (anchor['x'] as number) : 0) + r * Math.cos(angle),
      y: (anchor ? (anchor['y'] as number) : 0) + r * Math.sin(angle),
      size: sizeOf(n.attributes.degree, n.attributes.mentions),
    });
    added.push(n.key);
  });
  for (const e of wire.edges) {
    if (graph.hasEdge(e.key) || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    graph.addDirectedEdgeWithKey(e.key, e.source, e.target, {
      ...e.attributes,
      label: e.attributes.type,
      size: 1,
    });
  }
  return added;
}
