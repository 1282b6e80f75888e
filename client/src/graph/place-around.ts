// Picking an entity (search + Enter) brings it and its neighbourhood into view, laid out around it: an
// entity new to the view goes beside what is drawn (not on top of it), its new neighbours on rings around
// it, the best connected nearest; nothing else moves, so no global layout pass is needed.
import type { ViewGraph } from './types';

/** Ring spacing, in graph units per node of the view's typical spread. */
const RING_GAP = 1.2;
const PER_RING = 12;

/** The drawn graph's bounding box (of nodes other than `except`), or null when there are none. */
function bounds(graph: ViewGraph, except: Set<string>) {
  let box: { minX: number; maxX: number; minY: number; maxY: number } | null = null;
  graph.forEachNode((n, a) => {
    if (except.has(n)) return;
    box ??= { minX: a.x, maxX: a.x, minY: a.y, maxY: a.y };
    box.minX = Math.min(box.minX, a.x);
    box.maxX = Math.max(box.maxX, a.x);
    box.minY = Math.min(box.minY, a.y);
    box.maxY = Math.max(box.maxY, a.y);
  });
  return box as { minX: number; maxX: number; minY: number; maxY: number } | null;
}

/**
 * Places `center` (when it is among `added`) right of the drawn graph, and the `added` neighbours on
 * rings around it in the order given (the API sends the best connected first).
 */
export function placeAround(graph: ViewGraph, center: string, added: string[]): void {
  const fresh = new Set(added);
  const box = bounds(graph, fresh);
  const spread = box ? Math.max(box.maxX - box.minX, box.maxY - box.minY, 1) : 10;
  const gap = Math.max(spread / 12, 1) * RING_GAP;
  if (fresh.has(center)) {
    const x = box ? box.maxX + gap * 4 : 0;
    const y = box ? (box.minY + box.maxY) / 2 : 0;
    graph.mergeNodeAttributes(center, { x, y });
  }
  const c = graph.getNodeAttributes(center);
  const ring = added.filter((n) => n !== center && graph.hasNode(n));
  ring.forEach((n, i) => {
    const level = Math.floor(i / PER_RING);
    const onRing = Math.min(PER_RING, ring.length - level * PER_RING);
    const angle = (2 * Math.PI * (i % PER_RING)) / onRing + level * 0.4;
    const r = gap * (1 + level);
    graph.mergeNodeAttributes(n, { x: c.x + r * Math.cos(angle), y: c.y + r * Math.sin(angle) });
  });
}
