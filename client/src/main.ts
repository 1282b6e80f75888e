// The explorer's set-up (boot.ts starts it): one graph, one renderer, the controller, sigma's
// interactions, keyboard shortcuts, the panels and the URL state; the overview (asked for by boot.ts
// before this code was loaded) is tidied before the first paint. The Cypher console (CodeMirror and
// Neo4j's Cypher parser: most of the code) is loaded once the first graph is drawn, so neither waits
// for the other. The canvas follows its container's size. Exposes window.__dossier for tests.
import type { SearchHit, WireGraph } from '@dossier/model';
import { Controller } from './app/controller';
import { attachInteractions, type Interactions } from './app/interactions';
import { attachShortcuts } from './app/shortcuts';
import { setupViewControls } from './app/view-controls';
import { createViewGraph } from './graph/store';
import type { ViewGraph } from './graph/types';
import { setupAddArticle } from './panels/add-article/dialog';
import type { CypherConsole } from './panels/cypher-console';
import { byId } from './panels/dom';
import { setupExport } from './panels/export';
import { setupSearch } from './panels/search';
import { setupStatusBanner } from './panels/status';
import { createRenderer, placedLabels, type ViewRenderer } from './render/renderer';
import { createViewIndex, type ViewIndex } from './render/view-index';
import { createViewState, type ViewState } from './render/view-state';
import type { UrlState } from './state/url-state';
import type { LabelBox } from './render/labels';

declare global {
  interface Window {
    __dossier?: {
      sigma: ViewRenderer;
      graph: ViewGraph;
      state: ViewState;
      index: ViewIndex;
      interactions: Interactions;
      labels(): LabelBox[];
    };
  }
}

/** Relation types are written on the edges below this camera ratio (zoomed in). */
const EDGE_LABEL_RATIO = 0.5;

/** Sets the explorer up for the view `initial` describes; `overview` is the first view's data, on its way. */
export async function start(initial: UrlState, overview: Promise<WireGraph>): Promise<void> {
  const graph = createViewGraph();
  const state = createViewState();
  const index = createViewIndex();
  if (initial.types) state.types = new Set(initial.types);
  state.from = initial.from;
  state.to = initial.to;
  state.compare = initial.compare;
  state.styles = initial.styles;
  state.minOutlets = initial.minOutlets;

  const container = byId('graph-canvas');
  const renderer = createRenderer(graph, container, state, index);
  const controller = new Controller(graph, state, index, renderer);
  const { desk } = controller;

  let consolePanel: CypherConsole | null = null;
  // Until the console is loaded, the URL keeps the query it was opened with.
  controller.consoleQuery = () => (consolePanel ? consolePanel.query.trim() : initial.query) || null;
  const loadConsole = async () => {
    const { CypherConsole } = await import('./panels/cypher-console');
    consolePanel = new CypherConsole((res) => controller.mergeQueryResult(res.graph));
    if (initial.query) consolePanel.setQuery(initial.query);
  };

  const tooltip = byId('tooltip');
  const edgeLabels = () => {
    const on = state.edgeLabels || state.hoveredEdge !== null;
    if (renderer.getSetting('renderEdgeLabels') !== on) renderer.setSetting('renderEdgeLabels', on);
  };
  const interactions = attachInteractions(renderer, {
    hoverNode: (node) => {
      state.hovered = node;
      controller.redraw();
    },
    hoverEdge: (edge, at) => {
      state.hoveredEdge = edge;
      edgeLabels();
      controller.redraw();
      tooltip.hidden = !edge;
      if (!edge || !at) return;
      const a = graph.getEdgeAttributes(edge);
      tooltip.textContent = `${a.type}${a.date ? ` · ${a.date}` : ''}`;
      tooltip.style.left = `${at.x + 12}px`;
      tooltip.style.top = `${at.y + 12}px`;
    },
    clickNode: (node) => void controller.select(node, { center: false }),
    doubleClickNode: (node) => controller.expand(node),
    clickStage: () => controller.clearFocus(),
    dragStart: (node) => desk.dragStart(node),
    dragMove: (at) => desk.dragMove(at),
    dragEnd: () => desk.dragEnd(),
    cameraChanged: ({ ratio }) => {
      const zoomedIn = ratio < EDGE_LABEL_RATIO;
      if (zoomedIn === state.edgeLabels) return;
      state.edgeLabels = zoomedIn;
      edgeLabels();
      controller.redraw();
    },
  });
  attachShortcuts(document, { undo: () => desk.undo(), redo: () => desk.redo() });
  // Sigma follows the window; the container also changes size with the console and the panels. (Not
  // before the first graph: an empty frame costs GPU round trips, and sigma's first frame measures the
  // container itself.)
  new ResizeObserver(() => {
    if (!container.classList.contains('awaiting-first-graph')) renderer.scheduleRefresh();
  }).observe(container);
  window.__dossier = {
    sigma: renderer,
    graph,
    state,
    index,
    interactions,
    labels: () => placedLabels(renderer),
  };

  setupViewControls(controller);
  setupSearch((hit: SearchHit) => {
    if (hit.kind === 'article') controller.openArticle(hit.id);
    else void controller.select(hit.id, { neighbourhood: true });
  });
  setupExport(renderer, graph);
  setupAddArticle({
    existingName: (id) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : null),
    onLoaded: (res) => controller.onArticleLoaded(res).catch(() => controller.refresh()),
  });
  setupStatusBanner(() => {
    if (graph.order === 0) void controller.loadOverview().catch(() => undefined);
  });

  const toggle = byId<HTMLButtonElement>('layout-toggle');
  const syncToggle = () => (toggle.textContent = desk.layout.running ? 'Stop layout' : 'Start layout');
  toggle.addEventListener('click', () => {
    desk.toggleLayout();
    syncToggle();
  });
  controller.onRefresh(syncToggle);
  byId('reset-view').addEventListener('click', () => void renderer.getCamera().animatedReset());
  byId('show-hidden').addEventListener('click', () => controller.showAllHidden());

  performance.mark('page:set-up');
  try {
    await controller.loadOverview(overview);
  } catch {
    controller.refresh();
  } finally {
    container.classList.remove('awaiting-first-graph');
  }
  // After the frame that paints the first graph (a task queued from its animation frame runs once it
  // is painted): the mark bench:first-view reads, then the console's code.
  requestAnimationFrame(() =>
    setTimeout(() => {
      performance.mark('overview:painted');
      void loadConsole();
    }),
  );
  if (initial.entity) await controller.select(initial.entity).catch(() => undefined);
}
