// Working the view like a desk, the pure parts: undo/redo history, the view's changes (nodes added,
// removed, moved; settings), curved parallel edges, packing loose nodes and removing overlaps, label
// placement without overlap, keyboard shortcuts, aliases shown once.
import { describe, expect, it, vi } from 'vitest';
import { shortcutFor } from '../../client/src/app/shortcuts.js';
import {
  layoutBeforePaint,
  overlappingPairs,
  packLooseNodes,
  pixelsPerUnit,
  removeOverlaps,
} from '../../client/src/graph/layout.js';
import { CURVATURE_STEP, edgeCurvatures } from '../../client/src/graph/parallel-edges.js';
import { createViewGraph, mergeWireGraph } from '../../client/src/graph/store.js';
import type { ViewGraph } from '../../client/src/graph/types.js';
import { distinctAliases } from '../../client/src/panels/aliases.js';
import { boxesOverlap, boxMeetsDisc, LabelPlacer } from '../../client/src/render/labels.js';
import { applyViewSettings, createViewState, viewSettings } from '../../client/src/render/view-state.js';
import {
  additionChange,
  capturePositions,
  compositeChange,
  positionChange,
  removalChange,
  settingsChange,
} from '../../client/src/state/changes.js';
import { History, MERGE_MS } from '../../client/src/state/history.js';

function graphOf(nodes: string[], edges: [string, string, string][] = []): ViewGraph {
  const g = createViewGraph();
  mergeWireGraph(g, {
    nodes: nodes.map((key) => ({ key, attributes: { label: key, type: 'Person', mentions: 1, degree: 1 } })),
    edges: edges.map(([key, source, target]) => ({
      key,
      source,
      target,
      attributes: { type: 'MET', date: null, articleIds: [] },
    })),
    total: nodes.length,
    truncated: false,
  });
  return g;
}

describe('History', () => {
  const counter = () => {
    const box = { value: 0 };
    const change = (to: number, mergeKey?: string) => {
      const from = box.value;
      box.value = to;
      return { label: `set ${to}`, mergeKey, undo: () => (box.value = from), redo: () => (box.value = to) };
    };
    return { box, change };
  };

  it('when changes are undone and redone, then they apply in order; a new change drops the redo stack', () => {
    const h = new History();
    const { box, change } = counter();
    h.push(change(1));
    h.push(change(2));
    expect(h.undo()?.label).toBe('set 2');
    expect(box.value).toBe(1);
    expect(h.nextRedo).toBe('set 2');
    h.redo();
    expect(box.value).toBe(2);
    h.undo();
    h.push(change(5));
    expect(h.nextRedo).toBeNull();
    expect(h.undo()).not.toBeNull();
    expect(h.undo()).not.toBeNull();
    expect(box.value).toBe(0);
    expect(h.undo()).toBeNull();
  });

  it('when one kind of change repeats quickly, then it merges into one step; later it does not', () => {
    let now = 0;
    const h = new History(() => now);
    const { box, change } = counter();
    h.push(change(1, 'slider'));
    now += MERGE_MS / 2;
    h.push(change(2, 'slider'));
    now += MERGE_MS * 2;
    h.push(change(3, 'slider'));
    h.undo();
    expect(box.value).toBe(2);
    h.undo();
    expect(box.value).toBe(0);
  });

  it('when the history changes, then listeners hear of it', () => {
    const h = new History();
    const listener = vi.fn();
    h.onChange(listener);
    h.push(counter().change(1));
    h.undo();
    expect(listener).toHaveBeenCalledTimes(2);
  });
});

