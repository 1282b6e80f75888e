// Layout: a synchronous ForceAtlas2 pass before the first paint (small graphs do not jump), and the
// ForceAtlas2 web worker, started and stopped by the user.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { ViewGraph } from './store';

export function layoutBeforePaint(graph: ViewGraph): void {
  if (graph.order === 0) return;
  if (graph.order <= 3000) {
    forceAtlas2.assign(graph, {
      iterations: graph.order < 500 ? 300 : 100,
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 300 },
    });
  }
}

export class LayoutWorker {
  private worker: FA2Layout | null = null;
  constructor(private readonly graph: ViewGraph) {}

  get running(): boolean {
    return this.worker?.isRunning() ?? false;
  }

  start(): void {
    this.worker ??= new FA2Layout(this.graph, {
      settings: { ...forceAtlas2.inferSettings(this.graph), barnesHutOptimize: this.graph.order > 300 },
    });
    this.worker.start();
  }

  stop(): void {
    this.worker?.stop();
  }

  /** Kills the worker; the next start makes a new one (the graph may have changed). */
  kill(): void {
    this.worker?.kill();
    this.worker = null;
  }
}
