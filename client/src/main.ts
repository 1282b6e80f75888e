// Bootstrap of the explorer: one graph, one renderer, the panels, and the URL state; the overview is
// laid out before the first paint. Exposes window.__dossier = { sigma, graph } for tests.
import type Sigma from 'sigma';
import { api, ApiError } from './api/client';
import type { CypherResponse, IngestResponse, SearchHit, WireGraph } from '../../server/src/shared/wire';
import { layoutBeforePaint, LayoutWorker } from './graph/layout';
import { createViewGraph, mergeWireGraph } from './graph/store';
import { setupAddArticle } from './panels/add-article/dialog';
import { renderArticle } from './panels/article-reader';
import { CypherConsole } from './panels/cypher-console';
import { byId } from './panels/dom';
import { renderEntityPanel, type EntityPanelActions } from './panels/entity-panel';
import { setupExport } from './panels/export';
import { monthRange, renderTimeline, renderTypeFilters } from './panels/filters';
import { setupSearch } from './panels/search';
import { setupStatusBanner, showToast } from './panels/status';
import { createRenderer, focusNode, updateLevelOfDetail, visibleCount } from './render/renderer';
import { createViewState } from './render/view-state';
import { readUrlState, writeUrlState } from './state/url-state';
import './styles.css';

declare global {
  interface Window {
    __dossier?: { sigma: Sigma; graph: ReturnType<typeof createViewGraph> };
  }
}

const EXPAND_LIMIT = 40;
const graph = createViewGraph();
const state = createViewState();
const initial = readUrlState();
if (initial.types) state.types = new Set(initial.types);
state.from = initial.from;
state.to = initial.to;

let renderer: Sigma;
let consolePanel: CypherConsole;
const layout = new LayoutWorker(graph);

function refresh(): void {
  renderer.refresh({ skipIndexation: true });
  const visible = visibleCount(graph, state);
  byId('node-count').textContent = `${visible} node${visible === 1 ? '' : 's'} in view`;
  const empty = byId('empty-state');
  empty.hidden = visible > 0;
  empty.textContent =
    graph.order === 0
      ? 'The graph is empty. Load the seed with `npm run seed`, or add articles with `npm run ingest`.'
      : 'Nothing matches the filters. Widen the period or tick more types.';
  byId('show-hidden').hidden = state.hidden.size === 0;
  byId('show-hidden').textContent = `Show hidden (${state.hidden.size})`;
  writeUrlState({
    entity: state.selected,
    types: [...state.types],
    from: state.from,
    to: state.to,
    query: consolePanel?.query.trim() || null,
  });
}

function merge(wire: WireGraph, near?: string): string[] {
  const added = mergeWireGraph(graph, wire, near);
  updateLevelOfDetail(renderer, graph);
  return added;
}

function showTruncation(wire: WireGraph, what: string): void {
  const note = byId('truncation');
  note.hidden = !wire.truncated;
  note.textContent = wire.truncated ? `${what}: showing ${wire.nodes.length} of ${wire.total}` : '';
}

async function select(id: string, opts: { center?: boolean } = {}): Promise<void> {
  state.selected = id;
  if (!graph.hasNode(id)) {
    const wire = await api.neighbors(id, EXPAND_LIMIT);
    merge(wire);
    layoutBeforePaint(graph);
  }
  refresh();
  if (opts.center !== false) focusNode(renderer, id);
  if (!/^(person|organization|place):/.test(id)) {
    byId('entity-panel').hidden = true;
    return;
  }
  try {
    renderEntityPanel(await api.entity(id), state.pathStart, actions);
  } catch (e) {
    if (e instanceof ApiError) byId('truncation').textContent = e.message;
  }
}

async function expand(id: string): Promise<void> {
  const wire = await api.neighbors(id, EXPAND_LIMIT);
  merge(wire, id);
  showTruncation(wire, 'Neighbours');
  refresh();
}

const actions: EntityPanelActions = {
  openArticle: (articleId, focus) =>
    void api.article(articleId).then((a) =>
      renderArticle(
        a,
        focus,
        (id) => void select(id),
        () => {
          byId('article-reader').hidden = true;
          byId('entity-panel').hidden = !state.selected;
        },
      ),
    ),
  selectEntity: (id) => void select(id),
  expand: (id) => void expand(id),
  hide: (id) => {
    state.hidden.add(id);
    if (state.selected === id) state.selected = null;
    refresh();
  },
  remove: (id) => {
    if (graph.hasNode(id)) graph.dropNode(id);
    if (state.selected === id) state.selected = null;
    byId('entity-panel').hidden = true;
    refresh();
  },
  setPathStart: (id) => {
    state.pathStart = id;
    void select(id, { center: false });
  },
  pathTo: async (id) => {
    if (!state.pathStart) return;
    const wire = await api.paths(state.pathStart, id);
    merge(wire);
    state.path = {
      nodes: new Set(wire.nodes.map((n) => n.key)),
      edges: new Set(wire.edges.map((e) => e.key)),
    };
    byId('truncation').hidden = false;
    byId('truncation').textContent = wire.nodes.length
      ? 'Shortest path highlighted. Click the background to clear it.'
      : 'No path found within 8 steps.';
    refresh();
  },
};

