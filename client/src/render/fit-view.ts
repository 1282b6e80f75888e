// Moves the camera so that the given nodes fill the view (with a margin): used when an entity is picked,
// so that it and its neighbourhood are on screen together. The box is measured in viewport pixels at a
// reference camera, so the canvas's aspect ratio (a wide canvas, a tall neighbourhood) is accounted for.
import type { CameraState } from 'sigma/types';
import type { ViewRenderer } from './renderer';

/** Share of the canvas the nodes' box may fill, on its tighter side. */
const FILL = 0.8;
/** The closest the camera goes for a node and a few close neighbours. */
const MIN_RATIO = 0.08;

/** The camera state that shows every one of `nodes` (the hidden ones aside) inside the canvas. */
export function cameraToFit(renderer: ViewRenderer, nodes: string[]): CameraState | null {
  const reference: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  const { width, height } = renderer.getDimensions();
  let box: [number, number, number, number] | null = null;
  for (const n of nodes) {
    const d = renderer.getNodeDisplayData(n);
    if (!d || d.hidden) continue;
    const p = renderer.framedGraphToViewport(d, { cameraState: reference });
    box = box
      ? [Math.min(box[0], p.x), Math.max(box[1], p.x), Math.min(box[2], p.y), Math.max(box[3], p.y)]
      : [p.x, p.x, p.y, p.y];
  }
  if (!box || width === 0 || height === 0) return null;
  const [minX, maxX, minY, maxY] = box;
  const centre = renderer.viewportToFramedGraph(
    { x: (minX + maxX) / 2, y: (minY + maxY) / 2 },
    { cameraState: reference },
  );
  // At ratio r every distance on screen is 1/r of the reference's: the box fits when it fills FILL of
  // the canvas on its tighter side.
  const ratio = Math.max(MIN_RATIO, (maxX - minX) / (width * FILL), (maxY - minY) / (height * FILL));
  return { x: centre.x, y: centre.y, ratio, angle: 0 };
}

export function fitView(renderer: ViewRenderer, nodes: string[], duration = 400): Promise<void> {
  const target = cameraToFit(renderer, nodes);
  return target ? renderer.getCamera().animate(target, { duration }) : Promise.resolve();
}
