// Bootstrap of the explorer: one graph, one renderer, the controller, sigma's interactions, the panels
// and the URL state; the overview is laid out before the first paint. Exposes window.__dossier for tests.
import type { SearchHit } from '@dossier/model';
import { attachInteractions, type Interactions } from './app/interactions';
import { Controller } from './app/controller';
import { LayoutWorker } from './graph/layout';
import { createViewGraph } from './graph/store';
import type { ViewGraph } from './graph/types';
import { setupAddArticle } from './panels/add-article/dialog';
import { CypherConsole } from './panels/cypher-console';
import { byId } from './panels/dom';
import { setupExport } from './panels/export';
import { renderTypeFilters } from './panels/filters';
import { setupOutletFilter } from './panels/overview-legend';
import { setupSearch } from './panels/search';
import { setupStatusBanner } from './panels/status';
import { createRenderer, type ViewRenderer } from './render/renderer';
import { createViewState } from './render/view-state';
import { readUrlState } from './state/url-state';
import './styles.css';

declare global {
  interface Window {
    __dossier?: { sigma: ViewRenderer; graph: ViewGraph; interactions: Interactions };
  }
}

async function main(): Promise<void> {
  const graph = createViewGraph();
  const state = createViewState();
  const initial = readUrlState();
  if (initial.types) state.types = new Set(initial.types);
  state.from = initial.from;
  state.to = initial.to;

  const renderer = createRenderer(graph, byId('graph-canvas'), state);
  const controller = new Controller(graph, state, renderer);
  const layout = new LayoutWorker(graph);

  const consolePanel = new CypherConsole((res) => controller.mergeAndLayout(res.graph));
  if (initial.query) consolePanel.setQuery(initial.query);
  controller.consoleQuery = () => consolePanel.query.trim() || null;

  const tooltip = byId('tooltip');
  const interactions = attachInteractions(renderer, {
    hoverNode: (node) => {
      state.hovered = node;
      controller.redraw();
    },
    hoverEdge: (edge, at) => {
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
  });
  window.__dossier = { sigma: renderer, graph, interactions };

  renderTypeFilters(state, () => controller.refresh());
  setupOutletFilter(state, () => controller.refresh());
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
  toggle.addEventListener('click', () => {
    if (layout.running) layout.stop();
    else layout.start();
    toggle.textContent = layout.running ? 'Stop layout' : 'Start layout';
  });
  byId('reset-view').addEventListener('click', () => void renderer.getCamera().animatedReset());
  byId('show-hidden').addEventListener('click', () => controller.showAllHidden());

  try {
    await controller.loadOverview();
  } catch {
    controller.refresh();
  }
  if (initial.entity) await controller.select(initial.entity).catch(() => undefined);
}

void main();
