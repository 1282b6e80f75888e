// The explorer's controller: what the user's actions do to the one graph and the view state (select,
// expand, collapse, hide, remove, pin, a path, the overview), each view change recorded by the desk
// for undo; and refresh(), which redraws, updates the counters and panels and writes the URL. Panels
// and sigma's events call into it; it knows nothing of the pointer.
import {
  isEntityId,
  NODE_TYPES,
  type EntityDetail,
  type IngestResponse,
  type WireGraph,
} from '@dossier/model';
import { api, ApiError } from '../api/client';
import { layoutBeforePaint, tidy } from '../graph/layout';
import { placeAround } from '../graph/place-around';
import { mergeWireGraph } from '../graph/store';
import { startFirstFrame } from '../render/first-frame';
import type { ViewGraph } from '../graph/types';
import { renderArticle } from '../panels/article-reader';
import { byId } from '../panels/dom';
import { renderEntityPanel, type EntityPanelActions } from '../panels/entity-panel';
import { showOverviewCount } from '../panels/overview-legend';
import { showToast } from '../panels/status';
import { fitView } from '../render/fit-view';
import { updateLevelOfDetail, useCurvedEdges, type ViewRenderer } from '../render/renderer';
import { recompare, reindex, type ViewIndex } from '../render/view-index';
import type { ViewState } from '../render/view-state';
import { visibleCount } from '../render/visibility';
import {
  additionChange,
  capturePositions,
  compositeChange,
  positionChange,
  removalChange,
} from '../state/changes';
import type { Change } from '../state/history';
import { writeUrlState } from '../state/url-state';
import { Desk } from './desk';

const EXPAND_LIMIT = 40;
/** The server's bound on one neighbours request. */
const NEIGHBOURS_MAX = 500;

export class Controller implements EntityPanelActions {
  readonly desk: Desk;
  /** The console's query, kept in the URL; set by the bootstrap once the console exists. */
  consoleQuery: () => string | null = () => null;
  /** Panels that show the view's state re-render through these after every refresh. */
  private readonly listeners: (() => void)[] = [];
  /** Per node, the nodes each of its expansions added (latest last): "Collapse" takes one back. */
  private readonly expansions = new Map<string, string[][]>();
  /** The selected entity's detail, kept to redraw its panel's buttons (pin, collapse). */
  private panelDetail: EntityDetail | null = null;

  constructor(
    readonly graph: ViewGraph,
    readonly state: ViewState,
    readonly index: ViewIndex,
    readonly renderer: ViewRenderer,
  ) {
    this.desk = new Desk(graph, state, renderer, {
      graphChanged: () => this.graphChanged(),
      viewChanged: () => {
        recompare(graph, state, index);
        this.refresh();
      },
    });
  }

