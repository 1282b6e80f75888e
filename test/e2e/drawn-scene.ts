// What the explorer draws, read in the page (functions passed to page.evaluate: self-contained): the
// nodes and edges shown, the events among them, the labels placed, node discs overlapping on screen,
// labels drawn over another node's disc, nodes outside the canvas; and whether a node's whole
// neighbourhood is inside the canvas with the camera at rest. Used by bench:first-view and browser tests.

export interface Scene {
  nodes: number;
  edges: number;
  events: number;
  labels: number;
  /** Pairs of drawn nodes whose discs overlap on screen (a node that cannot be told from its neighbour). */
  overlappingPairs: number;
  /** Labels drawn (they never overlap one another) whose box covers part of another node's disc. */
  labelsOverDiscs: number;
  /** Drawn nodes whose centre lies outside the canvas. */
  outside: number;
}

export function drawnScene(): Scene {
  const d = window.__dossier!;
  const s = d.sigma;
  const { width, height } = s.getDimensions();
  const discs: { node: string; x: number; y: number; r: number }[] = [];
  let events = 0;
  for (const n of d.graph.nodes()) {
    const dd = s.getNodeDisplayData(n);
    if (!dd || dd.hidden) continue;
    const p = s.framedGraphToViewport(dd);
    discs.push({ node: n, x: p.x, y: p.y, r: s.scaleSize(dd.size) });
    if (d.graph.getNodeAttribute(n, 'type') === 'Event') events += 1;
  }
  let overlappingPairs = 0;
  for (let i = 0; i < discs.length; i++)
    for (let j = i + 1; j < discs.length; j++) {
      const a = discs[i]!;
      const b = discs[j]!;
      if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r) overlappingPairs += 1;
    }
  const edges = d.graph.edges().filter((e) => {
    const dd = s.getEdgeDisplayData(e);
    return dd && !dd.hidden;
  }).length;
  const labels = d.labels();
  // A label box meets a disc when the box's point nearest the disc's centre lies inside the disc.
  const labelsOverDiscs = labels.filter((l) =>
    discs.some((c) => {
      if (c.node === l.node) return false;
      const nx = Math.max(l.x, Math.min(c.x, l.x + l.width));
      const ny = Math.max(l.y, Math.min(c.y, l.y + l.height));
      return Math.hypot(nx - c.x, ny - c.y) < c.r;
    }),
  ).length;
  return {
    nodes: discs.length,
    edges,
    events,
    labels: labels.length,
    overlappingPairs,
    labelsOverDiscs,
    outside: discs.filter((p) => p.x < 0 || p.y < 0 || p.x > width || p.y > height).length,
  };
}

/** The selected node's neighbourhood: is it in the graph (with neighbours), is the camera moving, and how
 * many of the node and its drawn neighbours lie outside the canvas. */
export function selectedNeighbourhood(): {
  loaded: boolean;
  moving: boolean;
  members: number;
  outside: number;
} {
  const d = window.__dossier!;
  const s = d.sigma;
  const id = d.state.selected;
  if (!id || !d.graph.hasNode(id) || d.graph.degree(id) === 0)
    return { loaded: false, moving: false, members: 0, outside: 0 };
  const { width, height } = s.getDimensions();
  let members = 0;
  let outside = 0;
  for (const n of [id, ...d.graph.neighbors(id)]) {
    const dd = s.getNodeDisplayData(n);
    if (!dd || dd.hidden) continue; // filtered out of the view (type, period): not to be drawn
    members += 1;
    const p = s.framedGraphToViewport(dd);
    if (p.x < 0 || p.y < 0 || p.x > width || p.y > height) outside += 1;
  }
  return { loaded: true, moving: s.getCamera().isAnimated(), members, outside };
}

/** The selected node's neighbourhood is in the graph and the camera at rest. */
export function neighbourhoodSettled(): boolean {
  const d = window.__dossier!;
  const id = d.state.selected;
  return !!id && d.graph.hasNode(id) && d.graph.degree(id) > 0 && !d.sigma.getCamera().isAnimated();
}
