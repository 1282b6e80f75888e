// The overview's layout, computed once on the server: ForceAtlas2 over the overview's nodes and edges,
// from a fixed start (a ring in rank order), so the same answer always has the same positions and the
// cached answer carries them. The browser then only packs loose nodes and sets discs apart at its own
// scale, instead of running ForceAtlas2 itself while the page loads (a quarter to a third of a second of
// its first view on a big archive, most of it code not yet compiled).
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { WireGraph } from '@dossier/model';

/** Iterations: enough for a few hundred nodes to settle (the browser's pass ran as many). */
const ITERATIONS = 300;
/** Above this many nodes the answer goes without positions (the browser places what it can). */
const LAYOUT_MAX = 3000;

/** Sets `x` and `y` on every node of `wire` (graph units; the browser fits them to its canvas). */
export function layOutOverview(wire: WireGraph): void {
  if (!wire.nodes.length || wire.nodes.length > LAYOUT_MAX) return;
  const graph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  wire.nodes.forEach((n, i) => {
    // A ring in rank order, wider for more nodes: deterministic, and no two nodes start on one spot.
    const angle = (2 * Math.PI * i) / wire.nodes.length;
    const r = 10 * (1 + (i % 7) / 7);
    graph.addNode(n.key, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  });
  for (const e of wire.edges) {
    if (graph.hasNode(e.source) && graph.hasNode(e.target)) graph.addDirectedEdge(e.source, e.target);
  }
  forceAtlas2.assign(graph, {
    iterations: ITERATIONS,
    settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 300 },
  });
  for (const n of wire.nodes) {
    const { x, y } = graph.getNodeAttributes(n.key) as { x: number; y: number };
    n.attributes.x = round(x);
    n.attributes.y = round(y);
  }
}

/** Positions to a thousandth of a unit: the canvas shows no finer, and the answer stays small. */
const round = (v: number) => Math.round(v * 1000) / 1000;