  onRefresh(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** What the renderer's reducers and programs need before a frame of a changed graph is drawn. */
  private indexForDrawing(): void {
    reindex(this.graph, this.state, this.index);
    if (this.index.curvatures.size) useCurvedEdges(this.renderer);
    updateLevelOfDetail(this.renderer, this.graph);
  }

  /** Redraws only: for hover and zoom, which change nothing worth keeping in the URL or counting. */
  redraw(): void {
    this.renderer.refresh({ skipIndexation: true });
  }

  /** Redraws, updates the counters, the empty state and the panels, and writes the URL. */
  refresh(): void {
    const { graph, state } = this;
    this.renderer.refresh();
    const visible = visibleCount(graph, state, this.index);
    byId('node-count').textContent = `${visible} node${visible === 1 ? '' : 's'} in view`;
    const empty = byId('empty-state');
    empty.hidden = visible > 0;
    empty.textContent =
      graph.order === 0
        ? 'The graph is empty. Load the seed with `npm run seed`, or add articles with `npm run ingest`.'
        : 'Nothing matches the filters. Widen the period or tick more types.';
    byId('show-hidden').hidden = state.hidden.size === 0;
    byId('show-hidden').textContent = `Show hidden (${state.hidden.size})`;
    this.listeners.forEach((l) => l());
    writeUrlState({
      entity: state.selected,
      types: NODE_TYPES.filter((t) => state.types.has(t)),
      from: state.from,
      to: state.to,
      query: this.consoleQuery(),
      compare: state.compare,
      styles: state.styles,
      minOutlets: state.minOutlets,
    });
  }

  /** Nodes or edges came or went: what is derived from the graph is rebuilt, then everything redrawn. */
  graphChanged(): void {
    this.indexForDrawing();
    this.renderer.setCustomBBox(null);
    if (this.state.selected && !this.graph.hasNode(this.state.selected)) {
      this.state.selected = null;
      byId('entity-panel').hidden = true;
    } else this.renderPanel();
    this.refresh();
  }

  /**
   * Merges a payload as one undoable change: new nodes near `near` (on rings around it with `around`),
   * then tidied, or the whole graph laid out again when there is no anchor. With `expansion`, what came
   * is an expansion of `near` ("Collapse" takes it back). Returns the nodes added.
   */
  private addToView(
    wire: WireGraph,
    label: string,
    near?: string,
    opts: { around?: boolean; expansion?: boolean } = {},
  ): string[] {
    const before = capturePositions(this.graph);
    const added = mergeWireGraph(this.graph, wire, near);
    if (added.nodes.length) {
      if (near && opts.around && this.graph.hasNode(near)) placeAround(this.graph, near, added.nodes);
      if (near || added.placed) tidy(this.graph, this.desk.viewport());
      else layoutBeforePaint(this.graph, this.desk.viewport());
    }
    const change = compositeChange(label, [
      added.nodes.length || added.edges.length ? additionChange(this.graph, added, label) : null,
      positionChange(this.graph, before, capturePositions(this.graph), label),
    ]);
    const expanded = near && opts.expansion && added.nodes.length > 0;
    this.desk.record(change && expanded ? this.asExpansion(near, added.nodes, change) : change);
    this.graphChanged();
    return added.nodes;
  }

  /** A graph the console returned. */
  mergeQueryResult(wire: WireGraph): void {
    this.addToView(wire, 'Add query result');
  }

  showTruncation(wire: WireGraph, what: string): void {
    const note = byId('truncation');
    note.hidden = !wire.truncated;
    note.textContent = wire.truncated ? `${what}: showing ${wire.nodes.length} of ${wire.total}` : '';
  }

  private label(id: string): string {
    return this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, 'label') : id;
  }

  /**
   * Selects a node. A node not in view yet, or a search pick (`neighbourhood`), brings its neighbourhood
   * into view laid out around it (one undoable change); centring fits the camera to the node and its
   * neighbours.
   */
  async select(id: string, opts: { center?: boolean; neighbourhood?: boolean } = {}): Promise<void> {
    this.state.selected = id;
    if (!this.graph.hasNode(id) || opts.neighbourhood) {
      const wire = await api.neighbors(id, EXPAND_LIMIT);
      const name = wire.nodes.find((n) => n.key === id)?.attributes.label ?? this.label(id);
      this.addToView(wire, `Bring in ${name}`, id, { around: true, expansion: true });
    }
    this.refresh();
    if (opts.center !== false) void fitView(this.renderer, [id, ...this.graph.neighbors(id)]);
    if (!isEntityId(id)) {
      byId('entity-panel').hidden = true;
      return;
    }
    try {
      this.panelDetail = await api.entity(id);
      if (this.state.selected === id) this.renderPanel();
    } catch (e) {
      if (e instanceof ApiError) byId('truncation').textContent = e.message;
    }
  }

  /** The entity panel again, for the selected entity (its buttons follow pins and expansions). */
  renderPanel(): void {
    const detail = this.panelDetail;
    if (!detail || detail.id !== this.state.selected || !this.graph.hasNode(detail.id)) return;
    renderEntityPanel(
      detail,
      {
        pathStart: this.state.pathStart,
        pinned: !!this.graph.getNodeAttribute(detail.id, 'fixed'),
        expanded: (this.expansions.get(detail.id)?.length ?? 0) > 0,
      },
      this,
    );
  }

