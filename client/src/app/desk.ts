// Working the view like a desk: every view change goes through here to be undoable (filters, hidden
// nodes, styles, comparison, nodes added or removed, a layout run, a drag), and nodes are dragged and
// pinned. Knows the graph, the state and sigma; tells the controller when to redraw.
import type { ViewGraph } from '../graph/types';
import { LayoutWorker, tidy, type Viewport } from '../graph/layout';
import type { ViewRenderer } from '../render/renderer';
import { applyViewSettings, viewSettings, type ViewState } from '../render/view-state';
import { capturePositions, positionChange, settingsChange, type Positions } from '../state/changes';
import { History, type Change } from '../state/history';

export interface DeskHooks {
  /** Nodes or edges came or went (an undo, a redo): rebuild what is derived from the graph. */
  graphChanged(): void;
  /** Only the view settings or positions changed. */
  viewChanged(): void;
}

export class Desk {
  readonly history = new History();
  readonly layout: LayoutWorker;
  private layoutStart: Positions | null = null;
  /** Where the pinned nodes were when the worker last started. */
  private pins: Positions = new Map();
  private drag: { node: string; before: Positions; moved: boolean; resume: boolean } | null = null;

  constructor(
    private readonly graph: ViewGraph,
    private readonly state: ViewState,
    private readonly renderer: ViewRenderer,
    private readonly hooks: DeskHooks,
  ) {
    this.layout = new LayoutWorker(graph);
  }

  viewport(): Viewport {
    return this.renderer.getDimensions();
  }

  record(change: Change | null): void {
    if (change) this.history.push(change);
  }

  /** Runs `mutate` on the view settings and records it; `mergeKey` merges quick repeats (a slider). */
  changeSettings(label: string, mutate: () => void, mergeKey?: string): void {
    const before = viewSettings(this.state);
    mutate();
    const apply = (s: ReturnType<typeof viewSettings>) => applyViewSettings(this.state, s);
    this.record(settingsChange(apply, before, viewSettings(this.state), label, mergeKey));
    this.hooks.viewChanged();
  }

  undo(): void {
    this.stopLayout();
    if (this.history.undo()) this.hooks.graphChanged();
  }

  redo(): void {
    this.stopLayout();
    if (this.history.redo()) this.hooks.graphChanged();
  }

  // Layout runs.

  toggleLayout(): void {
    if (this.layout.running) this.stopLayout();
    else {
      this.layoutStart = capturePositions(this.graph);
      this.renderer.setCustomBBox(null);
      this.startWorker();
    }
  }

  private startWorker(): void {
    this.pins = capturePositions(
      this.graph,
      this.graph.filterNodes((_n, a) => !!a.fixed),
    );
    this.layout.start();
  }

  /** Stops a running layout, tidies and records the run as one change. */
  stopLayout(): void {
    if (!this.layout.running || !this.layoutStart) return;
    this.layout.stop();
    // The worker hands back positions as 32-bit floats: pinned nodes get their exact place back.
    for (const [node, p] of this.pins)
      if (this.graph.hasNode(node) && this.graph.getNodeAttribute(node, 'fixed'))
        this.graph.mergeNodeAttributes(node, { x: p.x, y: p.y });
    tidy(this.graph, this.viewport());
    this.record(positionChange(this.graph, this.layoutStart, capturePositions(this.graph), 'Layout'));
    this.layoutStart = null;
    this.hooks.viewChanged();
  }

  // Dragging and pins.

  dragStart(node: string): void {
    const resume = this.layout.running;
    // The worker read the positions when it started: it is restarted after the drag, with the pin.
    if (resume) this.layout.stop();
    this.drag = { node, before: capturePositions(this.graph, [node]), moved: false, resume };
    // Keep the scale still while the node moves past the graph's edge.
    if (!this.renderer.getCustomBBox()) this.renderer.setCustomBBox(this.renderer.getBBox());
  }

  dragMove(at: { x: number; y: number }): boolean {
    if (!this.drag || !this.graph.hasNode(this.drag.node)) return false;
    const p = this.renderer.viewportToGraph(at);
    this.graph.mergeNodeAttributes(this.drag.node, { x: p.x, y: p.y, fixed: true });
    this.drag.moved = true;
    return true;
  }

  dragEnd(): void {
    const drag = this.drag;
    this.drag = null;
    if (!drag) return;
    if (drag.moved) {
      const label = `Move ${this.graph.getNodeAttribute(drag.node, 'label')}`;
      this.record(positionChange(this.graph, drag.before, capturePositions(this.graph, [drag.node]), label));
      if (drag.resume) this.startWorker();
      this.hooks.viewChanged();
    } else if (drag.resume) this.startWorker();
  }

  setPinned(node: string, pinned: boolean): void {
    if (!this.graph.hasNode(node)) return;
    const before = capturePositions(this.graph, [node]);
    this.graph.setNodeAttribute(node, 'fixed', pinned);
    const label = `${pinned ? 'Pin' : 'Unpin'} ${this.graph.getNodeAttribute(node, 'label')}`;
    this.record(positionChange(this.graph, before, capturePositions(this.graph, [node]), label));
    this.hooks.viewChanged();
  }
}
