// Sigma's event wiring: what the pointer does on the graph (hover, click, double-click, the stage).
// Every listener added here is recorded and removed by kill(), which may be called more than once.
import type { SigmaEvents } from 'sigma/types';
import type { ViewRenderer } from '../render/renderer';

export interface InteractionHandlers {
  /** A node under the pointer (null: none). Should only refresh the drawing. */
  hoverNode(node: string | null): void;
  /** An edge under the pointer (null: none), with where the pointer is in the viewport. */
  hoverEdge(edge: string | null, at?: { x: number; y: number }): void;
  clickNode(node: string): void;
  doubleClickNode(node: string): void;
  clickStage(): void;
}

export interface Interactions {
  /** Removes every listener this module added; harmless when called again. */
  kill(): void;
}

/** The part of sigma this module uses: its typed event emitter. */
export type EventSource = Pick<ViewRenderer, 'on' | 'off'>;

export function attachInteractions(renderer: EventSource, handlers: InteractionHandlers): Interactions {
  const added: { event: keyof SigmaEvents; listener: (...args: never[]) => void }[] = [];
  const on = <K extends keyof SigmaEvents>(event: K, listener: SigmaEvents[K]) => {
    renderer.on(event, listener);
    added.push({ event, listener: listener as (...args: never[]) => void });
  };

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

  return {
    kill() {
      for (const { event, listener } of added.splice(0))
        renderer.off(event, listener as unknown as SigmaEvents[typeof event]);
    },
  };
}
