// Layout: a synchronous ForceAtlas2 pass before the first paint (small graphs do not jump), the
// ForceAtlas2 web worker started and stopped by the user, and a tidy-up after either: nodes with no
// relation packed in a block beside the graph, then overlaps removed (graphology-layout-noverlap).
// Pinned nodes (`fixed`, set by a drag) stay where they were put.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
import type { ViewGraph } from './types';

/** The canvas the graph is drawn in, in pixels. */
export interface Viewport {
  width: number;
  height: number;
}

/** Sigma's default padding around the graph at the default camera. */
const STAGE_PADDING = 30;
/** Screen distance between packed unconnected nodes, and the gap kept between any two nodes. */
const PACK_SPACING_PX = 30;
const GAP_PX = 4;
/** Above this many nodes the graph is left as the server placed it (the worker is there to run). */
const SYNC_LAYOUT_MAX = 3000;

const isLoose = (graph: ViewGraph, node: string) =>
  graph.degreeWithoutSelfLoops(node) === 0 && !graph.getNodeAttribute(node, 'fixed');

function bbox(graph: ViewGraph, nodes: Iterable<string>) {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of nodes) {
    const { x, y } = graph.getNodeAttributes(n);
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return Number.isFinite(minX) ? { minX, minY, maxX, maxY } : null;
}

/** Screen pixels per graph unit at sigma's default camera (the whole graph fits the viewport). */
export function pixelsPerUnit(graph: ViewGraph, viewport: Viewport): number {
  const box = bbox(graph, graph.nodes());
  const extent = box ? Math.max(box.maxX - box.minX, box.maxY - box.minY) : 0;
  const screen = Math.max(50, Math.min(viewport.width, viewport.height) - 2 * STAGE_PADDING);
  return extent > 0 ? screen / extent : 1;
}

/**
 * Puts nodes without a relation (and not pinned) in a block of rows just under the connected part,
 * aligned with its left edge, `spacing` graph units apart. Returns how many were moved.
 */
export function packLooseNodes(graph: ViewGraph, spacing: number): number {
  const loose = graph.filterNodes((n) => isLoose(graph, n));
  if (!loose.length) return 0;
  loose.sort(
    (a, b) => graph.getNodeAttribute(b, 'size') - graph.getNodeAttribute(a, 'size') || a.localeCompare(b),
  );
  const looseSet = new Set(loose);
  const rest = bbox(
    graph,
    graph.filterNodes((n) => !looseSet.has(n)),
  );
  const columns = Math.max(
    Math.ceil(Math.sqrt(loose.length)),
    rest ? Math.floor((rest.maxX - rest.minX) / spacing) + 1 : 0,
  );
  const left = rest ? rest.minX : -((columns - 1) * spacing) / 2;
  const top = rest ? rest.minY - 1.5 * spacing : 0;
  loose.forEach((node, i) => {
    graph.mergeNodeAttributes(node, {
      x: left + (i % columns) * spacing,
      y: top - Math.floor(i / columns) * spacing,
    });
  });
  return loose.length;
}

/** Moves nodes apart until none overlaps another on screen at the default camera (pins stay). */
export function removeOverlaps(graph: ViewGraph, pxPerUnit: number): void {
  if (graph.order < 2) return;
  const moved = noverlap(graph, {
    maxIterations: 60,
    settings: { ratio: 1 / pxPerUnit, margin: GAP_PX / pxPerUnit, expansion: 1.1, speed: 3 },
  });
  for (const [node, p] of Object.entries(moved))
    if (!graph.getNodeAttribute(node, 'fixed')) graph.mergeNodeAttributes(node, p);
}

/** After any layout: loose nodes packed beside the graph, then no two nodes overlapping. */
export function tidy(graph: ViewGraph, viewport: Viewport): void {
  if (graph.order === 0 || graph.order > SYNC_LAYOUT_MAX) return;
  packLooseNodes(graph, PACK_SPACING_PX / pixelsPerUnit(graph, viewport));
  removeOverlaps(graph, pixelsPerUnit(graph, viewport));
}

export function layoutBeforePaint(graph: ViewGraph, viewport: Viewport): void {
  if (graph.order === 0 || graph.order > SYNC_LAYOUT_MAX) return;
  forceAtlas2.assign(graph, {
    iterations: graph.order < 500 ? 300 : 100,
    settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 300 },
  });
  tidy(graph, viewport);
}

export class LayoutWorker {
  private worker: FA2Layout | null = null;
  constructor(private readonly graph: ViewGraph) {}

  get running(): boolean {
    return this.worker?.isRunning() ?? false;
  }

  /** Starts (again): the worker reads positions and pins afresh. */
  start(): void {
    this.worker ??= new FA2Layout(this.graph, {
      settings: { ...forceAtlas2.inferSettings(this.graph), barnesHutOptimize: this.graph.order > 300 },
    });
    this.worker.start();
  }

  stop(): void {
    this.worker?.stop();
  }

  /** Kills the worker; the next start makes a new one (the graph may have changed). */
  kill(): void {
    this.worker?.kill();
    this.worker = null;
  }
}
