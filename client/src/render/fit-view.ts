// Moves the camera so that the given nodes fill the view (with a margin): used when an entity is picked,
// so that it and its neighbourhood are on screen together.
import type { ViewRenderer } from './renderer';

const MARGIN = 1.35;
const MIN_RATIO = 0.08;

export function fitView(renderer: ViewRenderer, nodes: string[], duration = 400): Promise<void> {
  let box: [number, number, number, number] | null = null;
  for (const n of nodes) {
    const d = renderer.getNodeDisplayData(n);
    if (!d) continue;
    box = box
      ? [Math.min(box[0], d.x), Math.max(box[1], d.x), Math.min(box[2], d.y), Math.max(box[3], d.y)]
      : [d.x, d.x, d.y, d.y];
  }
  if (!box) return Promise.resolve();
  const [minX, maxX, minY, maxY] = box;
  const ratio = Math.max(MIN_RATIO, Math.max(maxX - minX, maxY - minY) * MARGIN);
  return renderer.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration });
}
