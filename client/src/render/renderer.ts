// Sigma setup: colours and sizes by type, curved parallel edges, labels that do not overlap, level of
// detail (edges hidden while the camera moves on large scenes), and reducers for hover, selection,
// filters (type, period, outlets), playback, a comparison of two periods and a highlighted path. Display changes never touch
// the graph's data.
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import Sigma from 'sigma';
import { drawDiscNodeLabel, EdgeRectangleProgram, NodeCircleProgram } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes, ViewGraph } from '../graph/types';
import { DIMMED, EDGE, EDGE_FOCUS, faded, HIGHLIGHT, NEW_EDGE } from './colors';
import { LabelPlacer, type Disc, type LabelBox } from './labels';
import { lazyEdgeProgram, lazyNodeProgram } from './lazy-program';
import { colorOf } from './type-styles';
import { createViewIndex, type ViewIndex } from './view-index';
import type { ViewState } from './view-state';
import { edgeStage, nodeStage } from './visibility';

export type ViewRenderer = Sigma<NodeAttributes, EdgeAttributes>;

/** Above this many edges, edge hover is off (level of detail). */
export const EDGE_EVENTS_MAX = 5000;

/**
 * Reducers get a shallow copy of the attributes: they mutate and return it (no allocation). The copy
 * holds Dossier's `type` (Person…), which sigma reads as the name of the program that draws the item,
 * so each reducer reads it first and then overwrites it.
 */
type NodeDisplay = Partial<NodeDisplayData>;
type EdgeDisplay = Partial<EdgeDisplayData> & { curvature?: number };

const placers = new WeakMap<ViewRenderer, LabelPlacer>();

/** The node labels drawn in the last frame (for tests and the export). */
export const placedLabels = (renderer: ViewRenderer): LabelBox[] => placers.get(renderer)?.placed ?? [];

/** The discs of the nodes drawn now, on screen (the labels keep off them). */
function drawnDiscs(renderer: ViewRenderer): Disc[] {
  const discs: Disc[] = [];
  renderer.getGraph().forEachNode((node) => {
    const d = renderer.getNodeDisplayData(node);
    if (!d || d.hidden) return;
    const p = renderer.framedGraphToViewport(d);
    discs.push({ node, x: p.x, y: p.y, r: renderer.scaleSize(d.size) });
  });
  return discs;
}

