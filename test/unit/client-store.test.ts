// The explorer's graph store: wire payloads merged into the one long-lived, typed graph.
import { describe, expect, it } from 'vitest';
import { SIZE_MAX, SIZE_MIN } from '../../client/src/graph/node-sizes.js';
import { createViewGraph, mergeWireGraph } from '../../client/src/graph/store.js';
import type { WireGraph } from '@dossier/model';

const node = (key: string, type: 'Person' | 'Event' = 'Person', date?: string) => ({
  key,
  attributes: { label: key, type, mentions: 1, degree: 2, ...(date ? { date } : {}) },
});
const edge = (key: string, source: string, target: string, type = 'MET') => ({
  key,
  source,
  target,
  attributes: { type, date: '2021-03-20', articleIds: ['a1'] },
});
const wire = (nodes: WireGraph['nodes'], edges: WireGraph['edges'] = []): WireGraph => ({
  nodes,
  edges,
  total: nodes.length,
  truncated: false,
});

describe('mergeWireGraph', () => {
  it('when a payload is merged into an empty graph, then every node and edge is added with a position and size', () => {
    const g = createViewGraph();
    const added = mergeWireGraph(g, wire([node('a'), node('b')], [edge('e1', 'a', 'b')]));
    expect(added).toEqual({ nodes: ['a', 'b'], edges: ['e1'], placed: false });
    expect(g.order).toBe(2);
    const a = g.getNodeAttributes('a');
    expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
    expect(a.size).toBeGreaterThanOrEqual(SIZE_MIN);
    expect(g.getEdgeAttributes('e1')).toMatchObject({ type: 'MET', label: 'MET', size: 1 });
  });

  it('when a payload repeats nodes already in view, then they keep their place and pin and only new ones are reported', () => {
    const g = createViewGraph();
    mergeWireGraph(g, wire([node('a')]));
    g.mergeNodeAttributes('a', { x: 42, y: -7, fixed: true });
    const added = mergeWireGraph(
      g,
      wire([{ ...node('a'), attributes: { ...node('a').attributes, mentions: 9 } }, node('c')]),
    );
    expect(added.nodes).toEqual(['c']);
    expect(g.getNodeAttributes('a')).toMatchObject({ x: 42, y: -7, fixed: true, mentions: 9 });
  });

  it("when the overview comes with the server's positions into an empty view, then its nodes take them", () => {
    const g = createViewGraph();
    const at = (key: string, x: number, y: number) => ({
      ...node(key),
      attributes: { ...node(key).attributes, x, y },
    });
    const added = mergeWireGraph(g, wire([at('a', 3, -4), at('b', -10, 12)], [edge('e1', 'a', 'b')]));
    expect(added.placed).toBe(true);
    expect(g.getNodeAttributes('a')).toMatchObject({ x: 3, y: -4 });
    expect(g.getNodeAttributes('b')).toMatchObject({ x: -10, y: 12 });
  });

  it("when a view already holds nodes, then the server's positions move none of them and place no new one", () => {
    const g = createViewGraph();
    mergeWireGraph(g, wire([node('a')]));
    g.mergeNodeAttributes('a', { x: 42, y: -7, fixed: true });
    const at = (key: string, x: number, y: number) => ({
      ...node(key),
      attributes: { ...node(key).attributes, x, y },
    });
    const added = mergeWireGraph(g, wire([at('a', 500, 500), at('c', 900, 900)]));
    expect(added.placed).toBe(false);
    expect(g.getNodeAttributes('a')).toMatchObject({ x: 42, y: -7, fixed: true });
    const c = g.getNodeAttributes('c');
    expect(Math.hypot(c.x, c.y)).toBeLessThan(20); // on the ring around the origin, not at (900, 900)
  });

  it('when nodes are expanded from an anchor, then they are placed around it', () => {
    const g = createViewGraph();
    mergeWireGraph(g, wire([node('hub')]));
    g.mergeNodeAttributes('hub', { x: 1000, y: 1000 });
    mergeWireGraph(g, wire([node('n1'), node('n2'), node('n3')]), 'hub');
    for (const n of ['n1', 'n2', 'n3']) {
      const { x, y } = g.getNodeAttributes(n);
      expect(Math.hypot(x - 1000, y - 1000)).toBeLessThan(5);
    }
  });

  it('when nodes are merged, then each is sized by its rank among the nodes in view, not by its count in the archive', () => {
    const g = createViewGraph();
    const weighted = (key: string, mentions: number, degree: number) => ({
      key,
      attributes: { label: key, type: 'Person' as const, mentions, degree },
    });
    // Hubs of a big archive: all far above what an absolute scale could tell apart.
    mergeWireGraph(
      g,
      wire([weighted('top', 9000, 40000), weighted('mid', 3000, 5000), weighted('low', 800, 900)]),
    );
    const size = (n: string) => g.getNodeAttribute(n, 'size');
    expect(size('top')).toBe(SIZE_MAX);
    expect(size('low')).toBe(SIZE_MIN);
    expect(size('mid')).toBeGreaterThan(SIZE_MIN);
    expect(size('mid')).toBeLessThan(SIZE_MAX);
    // A heavier node joins: the others are ranked again among the four.
    mergeWireGraph(g, wire([weighted('new', 20000, 90000)]));
    expect(size('new')).toBe(SIZE_MAX);
    expect(size('top')).toBeLessThan(SIZE_MAX);
    expect(size('low')).toBe(SIZE_MIN);
  });

  it('when nodes weigh the same, then they are drawn the same size', () => {
    const g = createViewGraph();
    mergeWireGraph(g, wire([node('a'), node('b'), node('c')]));
    expect(new Set(g.mapNodes((_n, a) => a.size)).size).toBe(1);
  });

  it('when an edge names a node outside the view, or is already there, then it is skipped', () => {
    const g = createViewGraph();
    mergeWireGraph(g, wire([node('a'), node('b')], [edge('e1', 'a', 'b')]));
    const added = mergeWireGraph(g, wire([], [edge('e1', 'a', 'b'), edge('e2', 'a', 'ghost')]));
    expect(added.edges).toEqual([]);
    expect(g.size).toBe(1);
  });

  it('when two relations join the same pair, then both are kept (the graph is multi)', () => {
    const g = createViewGraph();
    mergeWireGraph(g, wire([node('a'), node('b')], [edge('e1', 'a', 'b'), edge('e2', 'a', 'b', 'RECALLED')]));
    expect(g.edges('a', 'b').sort()).toEqual(['e1', 'e2']);
  });
});