describe('view changes', () => {
  it('when an expansion is undone and redone, then its nodes and edges go and come back in place', () => {
    const g = graphOf(['a']);
    const added = mergeWireGraph(
      g,
      {
        nodes: ['b', 'c'].map((key) => ({
          key,
          attributes: { label: key, type: 'Place', mentions: 1, degree: 1 },
        })),
        edges: [
          { key: 'e1', source: 'a', target: 'b', attributes: { type: 'MET', date: null, articleIds: [] } },
        ],
        total: 2,
        truncated: false,
      },
      'a',
    );
    const where = g.getNodeAttributes('b');
    const change = additionChange(g, added, 'Expand a');
    change.undo();
    expect(g.nodes()).toEqual(['a']);
    change.redo();
    expect(g.order).toBe(3);
    expect(g.hasEdge('e1')).toBe(true);
    expect(g.getNodeAttributes('b')).toMatchObject({ x: where.x, y: where.y });
  });

  it('when a node is removed and the removal undone, then it returns with its edges, also to nodes still there', () => {
    const g = graphOf(
      ['a', 'b', 'c'],
      [
        ['e1', 'a', 'b'],
        ['e2', 'c', 'a'],
      ],
    );
    const change = removalChange(g, ['a'], 'Remove a');
    expect(g.hasNode('a')).toBe(false);
    expect(g.size).toBe(0);
    change.undo();
    expect(g.edges().sort()).toEqual(['e1', 'e2']);
    change.redo();
    expect(g.hasNode('a')).toBe(false);
  });

  it('when nodes move (a layout, a drag), then undo restores positions and pins; nothing moved, no change', () => {
    const g = graphOf(['a', 'b']);
    const before = capturePositions(g);
    expect(positionChange(g, before, capturePositions(g), 'noop')).toBeNull();
    g.mergeNodeAttributes('a', { x: 100, y: 200, fixed: true });
    const change = positionChange(g, before, capturePositions(g), 'Move a')!;
    change.undo();
    expect(g.getNodeAttributes('a')).toMatchObject({ x: before.get('a')!.x, fixed: false });
    change.redo();
    expect(g.getNodeAttributes('a')).toMatchObject({ x: 100, y: 200, fixed: true });
  });

  it('when view settings change, then undo restores the types, period, hidden set, styles and comparison', () => {
    const state = createViewState();
    const before = viewSettings(state);
    state.types.delete('Event');
    state.from = '2021-03';
    state.hidden.add('person:a');
    state.styles.colors.Person = '#ff0000';
    state.compare = {
      a: { from: '2021-01', to: '2021-06' },
      b: { from: '2022-01', to: '2022-06' },
      mode: 'changes',
    };
    const after = viewSettings(state);
    const change = settingsChange((s) => applyViewSettings(state, s), before, after, 'many')!;
    change.undo();
    expect(state.types.has('Event')).toBe(true);
    expect([state.from, state.hidden.size, state.styles.colors.Person, state.compare]).toEqual([
      null,
      0,
      undefined,
      null,
    ]);
    change.redo();
    expect(state.compare?.mode).toBe('changes');
    expect(settingsChange(() => {}, after, viewSettings(state), 'same')).toBeNull();
  });

  it('when changes are composed, then undo runs them backwards', () => {
    const log: string[] = [];
    const part = (n: string) => ({
      label: n,
      undo: () => log.push(`undo ${n}`),
      redo: () => log.push(`redo ${n}`),
    });
    const c = compositeChange('both', [part('1'), null, part('2')])!;
    c.undo();
    c.redo();
    expect(log).toEqual(['undo 2', 'undo 1', 'redo 1', 'redo 2']);
    expect(compositeChange('none', [null])).toBeNull();
  });
});

describe('edgeCurvatures', () => {
  it('when relations join the same two nodes either way, then each gets its own curve; a lone one stays straight', () => {
    const g = graphOf(
      ['a', 'b', 'c'],
      [
        ['e1', 'a', 'b'],
        ['e2', 'a', 'b'],
        ['e3', 'b', 'a'],
        ['e4', 'b', 'c'],
      ],
    );
    const c = edgeCurvatures(g);
    expect(c.has('e4')).toBe(false);
    expect([...c.keys()].sort()).toEqual(['e1', 'e2', 'e3']);
    // In the a→b frame the three curves are distinct and none is straight.
    const inFrame = ['e1', 'e2', 'e3'].map((e) => (g.source(e) === 'a' ? c.get(e)! : -c.get(e)!));
    expect(new Set(inFrame).size).toBe(3);
    expect(inFrame.every((k) => Math.abs(k) >= CURVATURE_STEP)).toBe(true);
  });
});

