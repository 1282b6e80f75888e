// Sigma's event wiring: each event reaches its handler (a drag keeps the camera still), and kill()
// removes every listener it added, on sigma and on its camera, once or twice, so nothing fires afterwards.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import {
  attachInteractions,
  type EventSource,
  type InteractionHandlers,
} from '../../client/src/app/interactions.js';

function setup() {
  const emitter = new EventEmitter();
  const camera = new EventEmitter();
  const sigma = Object.assign(emitter, { getCamera: () => camera });
  let dragging = false;
  const handlers: InteractionHandlers = {
    hoverNode: vi.fn(),
    hoverEdge: vi.fn(),
    clickNode: vi.fn(),
    doubleClickNode: vi.fn(),
    clickStage: vi.fn(),
    dragStart: vi.fn(() => (dragging = true)),
    dragMove: vi.fn(() => dragging),
    dragEnd: vi.fn(() => (dragging = false)),
    cameraChanged: vi.fn(),
  };
  const interactions = attachInteractions(sigma as unknown as EventSource, handlers);
  const count = (e: EventEmitter) => e.eventNames().reduce((n, name) => n + e.listenerCount(name), 0);
  const total = () => count(emitter) + count(camera);
  return { emitter, camera, handlers, interactions, total };
}

const moveEvent = () => ({
  x: 5,
  y: 6,
  preventSigmaDefault: vi.fn(),
  original: { preventDefault: vi.fn(), stopPropagation: vi.fn() },
});

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

  it('when a node is dragged, then it follows the pointer and the camera is kept from panning', () => {
    const { emitter, camera, handlers } = setup();
    const idle = moveEvent();
    emitter.emit('moveBody', { event: idle });
    expect(idle.preventSigmaDefault).not.toHaveBeenCalled();
    emitter.emit('downNode', { node: 'n1' });
    const move = moveEvent();
    emitter.emit('moveBody', { event: move });
    emitter.emit('upNode', { node: 'n1' });
    expect(handlers.dragStart).toHaveBeenCalledWith('n1');
    expect(handlers.dragMove).toHaveBeenLastCalledWith({ x: 5, y: 6 });
    expect(move.preventSigmaDefault).toHaveBeenCalled();
    expect(move.original.preventDefault).toHaveBeenCalled();
    expect(handlers.dragEnd).toHaveBeenCalledOnce();
    emitter.emit('upStage', {});
    expect(handlers.dragEnd).toHaveBeenCalledTimes(2);
    camera.emit('updated', { x: 0.5, y: 0.5, ratio: 0.3, angle: 0 });
    expect(handlers.cameraChanged).toHaveBeenCalledWith({ x: 0.5, y: 0.5, ratio: 0.3, angle: 0 });
  });

  it('when kill() runs, then every listener it added is gone and a second kill() is harmless', () => {
    const { emitter, camera, handlers, interactions, total } = setup();
    const foreign = vi.fn();
    emitter.on('clickNode', foreign);
    expect(total()).toBeGreaterThan(1);
    interactions.kill();
    expect(total()).toBe(1);
    interactions.kill();
    expect(total()).toBe(1);
    emitter.emit('clickNode', { node: 'n1' });
    emitter.emit('enterNode', { node: 'n1' });
    emitter.emit('downNode', { node: 'n1' });
    camera.emit('updated', { ratio: 1 });
    expect(handlers.clickNode).not.toHaveBeenCalled();
    expect(handlers.dragStart).not.toHaveBeenCalled();
    expect(handlers.cameraChanged).not.toHaveBeenCalled();
    expect(handlers.hoverNode).not.toHaveBeenCalled();
    expect(foreign).toHaveBeenCalledOnce();
  });
});