function onCypherResult(res: CypherResponse): void {
  const added = merge(res.graph);
  if (added.length) layoutBeforePaint(graph);
  refresh();
}

function datedMonths(): string[] {
  const dates: string[] = [];
  graph.forEachNode((_n, a) => {
    if (typeof a['date'] === 'string' && a['date'].length >= 7) dates.push(a['date'].slice(0, 7));
  });
  graph.forEachEdge((_e, a) => {
    if (typeof a['date'] === 'string' && a['date'].length >= 7) dates.push(a['date'].slice(0, 7));
  });
  dates.sort();
  if (!dates.length) return [];
  const first = dates.find((d) => d >= '2000') ?? dates[0]!;
  return monthRange(first, dates[dates.length - 1]!);
}

async function loadOverview(): Promise<void> {
  const wire = await api.overview({ limit: 1500 });
  // Merged into the one long-lived graph: a reload (recovery, a new article) keeps the view's instance.
  const added = merge(wire);
  showTruncation(wire, 'Overview');
  if (added.length) layoutBeforePaint(graph);
  renderTimeline(state, datedMonths(), refresh);
  refresh();
}

/** After "Add article" loaded one: the overview again (merged), then its first person is selected. */
async function onArticleLoaded(res: IngestResponse): Promise<void> {
  const doc = res.document;
  showToast(
    `Loaded: ${doc.entities.length} entit${doc.entities.length === 1 ? 'y' : 'ies'}, ` +
      `${doc.relations.length} relation${doc.relations.length === 1 ? '' : 's'} (“${res.article.title}”)`,
  );
  await loadOverview();
  const person = doc.entities.find((e) => e.type === 'Person');
  if (person) await select(person.id);
}

async function main(): Promise<void> {
  renderer = createRenderer(graph, byId('graph-canvas'), state);
  window.__dossier = { sigma: renderer, graph };
  consolePanel = new CypherConsole(onCypherResult);
  if (initial.query) consolePanel.setQuery(initial.query);
  renderTypeFilters(state, refresh);
  setupSearch((hit: SearchHit) => {
    if (hit.kind === 'article') actions.openArticle(hit.id);
    else void select(hit.id);
  });
  setupExport(renderer, graph);
  setupAddArticle({
    existingName: (id) => (graph.hasNode(id) ? String(graph.getNodeAttribute(id, 'label')) : null),
    onLoaded: (res) => onArticleLoaded(res).catch(() => refresh()),
  });
  setupStatusBanner(() => {
    if (graph.order === 0) void loadOverview().catch(() => undefined);
  });

  const tooltip = byId('tooltip');
  renderer.on('enterNode', ({ node }) => {
    state.hovered = node;
    refresh();
  });
  renderer.on('leaveNode', () => {
    state.hovered = null;
    refresh();
  });
  renderer.on('clickNode', ({ node }) => void select(node, { center: false }));
  renderer.on('doubleClickNode', (e) => {
    e.preventSigmaDefault();
    void expand(e.node);
  });
  renderer.on('clickStage', () => {
    state.path = null;
    state.selected = null;
    refresh();
  });
  renderer.on('enterEdge', ({ edge, event }) => {
    const a = graph.getEdgeAttributes(edge);
    tooltip.textContent = `${String(a['type'])}${a['date'] ? ` · ${String(a['date'])}` : ''}`;
    tooltip.style.left = `${event.x + 12}px`;
    tooltip.style.top = `${event.y + 12}px`;
    tooltip.hidden = false;
  });
  renderer.on('leaveEdge', () => (tooltip.hidden = true));

  const toggle = byId<HTMLButtonElement>('layout-toggle');
  toggle.addEventListener('click', () => {
    if (layout.running) layout.stop();
    else layout.start();
    toggle.textContent = layout.running ? 'Stop layout' : 'Start layout';
  });
  byId('reset-view').addEventListener('click', () => void renderer.getCamera().animatedReset());
  byId('show-hidden').addEventListener('click', () => {
    state.hidden.clear();
    refresh();
  });

  try {
    await loadOverview();
  } catch {
    refresh();
  }
  if (initial.entity) await select(initial.entity).catch(() => undefined);
}

void main();