export function createRenderer(
  graph: ViewGraph,
  container: HTMLElement,
  state: ViewState,
  index: ViewIndex = createViewIndex(),
): ViewRenderer {
  const large = () => graph.size > 2000;
  // (The discs are read once per frame that draws labels: `renderer` is set by then.)
  const labels = new LabelPlacer(
    drawDiscNodeLabel,
    () => container.clientWidth,
    () => drawnDiscs(renderer),
  );
  const renderer: ViewRenderer = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    // Edge labels are drawn once zoomed in (and for a hovered edge): see the camera in interactions.
    renderEdgeLabels: false,
    // Edge hover needs a picking pass over every edge: it is turned on after the first frame (so the
    // first paint does not wait for it), and only on scenes small enough to afford it.
    enableEdgeEvents: false,
    labelDensity: 0.08,
    labelGridCellSize: 80,
    labelRenderedSizeThreshold: 7,
    labelFont: 'system-ui, sans-serif',
    defaultDrawNodeLabel: labels.enqueue,
    defaultEdgeType: 'arrow',
    // Compiled when first needed (lazy-program.ts): discs on the hover layer (a hovered or focused node),
    // plain lines (sigma's default, which Dossier does not use). A graph indexed before its renderer
    // exists may already need the curved program at the first paint.
    nodeHoverProgramClasses: { circle: lazyNodeProgram(NodeCircleProgram) },
    edgeProgramClasses: {
      line: lazyEdgeProgram(EdgeRectangleProgram),
      ...(index.curvatures.size ? { curved: EdgeCurvedArrowProgram } : {}),
    },
    edgeLabelSize: 11,
    hideEdgesOnMove: large(),
    hideLabelsOnMove: large(),
    zIndex: true,
    // The fast path when nothing is filtered or focused costs a few writes per item.
    nodeReducer: (node, data) => {
      const type = data.type;
      const d = data as unknown as NodeDisplay;
      d.type = 'circle';
      d.color = colorOf(state.styles, type);
      const factor = state.styles.sizes[type];
      if (factor) d.size = data.size * factor;
      const stage = nodeStage(graph, state, index, node, type, data.date);
      if (stage === 'hidden') {
        d.hidden = true;
        return d;
      }
      // New in the later period: bigger, labelled, on top (sigma's `highlighted` would draw label boxes
      // that may overlap, so it is kept for the focus).
      if (stage === 'new') Object.assign(d, { size: (d.size ?? 1) * 1.4, forceLabel: true, zIndex: 2 });
      else if (stage === 'gone' || stage === 'apart')
        Object.assign(d, { color: faded(d.color), label: '', zIndex: 0 });
      const focus = state.hovered ?? state.selected;
      if (state.path) {
        if (state.path.nodes.has(node)) Object.assign(d, { highlighted: true, zIndex: 2, forceLabel: true });
        else Object.assign(d, { color: DIMMED, label: '', zIndex: 0 });
      } else if (focus && graph.hasNode(focus)) {
        if (node === focus) Object.assign(d, { highlighted: true, zIndex: 2, forceLabel: true });
        else if (graph.areNeighbors(node, focus))
          Object.assign(d, { zIndex: 1, forceLabel: graph.degree(focus) < 30 });
        else Object.assign(d, { color: DIMMED, label: '', zIndex: 0 });
      }
      return d;
    },
    // Edges whose ends are hidden are skipped by sigma itself.
    edgeReducer: (edge, data) => {
      const { date, type, outlets } = data;
      const d = data as unknown as EdgeDisplay;
      const curvature = index.curvatures.get(edge);
      if (curvature === undefined) d.type = 'arrow';
      else Object.assign(d, { type: 'curved', curvature });
      d.color = EDGE;
      const hovered = edge === state.hoveredEdge;
      d.label = state.edgeLabels || hovered ? type : null;
      if (hovered) d.forceLabel = true;
      const stage = edgeStage(state, index, edge, date, outlets);
      if (stage === 'hidden') {
        d.hidden = true;
        return d;
      }
      if (stage === 'new') Object.assign(d, { color: NEW_EDGE, size: Math.max(2.5, d.size ?? 1), zIndex: 1 });
      else if (stage === 'gone' || stage === 'apart') d.color = faded(EDGE);
      if (state.path) {
        if (state.path.edges.has(edge)) Object.assign(d, { color: HIGHLIGHT, size: 3, zIndex: 2 });
        else d.hidden = true;
        return d;
      }
      const focus = state.hovered ?? state.selected;
      if (focus && graph.hasNode(focus)) {
        if (graph.hasExtremity(edge, focus))
          Object.assign(d, { color: EDGE_FOCUS, size: Math.max(1.5, d.size ?? 1) });
        else d.hidden = true;
      }
      return d;
    },
  });
  placers.set(renderer, labels);
  renderer.on('afterRender', labels.flush);
  // (Not while the graph is empty: each setting schedules a frame, and sigma's frame of an empty graph
  // still clears and re-allocates its WebGL layers, ~60 ms of GPU round trips before the first graph.)
  requestAnimationFrame(() => {
    if (graph.order) updateLevelOfDetail(renderer, graph);
  });
  return renderer;
}

/**
 * Registers the curved edge program once some edges need it (parallel relations): compiling it costs
 * the first paint of every view that has none.
 */
export function useCurvedEdges(renderer: ViewRenderer): void {
  const programs = renderer.getSetting('edgeProgramClasses');
  if (!programs['curved'])
    renderer.setSetting('edgeProgramClasses', { ...programs, curved: EdgeCurvedArrowProgram });
}

/** Level of detail for large scenes: edges and labels hidden while the camera moves. */
export function updateLevelOfDetail(renderer: ViewRenderer, graph: ViewGraph): void {
  const large = graph.size > 2000;
  if (renderer.getSetting('hideEdgesOnMove') !== large) {
    renderer.setSetting('hideEdgesOnMove', large);
    renderer.setSetting('hideLabelsOnMove', large);
  }
  const edgeEvents = graph.size <= EDGE_EVENTS_MAX;
  if (renderer.getSetting('enableEdgeEvents') !== edgeEvents)
    renderer.setSetting('enableEdgeEvents', edgeEvents);
}