describe('layout tidy-up', () => {
  it('when some nodes have no relation, then they are packed in rows just under the connected part', () => {
    const g = graphOf(['a', 'b', 'l1', 'l2', 'l3', 'pinned'], [['e', 'a', 'b']]);
    g.mergeNodeAttributes('a', { x: 0, y: 0 });
    g.mergeNodeAttributes('b', { x: 10, y: 10 });
    g.mergeNodeAttributes('pinned', { x: 500, y: 500, fixed: true });
    expect(packLooseNodes(g, 2)).toBe(3);
    for (const n of ['l1', 'l2', 'l3']) {
      const { x, y } = g.getNodeAttributes(n);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(10);
      expect(y).toBeLessThan(0);
      expect(y).toBeGreaterThan(-10);
    }
    expect(g.getNodeAttributes('pinned')).toMatchObject({ x: 500, y: 500 });
  });

  it('when nodes overlap on screen, then they are moved apart, except pinned ones', () => {
    const g = graphOf(['a', 'b', 'c']);
    for (const n of ['a', 'b', 'c']) g.mergeNodeAttributes(n, { x: 0, y: 0, size: 10 });
    g.mergeNodeAttributes('c', { fixed: true });
    g.addNode('far', { label: 'far', type: 'Person', mentions: 1, degree: 1, x: 100, y: 100, size: 10 });
    const viewport = { width: 400, height: 400 };
    removeOverlaps(g, viewport);
    expect(overlappingPairs(g, pixelsPerUnit(g, viewport))).toBe(0);
    expect(g.getNodeAttributes('c')).toMatchObject({ x: 0, y: 0 });
  });

  it('when a big archive’s overview is laid out (150 entities, all heavily reported), then no two discs overlap on screen', () => {
    // As the overview of the bench graph: every entity has hundreds of relations and mentions.
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const n = 150;
    const g = createViewGraph();
    mergeWireGraph(
      g,
      {
        nodes: Array.from({ length: n }, (_, i) => ({
          key: `n${i}`,
          attributes: {
            label: `Entity ${i}`,
            type: 'Person' as const,
            mentions: Math.round(200 + 5000 * random() ** 3),
            degree: Math.round(300 + 8000 * random() ** 3),
          },
        })),
        edges: Array.from({ length: 360 }, (_, i) => ({
          key: `e${i}`,
          source: `n${Math.floor(n * random() ** 2)}`,
          target: `n${Math.floor(n * random())}`,
          attributes: { type: 'MET', date: null, outlets: 1 },
        })),
        total: 100_000,
        truncated: true,
      },
      undefined,
      random,
    );
    const viewport = { width: 900, height: 700 };
    layoutBeforePaint(g, viewport);
    expect(overlappingPairs(g, pixelsPerUnit(g, viewport))).toBe(0);
  });
});

