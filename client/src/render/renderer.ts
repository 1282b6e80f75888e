// Sigma setup: colours by type, label density, level of detail (edges hidden while the camera moves on
// large scenes), and reducers for hover, selection, filters, hidden nodes and a highlighted path.
// Display changes never touch the graph's data.
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { edgeMeetsOutlets, nodeMeetsOutlets } from '../graph/corroboration-view';
import type { EdgeAttributes, NodeAttributes, ViewGraph } from '../graph/types';
import { DIMMED, HIGHLIGHT, TYPE_COLORS } from './colors';
import { inPeriod, type ViewState } from './view-state';

export type ViewRenderer = Sigma<NodeAttributes, EdgeAttributes>;

/** Above this many edges, edge hover is off (level of detail). */
export const EDGE_EVENTS_MAX = 5000;

/**
 * Reducers get a shallow copy of the attributes: they mutate and return it (no allocation). The copy
 * holds Dossier's `type` (Person…), which sigma reads as the name of the program that draws the item,
 * so each reducer reads it first and then overwrites it.
 */
type NodeDisplay = Partial<NodeDisplayData>;
type EdgeDisplay = Partial<EdgeDisplayData>;

export function createRenderer(graph: ViewGraph, container: HTMLElement, state: ViewState): ViewRenderer {
  const large = () => graph.size > 2000;
  const renderer: ViewRenderer = new Sigma(graph, container, {
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
    // The fast path when nothing is filtered or focused costs one object write per item.
    nodeReducer: (node, data) => {
      const type = data.type;
      const d = data as unknown as NodeDisplay;
      d.type = 'circle';
      d.color = TYPE_COLORS[type] ?? '#999';
      if (
        (state.hidden.size > 0 && state.hidden.has(node)) ||
        !state.types.has(type) ||
        ((state.from || state.to) && !inPeriod(data.date, state.from, state.to)) ||
        !nodeMeetsOutlets(graph, node, state.minOutlets)
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
      const date = data.date;
      const outlets = data.outlets;
      const d = data as unknown as EdgeDisplay;
      d.type = 'arrow';
      d.color = '#c5cad3';
      if (
        ((state.from || state.to) && !inPeriod(date, state.from, state.to)) ||
        !edgeMeetsOutlets(outlets, state.minOutlets)
      ) {
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
        if (graph.hasExtremity(edge, focus))
          Object.assign(d, { color: '#6b7280', size: Math.max(1.5, d.size ?? 1) });
        else d.hidden = true;
      }
      return d;
    },
  });
  requestAnimationFrame(() => updateLevelOfDetail(renderer, graph));
  return renderer;
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

/** Moves the camera to a node. */
export function focusNode(renderer: ViewRenderer, node: string): void {
  const data = renderer.getNodeDisplayData(node);
  if (!data) return;
  void renderer.getCamera().animate({ x: data.x, y: data.y, ratio: 0.4 }, { duration: 400 });
}
