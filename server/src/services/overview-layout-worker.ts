// The thread that lays overviews out (overview-layout-thread.ts starts it): it receives an overview's node
// keys and edge ends, runs layOutOverview (ForceAtlas2, hundreds of milliseconds for a few hundred nodes)
// and answers each node's position, so the server's event loop keeps answering requests meanwhile.
import { parentPort } from 'node:worker_threads';
import type { WireGraph } from '@dossier/model';
import { layOutOverview } from './overview-layout.js';

export interface LayoutRequest {
  id: number;
  nodes: string[];
  edges: [string, string][];
}

export interface LayoutReply {
  id: number;
  /** x, y of each node in the request's order; null where the layout placed none (too many nodes). */
  positions: ([number, number] | null)[];
}

parentPort?.on('message', ({ id, nodes, edges }: LayoutRequest) => {
  const wire: WireGraph = {
    nodes: nodes.map((key) => ({ key, attributes: {} as WireGraph['nodes'][number]['attributes'] })),
    edges: edges.map(([source, target], i) => ({
      key: String(i),
      source,
      target,
      attributes: {} as WireGraph['edges'][number]['attributes'],
    })),
    total: nodes.length,
    truncated: false,
  };
  layOutOverview(wire);
  const positions = wire.nodes.map(({ attributes: a }) =>
    a.x === undefined || a.y === undefined ? null : ([a.x, a.y] as [number, number]),
  );
  parentPort!.postMessage({ id, positions } satisfies LayoutReply);
});
parentPort?.postMessage('ready');
