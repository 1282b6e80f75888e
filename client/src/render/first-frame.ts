// The first frame's GPU work, started early. The first time a WebGL canvas draws, the GPU process
// prepares its shaders for the drawing state (in software rendering, a JIT compile of a few hundred
// milliseconds), and the frame is not painted until that is done. Drawing the overview once as soon as
// it is in hand, while its canvases are still hidden (`awaiting-first-graph`), and flushing the
// commands lets the GPU process do that work while the page tidies the layout; the frame the user sees
// is drawn after, from the tidied positions.
import type Sigma from 'sigma';

/** Draws the current graph now (unseen while the canvases are hidden) and sends the GPU its commands. */
export function startFirstFrame(renderer: Sigma): void {
  renderer.refresh();
  for (const layer of Object.values(renderer.getCanvases())) {
    // WebGL layers only: asking a 2D canvas for WebGL gives null, and some layers are not canvases.
    if (!(layer instanceof HTMLCanvasElement)) continue;
    const gl = layer.getContext('webgl2') ?? layer.getContext('webgl');
    gl?.flush();
  }
}
