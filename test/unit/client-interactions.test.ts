// Sigma's event wiring: each event reaches its handler, and kill() removes every listener it added,
// once or twice, so nothing fires afterwards.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import {
  attachInteractions,
  type EventSource,
  type InteractionHandlers,
} from '../../client/src/app/interactions.js';

function setup() {
  const emitter = new EventEmitter();
  const handlers: InteractionHandlers = {
    hoverNode: vi.fn(),
    hoverEdge: vi.fn(),
    clickNode: vi.fn(),
    doubleClickNode: vi.fn(),
    clickStage: vi.fn(),
  };
  const interactions = attachInteractions(emitter as unknown as EventSource, handlers);
  const total = () => emitter.eventNames().reduce((n, e) => n + emitter.listenerCount(e), 0);
  return { emitter, handlers, interactions, total };
}

describe('attachInteractions', () => {
  it("when sigma emits pointer events, then each reaches its handler; a double-click stops sigma's zoom", () => {
    const { emitter, handlers } = setup();
    emitter.emit('enterNode', { node: 'n1' });
    emitter.emit('leaveNode', { node: 'n1' });
    emitter.emit('clickNode', { node: 'n2' });
    const preventSigmaDefault = vi.fn();
    emitter.emit('doubleClickNode', { node: 'n3', preventSigmaDefault });
    emitter.emit('clickStage', {});
    emitter.emit('enterEdge', { edge: 'e1', event: { x: 10, y: 20 } });
    emitter.emit('leaveEdge', { edge: 'e1' });
    expect(handlers.hoverNode).toHaveBeenNthCalledWith(1, 'n1');
    expect(handlers.hoverNode).toHaveBeenNthCalledWith(2, null);
    expect(handlers.clickNode).toHaveBeenCalledWith('n2');
    expect(handlers.doubleClickNode).toHaveBeenCalledWith('n3');
    expect(preventSigmaDefault).toHaveBeenCalled();
    expect(handlers.clickStage).toHaveBeenCalledOnce();
    expect(handlers.hoverEdge).toHaveBeenNthCalledWith(1, 'e1', { x: 10, y: 20 });
    expect(handlers.hoverEdge).toHaveBeenNthCalledWith(2, null);
  });

  it('when kill() runs, then every listener it added is gone and a second kill() is harmless', () => {
    const { emitter, handlers, interactions, total } = setup();
    const foreign = vi.fn();
    emitter.on('clickNode', foreign);
    expect(total()).toBeGreaterThan(1);
    interactions.kill();
    expect(total()).toBe(1);
    interactions.kill();
    expect(total()).toBe(1);
    emitter.emit('clickNode', { node: 'n1' });
    emitter.emit('enterNode', { node: 'n1' });
    expect(handlers.clickNode).not.toHaveBeenCalled();
    expect(handlers.hoverNode).not.toHaveBeenCalled();
    expect(foreign).toHaveBeenCalledOnce();
  });
});
