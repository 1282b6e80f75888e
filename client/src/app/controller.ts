// The explorer's controller: what the user's actions do to the one graph and the view state (select,
// expand, hide, remove, a path, the overview), and refresh(), which redraws, updates the counters and
// writes the URL. Panels and sigma's events call into it; it knows nothing of the pointer.
import { api, ApiError } from '../api/client';
import { isEntityId, type IngestResponse, type WireGraph } from '@dossier/model';
import { layoutBeforePaint } from '../graph/layout';
import { mergeWireGraph, type MergeResult } from '../graph/store';
import type { ViewGraph } from '../graph/types';
import { renderArticle } from '../panels/article-reader';
import { byId } from '../panels/dom';
import { renderEntityPanel, type EntityPanelActions } from '../panels/entity-panel';
import { monthRange, renderTimeline } from '../panels/filters';
import { placeAround } from '../graph/place-around';
import { showOverviewCount } from '../panels/overview-legend';
import { showToast } from '../panels/status';
import { updateLevelOfDetail, type ViewRenderer } from '../render/renderer';
import { visibleCount, type ViewState } from '../render/view-state';
import { fitView } from '../render/fit-view';
import { writeUrlState } from '../state/url-state';

const EXPAND_LIMIT = 40;

export class Controller implements EntityPanelActions {
  /** The console's query, kept in the URL; set by the bootstrap once the console exists. */
  consoleQuery: () => string | null = () => null;

  constructor(
    readonly graph: ViewGraph,
    readonly state: ViewState,
    readonly renderer: ViewRenderer,
  ) {}

  /** Redraws only: for hover, which changes nothing worth keeping in the URL. */
  redraw(): void {
    this.renderer.refresh({ skipIndexation: true });
  }

  /** Redraws, updates the counters and the empty state, and writes the URL. */
  refresh(): void {
    const { graph, state } = this;
    this.redraw();
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
      query: this.consoleQuery(),
    });
  }

  merge(wire: WireGraph, near?: string): MergeResult {
    const added = mergeWireGraph(this.graph, wire, near);
    updateLevelOfDetail(this.renderer, this.graph);
    return added;
  }

  /** Merges a graph the console returned; new nodes get a layout pass. */
  mergeAndLayout(wire: WireGraph): void {
    const added = this.merge(wire);
    if (added.nodes.length) layoutBeforePaint(this.graph);
    this.refresh();
  }

  showTruncation(wire: WireGraph, what: string): void {
    const note = byId('truncation');
    note.hidden = !wire.truncated;
    note.textContent = wire.truncated ? `${what}: showing ${wire.nodes.length} of ${wire.total}` : '';
  }

  /**
   * Selects a node. A node not in view yet, or a search pick (`neighbourhood`), brings its neighbourhood
   * into view laid out around it; centring fits the camera to the node and its neighbours.
   */
  async select(id: string, opts: { center?: boolean; neighbourhood?: boolean } = {}): Promise<void> {
    this.state.selected = id;
    if (!this.graph.hasNode(id) || opts.neighbourhood) {
      placeAround(this.graph, id, this.merge(await api.neighbors(id, EXPAND_LIMIT)).nodes);
    }
    this.refresh();
    if (opts.center !== false) void fitView(this.renderer, [id, ...this.graph.neighbors(id)]);
    if (!isEntityId(id)) {
      byId('entity-panel').hidden = true;
      return;
    }
    try {
      renderEntityPanel(await api.entity(id), this.state.pathStart, this);
    } catch (e) {
      if (e instanceof ApiError) byId('truncation').textContent = e.message;
    }
  }

  async expandNode(id: string): Promise<void> {
    const wire = await api.neighbors(id, EXPAND_LIMIT);
    this.merge(wire, id);
    this.showTruncation(wire, 'Neighbours');
    this.refresh();
  }

  /** The time control over the months the graph's dates span. */
  renderPeriod(): void {
    renderTimeline(this.state, this.datedMonths(), () => this.refresh());
  }

  private datedMonths(): string[] {
    const dates: string[] = [];
    const add = (date: string | null | undefined) => {
      if (typeof date === 'string' && date.length >= 7) dates.push(date.slice(0, 7));
    };
    this.graph.forEachNode((_n, a) => add(a.date));
    this.graph.forEachEdge((_e, a) => add(a.date));
    dates.sort();
    if (!dates.length) return [];
    const first = dates.find((d) => d >= '2000') ?? dates[0]!;
    return monthRange(first, dates[dates.length - 1]!);
  }

  async loadOverview(): Promise<void> {
    // The server's overview: the most reported of the period, few enough to read (the rest on demand).
    const wire = await api.overview({ from: this.state.from ?? undefined, to: this.state.to ?? undefined });
    showOverviewCount(wire);
    // Merged into the one long-lived graph: a reload (recovery, a new article) keeps the view's instance.
    const added = this.merge(wire);
    this.showTruncation(wire, 'Overview');
    if (added.nodes.length) layoutBeforePaint(this.graph);
    this.renderPeriod();
    this.refresh();
  }

  /** After "Add article" loaded one: the overview again (merged), then its first person is selected. */
  async onArticleLoaded(res: IngestResponse): Promise<void> {
    const doc = res.document;
    showToast(
      `Loaded: ${doc.entities.length} entit${doc.entities.length === 1 ? 'y' : 'ies'}, ` +
        `${doc.relations.length} relation${doc.relations.length === 1 ? '' : 's'} (“${res.article.title}”)`,
    );
    await this.loadOverview();
    const person = doc.entities.find((e) => e.type === 'Person');
    if (person) await this.select(person.id);
  }

  // The entity panel's actions.

  openArticle(articleId: string, focus?: { start: number; end: number }): void {
    void api.article(articleId).then((a) =>
      renderArticle(
        a,
        focus,
        (id) => void this.select(id),
        () => {
          byId('article-reader').hidden = true;
          byId('entity-panel').hidden = !this.state.selected;
        },
      ),
    );
  }

  selectEntity(id: string): void {
    void this.select(id);
  }

  expand(id: string): void {
    void this.expandNode(id);
  }

  hide(id: string): void {
    this.state.hidden.add(id);
    if (this.state.selected === id) this.state.selected = null;
    this.refresh();
  }

  remove(id: string): void {
    if (this.graph.hasNode(id)) this.graph.dropNode(id);
    if (this.state.selected === id) this.state.selected = null;
    byId('entity-panel').hidden = true;
    this.refresh();
  }

  setPathStart(id: string): void {
    this.state.pathStart = id;
    void this.select(id, { center: false });
  }

  pathTo(id: string): void {
    void this.showPath(id);
  }

  private async showPath(id: string): Promise<void> {
    if (!this.state.pathStart) return;
    const wire = await api.paths(this.state.pathStart, id);
    this.merge(wire);
    this.state.path = {
      nodes: new Set(wire.nodes.map((n) => n.key)),
      edges: new Set(wire.edges.map((e) => e.key)),
    };
    byId('truncation').hidden = false;
    byId('truncation').textContent = wire.nodes.length
      ? 'Shortest path highlighted. Click the background to clear it.'
      : 'No path found within 8 steps.';
    this.refresh();
  }

  /** The background was clicked: the path and the selection are cleared. */
  clearFocus(): void {
    this.state.path = null;
    this.state.selected = null;
    this.refresh();
  }

  showAllHidden(): void {
    this.state.hidden.clear();
    this.refresh();
  }
}
