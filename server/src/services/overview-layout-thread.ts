// The overview's layout off the event loop: one worker thread per process (overview-layout-worker.ts),
// started on first use, lays overviews out one after the other. ForceAtlas2 over a few hundred nodes takes
// hundreds of milliseconds of CPU, and every change of the archive (each ingested article) makes the next
// overview anew: run on the event loop, it held up every other request meanwhile (the soak of 2026-12-02:
// ingests timing out at 30 s). The positions are the same as layOutOverview's in the calling thread, which
// is also the fallback when the worker cannot run.
import { Worker } from 'node:worker_threads';
import type { WireGraph } from '@dossier/model';
import { layOutOverview } from './overview-layout.js';
import type { LayoutReply, LayoutRequest } from './overview-layout-worker.js';

type Pending = Map<number, { resolve: (r: LayoutReply) => void; reject: (err: unknown) => void }>;

let worker: { thread: Worker; ready: Promise<void>; pending: Pending } | null = null;
let nextId = 0;
/** Set once the worker could not start or died: lay out in the calling thread from then on. */
let inThread = false;
/** Overviews laid out so far, in the worker and (the fallback) in the calling thread. */
export const layoutCounts = { worker: 0, callingThread: 0 };

function startWorker(): NonNullable<typeof worker> {
  // The worker runs TypeScript through tsx's ESM API, registered in the worker itself (Node 20 does not
  // apply `--import tsx` from execArgv to a worker's .ts entry).
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./overview-layout-worker.ts', import.meta.url).href;
  const thread = new Worker(
    `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`,
    { eval: true },
  );
  const pending: Pending = new Map();
  const fail = (err: unknown) => {
    inThread = true;
    worker = null;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  const ready = new Promise<void>((resolve, reject) => {
    thread.on('message', (m: LayoutReply | 'ready') => {
      if (m === 'ready') return resolve();
      const p = pending.get(m.id);
      pending.delete(m.id);
      p?.resolve(m);
    });
    thread.once('error', (err) => (fail(err), reject(err)));
    thread.once('exit', (code) => fail(new Error(`the layout worker exited (${code})`)));
  });
  ready.catch(() => {});
  // Attached listeners keep a worker referenced: unref it after them, so it never keeps the process alive.
  thread.unref();
  return { thread, ready, pending };
}

/** Sets `x` and `y` on every node of `wire`, as layOutOverview does, computed in the layout worker. */
export async function layOutOverviewOffThread(wire: WireGraph): Promise<void> {
  if (!wire.nodes.length) return;
  if (!inThread) {
    try {
      worker ??= startWorker();
      const { thread, ready, pending } = worker;
      await ready;
      const id = nextId++;
      const request: LayoutRequest = {
        id,
        nodes: wire.nodes.map((n) => n.key),
        edges: wire.edges.map((e) => [e.source, e.target]),
      };
      const reply = await new Promise<LayoutReply>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        thread.postMessage(request);
      });
      wire.nodes.forEach((n, i) => {
        const at = reply.positions[i];
        if (at) [n.attributes.x, n.attributes.y] = at;
      });
      layoutCounts.worker += 1;
      return;
    } catch {
      // The worker could not start or died: the calling thread lays this one out (and the next ones).
    }
  }
  layOutOverview(wire);
  layoutCounts.callingThread += 1;
}