  /** Brings in up to EXPAND_LIMIT neighbours of `id` not in view yet (the best connected first). */
  async expandNode(id: string): Promise<void> {
    const inView = this.graph.hasNode(id) ? this.graph.degree(id) : 0;
    const wire = await api.neighbors(id, Math.min(NEIGHBOURS_MAX, inView + EXPAND_LIMIT));
    const added = this.addToView(wire, `Expand ${this.label(id)}`, id, { expansion: true });
    this.showTruncation(wire, 'Neighbours');
    if (!added.length && !wire.truncated)
      showToast(`All of ${this.label(id)}’s neighbours are in view already.`);
  }

  /** An addition that counts as an expansion of `id`; undo and redo keep the expansions in step. */
  private asExpansion(id: string, nodes: string[], change: Change): Change {
    const stack = () => this.expansions.get(id) ?? this.expansions.set(id, []).get(id)!;
    stack().push(nodes);
    return {
      label: change.label,
      undo: () => {
        change.undo();
        stack().pop();
      },
      redo: () => {
        change.redo();
        stack().push(nodes);
      },
    };
  }

  /** Takes back the nodes the latest expansion of `id` added (those still in view). */
  collapse(id: string): void {
    const stack = this.expansions.get(id);
    const last = stack?.pop();
    if (!last) return;
    const nodes = last.filter((n) => this.graph.hasNode(n) && n !== id);
    const removal = removalChange(this.graph, nodes, `Collapse ${this.label(id)}`);
    this.desk.record({
      label: removal.label,
      undo: () => {
        removal.undo();
        this.expansions.get(id)?.push(last);
      },
      redo: () => {
        removal.redo();
        this.expansions.get(id)?.pop();
      },
    });
    this.graphChanged();
  }

  /** `request`: the overview already asked for (the page's first), else it is asked for now. */
  async loadOverview(request?: Promise<WireGraph>): Promise<void> {
    // The server's overview: the most reported of the period, few enough to read (the rest on demand).
    const wire = await (request ??
      api.overview({ from: this.state.from ?? undefined, to: this.state.to ?? undefined }));
    // Marks for bench:first-view: data in, laid out, drawn.
    performance.mark('overview:received');
    showOverviewCount(wire);
    // Merged into the one long-lived graph: a reload (recovery, a new article) keeps the view's instance.
    const added = mergeWireGraph(this.graph, wire);
    if (added.placed) {
      // The server laid the overview out: while the page packs loose nodes and sets discs apart at this
      // canvas's scale, the GPU prepares the first frame (drawn from the server's positions, and drawn
      // over in this same task, so never painted).
      this.indexForDrawing();
      startFirstFrame(this.renderer);
      tidy(this.graph, this.desk.viewport());
    } else if (added.nodes.length) layoutBeforePaint(this.graph, this.desk.viewport());
    performance.mark('overview:laid-out');
    this.graphChanged();
    performance.mark('overview:drawn');
  }

  /**
   * The period's overview joins the view (one undoable change, new nodes laid out with the rest): after
   * the user settles on a new period, its most reported entities are in view, not only those of the last.
   */
  async loadPeriodOverview(): Promise<void> {
    const { from, to } = this.state;
    const wire = await api.overview({ from: from ?? undefined, to: to ?? undefined });
    if (this.state.from !== from || this.state.to !== to) return; // the period moved on meanwhile
    showOverviewCount(wire);
    this.addToView(wire, from || to ? `Most reported ${from ?? '…'} → ${to ?? '…'}` : 'Most reported');
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
    this.desk.changeSettings(`Hide ${this.label(id)}`, () => {
      this.state.hidden.add(id);
      if (this.state.selected === id) this.state.selected = null;
    });
  }

  remove(id: string): void {
    if (!this.graph.hasNode(id)) return;
    this.desk.record(removalChange(this.graph, [id], `Remove ${this.label(id)}`));
    this.graphChanged();
  }

  setPinned(id: string, pinned: boolean): void {
    this.desk.setPinned(id, pinned);
    this.renderPanel();
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
    this.addToView(wire, 'Add shortest path');
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
    this.desk.changeSettings('Show hidden nodes', () => this.state.hidden.clear());
  }
}
