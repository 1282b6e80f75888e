// Layout: a synchronous ForceAtlas2 pass before the first paint (small graphs do not jump), the
// ForceAtlas2 web worker started and stopped by the user, and a tidy-up after either: nodes with no
// relation packed in a block beside the graph, then overlapping discs pushed apart (at the scale sigma
// will draw them).
// Pinned nodes (`fixed`, set by a drag) stay where they were put.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
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
/** Overlap passes at most, each checked at the scale the last one left, and push rounds per pass. */
const OVERLAP_PASSES = 8;
const PUSH_ROUNDS = 50;
/** Share of the canvas the discs may cover for them all to be set apart. */
const CROWDED_FILL = 0.4;

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

/** Screen pixels per graph unit at sigma's default camera when `nodes` (all by default) fill the viewport. */
export function pixelsPerUnit(
  graph: ViewGraph,
  viewport: Viewport,
  nodes: Iterable<string> = graph.nodes(),
): number {
  const box = bbox(graph, nodes);
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
  const top = rest ? rest.minY - spacing : 0;
  loose.forEach((node, i) => {
    graph.mergeNodeAttributes(node, {
      x: left + (i % columns) * spacing,
      y: top - Math.floor(i / columns) * spacing,
    });
  });
  return loose.length;
}

interface Disc {
  node: string;
  x: number;
  y: number;
  /** Radius plus half the gap to keep, in graph units. */
  r: number;
  fixed: boolean;
}

/** The graph's nodes as discs, at `pxPerUnit` screen pixels to a graph unit, each padded by `gapPx` / 2. */
function discsOf(graph: ViewGraph, pxPerUnit: number, gapPx: number): Disc[] {
  return graph.mapNodes((node, a) => ({
    node,
    x: a.x,
    y: a.y,
    r: (a.size + gapPx / 2) / pxPerUnit,
    fixed: !!a.fixed,
  }));
}

/**
 * Calls `meet` for every pair of discs that overlap. A grid of cells as wide as the largest disc's
 * diameter: only discs in neighbouring cells are compared.
 */
function forEachOverlap(discs: Disc[], meet: (a: Disc, b: Disc, distance: number) => void): void {
  const largest = discs.reduce((m, d) => Math.max(m, d.r), 0);
  const cell = 2 * largest || 1;
  const grid = new Map<string, Disc[]>();
  for (const d of discs) {
    const cx = Math.floor(d.x / cell);
    const cy = Math.floor(d.y / cell);
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const o of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
          const distance = Math.hypot(o.x - d.x, o.y - d.y);
          if (distance < o.r + d.r) meet(o, d, distance);
        }
    const key = `${cx},${cy}`;
    (grid.get(key) ?? grid.set(key, []).get(key)!).push(d);
  }
}

/** Pairs of nodes whose discs come closer than `gapPx` on screen at `pxPerUnit` pixels to a graph unit. */
export function overlappingPairs(graph: ViewGraph, pxPerUnit: number, gapPx = 0): number {
  let pairs = 0;
  forEachOverlap(discsOf(graph, pxPerUnit, gapPx), () => (pairs += 1));
  return pairs;
}

/**
 * Pushes every overlapping pair apart along the line between them, each by half the overlap (a pinned
 * node does not move: the other takes the whole), until none overlaps or `rounds` have run. Both move
 * and each push clears its pair, so a crowded cluster loosens outwards instead of trading the same
 * overlap back and forth (graphology-layout-noverlap moves one node of a pair by a fixed step: in a
 * crowded cluster it jams). Returns true when no pair overlaps.
 */
function pushApart(discs: Disc[], rounds: number): boolean {
  for (let round = 0; round < rounds; round++) {
    let overlaps = 0;
    forEachOverlap(discs, (a, b, distance) => {
      if (a.fixed && b.fixed) return;
      overlaps += 1;
      // Discs on the same spot part in a direction of their own (the golden angle by order met).
      const angle = distance > 0 ? Math.atan2(b.y - a.y, b.x - a.x) : overlaps * 2.39996;
      const push = a.r + b.r - distance;
      const shareA = a.fixed ? 0 : b.fixed ? 1 : 0.5;
      a.x -= Math.cos(angle) * push * shareA;
      a.y -= Math.sin(angle) * push * shareA;
      b.x += Math.cos(angle) * push * (1 - shareA);
      b.y += Math.sin(angle) * push * (1 - shareA);
    });
    if (overlaps === 0) return true;
  }
  return false;
}

/**
 * Moves nodes apart until no two discs overlap on screen at the default camera, GAP_PX apart (pins
 * stay). Spreading nodes can widen the graph, and sigma fits the wider graph to the same canvas (the
 * discs keep their pixel size), so each pass is checked at the scale it leaves and another run while
 * discs still overlap.
 */
export function removeOverlaps(graph: ViewGraph, viewport: Viewport): void {
  if (graph.order < 2) return;
  // Discs that would cover much of the canvas cannot all be set apart: one pass thins them out, more
  // would only blow the graph up (every pass widens it, and the discs keep their pixel size).
  let area = 0;
  graph.forEachNode((_n, a) => (area += Math.PI * (a.size + GAP_PX / 2) ** 2));
  const canvas =
    Math.max(1, viewport.width - 2 * STAGE_PADDING) * Math.max(1, viewport.height - 2 * STAGE_PADDING);
  const passes = area > CROWDED_FILL * canvas ? 1 : OVERLAP_PASSES;
  for (let pass = 0; pass < passes; pass++) {
    const pxPerUnit = pixelsPerUnit(graph, viewport);
    if (overlappingPairs(graph, pxPerUnit, GAP_PX / 2) === 0) return;
    const discs = discsOf(graph, pxPerUnit, GAP_PX);
    pushApart(discs, PUSH_ROUNDS);
    for (const d of discs) if (!d.fixed) graph.mergeNodeAttributes(d.node, { x: d.x, y: d.y });
  }
}

/** After any layout: loose nodes packed beside the graph, then no two nodes overlapping. */
export function tidy(graph: ViewGraph, viewport: Viewport): void {
  if (graph.order === 0 || graph.order > SYNC_LAYOUT_MAX) return;
  // Spaced at the scale of the connected part (loose nodes scattered by a layout widen the graph only
  // until they are packed), wide enough for the largest loose disc.
  let largest = 0;
  const connected = graph.filterNodes((n, a) => {
    if (isLoose(graph, n)) largest = Math.max(largest, a.size);
    return !isLoose(graph, n);
  });
  const spacingPx = Math.max(PACK_SPACING_PX, 2 * largest + GAP_PX);
  const scaleOf = connected.length > 1 ? connected : graph.nodes();
  packLooseNodes(graph, spacingPx / pixelsPerUnit(graph, viewport, scaleOf));
  removeOverlaps(graph, viewport);
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
