// The page bench:client drives: builds a seeded random scene (n nodes, 3 edges per node) and renders it
// either with Dossier's renderer setup (its index of the graph built in the timed part, as the app does
// before a paint) or with bare sigma, then reports time to first render and frames per second while the
// camera pans and zooms.
import Graph from 'graphology';
import Sigma from 'sigma';
import type { ViewGraph } from '../../client/src/graph/types';
import { createRenderer, useCurvedEdges } from '../../client/src/render/renderer';
import { createViewIndex, reindex } from '../../client/src/render/view-index';
import { createViewState } from '../../client/src/render/view-state';
import { seededRandom } from '../corpus/generate-corpus';

const TYPES = ['Person', 'Organization', 'Place', 'Event'];

/** The scene; bare sigma gets it without Dossier's `type` attributes (sigma reads `type` as a program). */
function scene(n: number, withDossierTypes: boolean): Graph {
  const random = seededRandom(n);
  const g = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  for (let i = 0; i < n; i++) {
    const degree = Math.floor(1 + 30 * random() ** 6);
    g.addNode(`n${i}`, {
      x: random() * 1000,
      y: random() * 1000,
      size: 2 + Math.sqrt(degree),
      label: `Node ${i}`,
      ...(withDossierTypes ? { type: TYPES[i % 4] } : {}),
      mentions: degree,
      degree,
      color: '#3b6fd8',
    });
  }
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < 3; k++) {
      const j = Math.floor(random() * n);
      g.addDirectedEdgeWithKey(
        `e${i}-${k}`,
        `n${i}`,
        `n${j}`,
        withDossierTypes ? { type: 'MET', date: null, size: 1 } : { size: 1 },
      );
    }
  }
  return g;
}

/** Dossier's renderer as the app sets it up: the index derived from the graph, curved parallel edges. */
function dossierRenderer(graph: ViewGraph, container: HTMLElement) {
  const state = createViewState();
  const index = createViewIndex();
  reindex(graph, state, index);
  const renderer = createRenderer(graph, container, state, index);
  if (index.curvatures.size) useCurvedEdges(renderer);
  return renderer;
}

const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(r));

async function run(
  n: number,
  mode: 'bare' | 'dossier',
): Promise<{ firstRenderMs: number; fps: number; restFrameMs: number }> {
  const container = document.getElementById('stage')!;
  const graph = scene(n, mode === 'dossier');
  await nextFrame();
  const t0 = performance.now();
  const renderer =
    mode === 'bare'
      ? new Sigma(graph, container, { defaultEdgeType: 'arrow' })
      : // The scene carries the attributes the reducers read (type, date); the rest are not read.
        dossierRenderer(graph as unknown as ViewGraph, container);
  await nextFrame();
  await nextFrame();
  const firstRenderMs = performance.now() - t0;
  // At rest: one full render, timed.
  const r0 = performance.now();
  renderer.refresh();
  const restFrameMs = performance.now() - r0;
  // While moving: frame timestamps into a preallocated array; FPS over the span between the first and
  // the last frame, so slow scenes are not rounded to whole frames. Longer moves for bigger scenes.
  const stamps = new Float64Array(4096);
  let frames = 0;
  const stamp = () => {
    if (frames < stamps.length) stamps[frames++] = performance.now();
  };
  renderer.on('afterRender', stamp);
  const camera = renderer.getCamera();
  const seconds = n <= 1000 ? 3 : n <= 10_000 ? 6 : 12;
  await camera.animate({ x: 0.8, y: 0.7, ratio: 0.35 }, { duration: seconds * 500 });
  await camera.animate({ x: 0.3, y: 0.4, ratio: 1.2 }, { duration: seconds * 500 });
  renderer.off('afterRender', stamp);
  renderer.kill();
  container.replaceChildren();
  const fps = frames > 1 ? ((frames - 1) * 1000) / (stamps[frames - 1]! - stamps[0]!) : 0;
  return { firstRenderMs, fps, restFrameMs };
}

(window as unknown as { runScene: typeof run }).runScene = run;
