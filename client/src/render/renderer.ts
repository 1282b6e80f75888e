// Sigma setup: colours by type, label density, level of detail (edges hidden while the camera moves on
// large scenes), and reducers for hover, selection, filters, hidden nodes and a highlighted path.
// Display changes never touch the graph's data.
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { NodeType } from '../../../server/src/shared/wire';
import type { ViewGraph } from '../graph/store';
import { DIMMED, HIGHLIGHT, TYPE_COLORS } from './colors';
import { inPeriod, type ViewState } from './view-state';

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
    enableEdgeEvents: true,
    labelDensity: 0.08,
    labelGridCellSize: 80,
    labelRenderedSizeThreshold: 7,
    labelFont: 'system-ui, sans-serif',
    defaultEdgeType: 'arrow',
    hideEdgesOnMove: large(),
    hideLabelsOnMove: large(),
    zIndex: true,
    nodeReducer: (node, data) => {
      // Our `type` attribute is the Dossier type; sigma's `type` is the program that draws the node.
      const res: Partial<NodeDisplayData> = {
        ...data,
        type: 'circle',
        color: TYPE_COLORS[data['type'] as NodeType] ?? '#999',
      };
      if (!isNodeVisible(graph, state, node)) return { ...res, hidden: true };
      const focus = state.hovered ?? state.selected;
      if (state.path) {
        if (state.path.nodes.has(node)) return { ...res, highlighted: true, zIndex: 2, forceLabel: true };
        return { ...res, color: DIMMED, label: '', zIndex: 0 };
      }
      if (focus) {
        if (node === focus) return { ...res, highlighted: true, zIndex: 2, forceLabel: true };
        if (graph.hasNode(focus) && graph.areNeighbors(node, focus))
          return { ...res, zIndex: 1, forceLabel: node !== focus && graph.degree(focus) < 30 };
        return { ...res, color: DIMMED, label: '', zIndex: 0 };
      }
      return res;
    },
    edgeReducer: (edge, data) => {
      const res: Partial<EdgeDisplayData> = { ...data, type: 'arrow', color: '#c5cad3' };
      const [s, t] = graph.extremities(edge);
      if (!isNodeVisible(graph, state, s) || !isNodeVisible(graph, state, t)) return { ...res, hidden: true };
      if (!inPeriod(graph.getEdgeAttribute(edge, 'date'), state.from, state.to))
        return { ...res, hidden: true };
      if (state.path)
        return state.path.edges.has(edge)
          ? { ...res, color: HIGHLIGHT, size: 3, zIndex: 2 }
          : { ...res, hidden: true };
      const focus = state.hovered ?? state.selected;
      if (focus && s !== focus && t !== focus) return { ...res, hidden: true };
      if (focus) return { ...res, color: '#6b7280', size: 1.5 };
      return res;
    },
  });
  return renderer;
}

/** Level of detail for large scenes: edges and labels hidden while the camera moves. */
export function updateLevelOfDetail(renderer: Sigma, graph: ViewGraph): void {
  const large = graph.size > 2000;
  if (renderer.getSetting('hideEdgesOnMove') !== large) {
    renderer.setSetting('hideEdgesOnMove', large);
    renderer.setSetting('hideLabelsOnMove', large);
  }
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