describe('LabelPlacer', () => {
  const settings = { labelSize: 14, labelWeight: 'normal', labelFont: 'sans', labelColor: { color: '#000' } };
  const context = () => {
    const drawn: string[] = [];
    const ctx = {
      font: '',
      fillStyle: '',
      measureText: (t: string) => ({ width: t.length * 7 }),
      fillText: (t: string) => drawn.push(t),
    };
    return { drawn, ctx: ctx as unknown as CanvasRenderingContext2D };
  };
  const data = (label: string, x: number, y: number, size = 5, forceLabel = false) => ({
    key: label,
    label,
    x,
    y,
    size,
    color: '#000',
    forceLabel,
  });

  it('when labels would overlap, then the forced one keeps its place, others move to a free side or are skipped', () => {
    const placer = new LabelPlacer((ctx, d) => ctx.fillText(d.label!, d.x, d.y));
    const { drawn, ctx } = context();
    const s = settings as never;
    placer.enqueue(ctx, data('small neighbour', 100, 100, 4), s);
    placer.enqueue(ctx, data('Big node', 105, 104, 12), s);
    placer.enqueue(ctx, data('Selected', 110, 98, 3, true), s);
    placer.enqueue(ctx, data('Far away', 400, 400, 3), s);
    placer.flush();
    // Sigma's place for the forced label (right of its disc), the bigger node's on its left; the small
    // neighbour's label meets one of theirs on every side (its left runs off the canvas) and is skipped.
    expect(drawn).toEqual(['Selected', 'Big node', 'Far away']);
    const [selected, big] = placer.placed;
    expect(selected).toMatchObject({ node: 'Selected', x: 116 });
    expect(big).toMatchObject({ node: 'Big node', x: 105 - 15 - 56 });
    const boxes = placer.placed;
    expect(boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => boxesOverlap(a, b)))).toEqual([]);
  });

  it('when every side of a label covers another node’s disc, then it is skipped unless forced', () => {
    const placer = new LabelPlacer(
      (ctx, d) => ctx.fillText(d.label!, d.x, d.y),
      () => 1000,
      () => [
        { node: 'Hemmed', x: 200, y: 200, r: 5 },
        { node: 'Forced', x: 500, y: 200, r: 5 },
        // Discs right, left, above and below both labelled nodes.
        ...[200, 500].flatMap((x) => [
          { node: `r${x}`, x: x + 30, y: 198, r: 8 },
          { node: `l${x}`, x: x - 30, y: 198, r: 8 },
          { node: `a${x}`, x, y: 178, r: 8 },
          { node: `b${x}`, x, y: 222, r: 8 },
        ]),
        // One disc right of a third node: its label goes left.
        { node: 'Free', x: 700, y: 200, r: 5 },
        { node: 'r700', x: 730, y: 198, r: 8 },
      ],
    );
    const { drawn, ctx } = context();
    const s = settings as never;
    placer.enqueue(ctx, data('Hemmed', 200, 200, 5), s);
    placer.enqueue(ctx, data('Forced', 500, 200, 5, true), s);
    placer.enqueue(ctx, data('Free', 700, 200, 5), s);
    placer.flush();
    expect(drawn).toEqual(['Forced', 'Free']);
    expect(placer.placed.find((p) => p.node === 'Forced')).toMatchObject({ x: 508 });
    expect(placer.placed.find((p) => p.node === 'Free')).toMatchObject({ x: 700 - 8 - 28 });
    const discs = [{ node: 'r700', x: 730, y: 198, r: 8 }];
    expect(
      boxMeetsDisc(
        placer.placed.find((p) => p.node === 'Free')!,
        discs[0]!,
      ),
    ).toBe(false);
  });

  it('when a label would run past the canvas’s right edge, then it is drawn left of its node', () => {
    const at: number[] = [];
    const placer = new LabelPlacer(
      (_ctx, d) => at.push(d.x + d.size + 3),
      () => 300,
    );
    const { ctx } = context();
    const s = settings as never;
    placer.enqueue(ctx, data('Near the edge', 280, 100, 5), s);
    placer.enqueue(ctx, data('Mid', 100, 200, 5), s);
    placer.flush();
    const [edge, mid] = placer.placed;
    // 'Near the edge' is 13 × 7 = 91 px wide: it ends 8 px left of its node's centre (5 + 3).
    expect(edge).toMatchObject({ x: 280 - 8 - 91, width: 91 });
    expect(mid).toMatchObject({ x: 108 });
    expect(at).toEqual([edge!.x, mid!.x]);
  });

  it('when a frame draws no label, then none is reported', () => {
    const placer = new LabelPlacer((ctx, d) => ctx.fillText(d.label!, d.x, d.y));
    placer.placed = [{ node: 'x', label: 'x', x: 0, y: 0, width: 1, height: 1 }];
    placer.flush();
    expect(placer.placed).toEqual([]);
  });
});

describe('shortcutFor', () => {
  const key = (
    k: string,
    mods: { ctrl?: boolean; meta?: boolean; shift?: boolean } = {},
    target: unknown = null,
  ) => ({
    key: k,
    ctrlKey: !!mods.ctrl,
    metaKey: !!mods.meta,
    shiftKey: !!mods.shift,
    target: target as EventTarget | null,
    preventDefault: () => {},
  });

  it.each([
    [key('z', { ctrl: true }), 'undo'],
    [key('Z', { ctrl: true, shift: true }), 'redo'],
    [key('z', { meta: true }), 'undo'],
    [key('y', { ctrl: true }), 'redo'],
    [key('z'), null],
    [key('z', { ctrl: true }, { closest: () => ({}) }), null],
  ] as const)('when %o is pressed, then the command is %j', (e, expected) => {
    expect(shortcutFor(e)).toBe(expected);
  });
});

describe('distinctAliases', () => {
  it('when aliases differ only in case, spacing or apostrophe, or repeat the name, then each shows once', () => {
    expect(
      distinctAliases('Anatoly Antonov', [
        'Russia’s Ambassador to the US',
        "Russia's ambassador to the US",
        'Russia’s  ambassador to the US ',
        'anatoly antonov',
        'Antonov',
      ]),
    ).toEqual(['Russia’s Ambassador to the US', 'Antonov']);
  });
});
