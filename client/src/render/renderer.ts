// Sigma setup: colours by type, label density, level of detail (edges hidden while the camera moves on
// large scenes), and reducers for hover, selection, filters, hidden nodes and a highlighted path.
// Display changes never touch the graph's data.
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { NodeType } from '../../../server/src/shared/wire';
import type { ViewGraph } from '../graph/store';
import { DIMMED, HIGHLIGHT, TYPE_COLORS } from './colors';
import { inPeriod, type ViewState } from './view-state';

/** Above this many edges, edge hover is off (level of detail). */
export const EDGE_EVENTS_MAX = 5000;

export function isNodeVisible(graph: ViewGraph, state: ViewState, node: string): boolean {
  const a = graph.getNodeAttributes(node);
  if (state.hidden.has(node)) return false;
  if (!state.types.has(a['type'] as NodeType)) return false;
  return inPeriod(a['date'], state.from, state.to);
}

export function createRenderer(graph: ViewGraph, container: HTMLElement, state: ViewState): Sigma {
  const large = () => graph.size > 2000;
  const renderer = new Sigma(graph, container, {
    renderEdgeLabels: false,
    // Edge hover needs a picking pass over every edge: it is turned on after the first frame (so the
    // first paint does not wait for it), and only on scenes small enough to afford it.
    enableEdgeEvents: false,
    labelDensity: 0.08,
    labelGridCellSize: 80,
    labelRenderedSizeThreshold: 7,
    labelFont: 'system-ui, sans-serif',
    defaultEdgeType: 'arrow',
    hideEdgesOnMove: large(),
    hideLabelsOnMove: large(),
    zIndex: true,
    // Reducers get a shallow copy of the attributes: they mutate and return it (no allocation), and
    // take the fast path when nothing is filtered or focused.
    nodeReducer: (node, data) => {
      const d = data as Partial<NodeDisplayData> & Record<string, unknown>;
      const type = d['type'] as NodeType;
      // Our `type` attribute is the Dossier type; sigma's `type` is the program that draws the node.
      d.type = 'circle';
      d.color = TYPE_COLORS[type] ?? '#999';
      if (
        (state.hidden.size > 0 && state.hidden.has(node)) ||
        !state.types.has(type) ||
        ((state.from || state.to) && !inPeriod(d['date'], state.from, state.to))
      ) {
        d.hidden = true;
        return d;
      }
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
      const d = data as Partial<EdgeDisplayData> & Record<string, unknown>;
      d.type = 'arrow';
      d.color = '#c5cad3';
      if ((state.from || state.to) && !inPeriod(d['date'], state.from, state.to)) {
        d.hidden = true;
        return d;
      }
      if (state.path) {
        if (state.path.edges.has(edge)) Object.assign(d, { color: HIGHLIGHT, size: 3, zIndex: 2 });
        else d.hidden = true;
        return d;
      }
      const focus = state.hovered ?? state.selected;
      if (focus && graph.hasNode(focus)) {
        if (graph.hasExtremity(edge, focus)) Object.assign(d, { color: '#6b7280', size: 1.5 });
        else d.hidden = true;
      }
      return d;
    },
  });
  requestAnimationFrame(() => updateLevelOfDetail(renderer, graph));
  return renderer;
}

/** Level of detail for large scenes: edges and labels hidden while the camera moves. */
export function updateLevelOfDetail(renderer: Sigma, graph: ViewGraph): void {
  const large = graph.size > 2000;
  if (renderer.getSetting('hideEdgesOnMove') !== large) {
    renderer.setSetting('hideEdgesOnMove', large);
    renderer.setSetting('hideLabelsOnMove', large);
  }
  const edgeEvents = graph.size <= EDGE_EVENTS_MAX;
  if (renderer.getSetting('enableEdgeEvents') !== edgeEvents)
    renderer.setSetting('enableEdgeEvents', edgeEvents);
}

/** How many nodes are visible now. */
export function visibleCount(graph: ViewGraph, state: ViewState): number {
  let n = 0;
  graph.forEachNode((node) => {
    if (isNodeVisible(graph, state, node)) n += 1;
  });
  return n;
}

/** Moves the camera to a node. */
export function focusNode(renderer: Sigma, node: string): void {
  const data = renderer.getNodeDisplayData(node);
  if (!data) return;
  void renderer.getCamera().animate({ x: data.x, y: data.y, ratio: 0.4 }, { duration: 400 });
}
