// Sigma's event wiring: what the pointer does on the graph (hover, click, double-click, drag a node,
// the stage) and the camera's zoom. Every listener added here is recorded and removed by kill(),
// which may be called more than once.
import type { CameraState, SigmaEvents } from 'sigma/types';
import type { ViewRenderer } from '../render/renderer';

export interface InteractionHandlers {
  /** A node under the pointer (null: none). Should only refresh the drawing. */
  hoverNode(node: string | null): void;
  /** An edge under the pointer (null: none), with where the pointer is in the viewport. */
  hoverEdge(edge: string | null, at?: { x: number; y: number }): void;
  clickNode(node: string): void;
  doubleClickNode(node: string): void;
  clickStage(): void;
  /** The pointer went down on a node: a drag may follow. */
  dragStart(node: string): void;
  /** The pointer moved (viewport coordinates); true when a node is being dragged (the camera stays). */
  dragMove(at: { x: number; y: number }): boolean;
  /** The pointer went up. */
  dragEnd(): void;
  /** The camera moved or zoomed. */
  cameraChanged(state: CameraState): void;
}

export interface Interactions {
  /** Removes every listener this module added; harmless when called again. */
  kill(): void;
}

type Listener = (...args: never[]) => void;
interface Emitter {
  on(event: string, listener: Listener): unknown;
  off(event: string, listener: Listener): unknown;
}

/** The part of sigma this module uses: its event emitter and its camera's. */
export type EventSource = Pick<ViewRenderer, 'on' | 'off' | 'getCamera'>;

export function attachInteractions(renderer: EventSource, handlers: InteractionHandlers): Interactions {
  const added: { emitter: Emitter; event: string; listener: Listener }[] = [];
  const listen = (emitter: Emitter, event: string, listener: Listener) => {
    emitter.on(event, listener);
    added.push({ emitter, event, listener });
  };
  const sigma = renderer as unknown as Emitter;
  const on = <K extends keyof SigmaEvents>(event: K, listener: SigmaEvents[K]) =>
    listen(sigma, event, listener as Listener);

  on('enterNode', ({ node }) => handlers.hoverNode(node));
  on('leaveNode', () => handlers.hoverNode(null));
  on('clickNode', ({ node }) => handlers.clickNode(node));
  on('doubleClickNode', (e) => {
    // Sigma zooms on a double-click; here it expands the node instead.
    e.preventSigmaDefault();
    handlers.doubleClickNode(e.node);
  });
  on('clickStage', () => handlers.clickStage());
  on('enterEdge', ({ edge, event }) => handlers.hoverEdge(edge, { x: event.x, y: event.y }));
  on('leaveEdge', () => handlers.hoverEdge(null));
  on('downNode', ({ node }) => handlers.dragStart(node));
  on('moveBody', ({ event }) => {
    if (!handlers.dragMove({ x: event.x, y: event.y })) return;
    // The node follows the pointer; the camera does not pan.
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  on('upNode', () => handlers.dragEnd());
  on('upStage', () => handlers.dragEnd());
  listen(renderer.getCamera() as unknown as Emitter, 'updated', ((s: CameraState) =>
    handlers.cameraChanged(s)) as Listener);

  return {
    kill() {
      for (const { emitter, event, listener } of added.splice(0)) emitter.off(event, listener);
    },
  };
}
