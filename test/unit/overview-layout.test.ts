// The overview's layout on the server (services/overview-layout.ts): every node placed, the same answer
// placed the same way each time, and linked nodes drawn closer than unlinked ones; in the layout worker
// (overview-layout-thread.ts), off the event loop, the same positions.
import { describe, expect, it } from 'vitest';
import type { WireGraph } from '@dossier/model';
import { layOutOverview } from '../../server/src/services/overview-layout.js';
import { layoutCounts, layOutOverviewOffThread } from '../../server/src/services/overview-layout-thread.js';

/** Two clusters of five people, each a ring of links, joined by one link; one person with no link. */
function overview(): WireGraph {
  const ids = [...Array(11).keys()].map((i) => `p${i}`);
  const links: [number, number][] = [];
  for (let i = 0; i < 5; i++) links.push([i, (i + 1) % 5], [5 + i, 5 + ((i + 1) % 5)]);
  links.push([0, 5]);
  return {
    nodes: ids.map((key) => ({ key, attributes: { label: key, type: 'Person', mentions: 1, degree: 1 } })),
    edges: links.map(([a, b], i) => ({
      key: `e${i}`,
      source: ids[a]!,
      target: ids[b]!,
      attributes: { type: 'MET', date: null },
    })),
    total: ids.length,
    truncated: false,
  };
}

const at = (g: WireGraph, key: string) => {
  const a = g.nodes.find((n) => n.key === key)!.attributes;
  return { x: a.x!, y: a.y! };
};
const distance = (g: WireGraph, a: string, b: string) =>
  Math.hypot(at(g, a).x - at(g, b).x, at(g, a).y - at(g, b).y);

describe('layOutOverview', () => {
  it('when the overview is laid out, then every node has a finite position and no two share one', () => {
    const g = overview();
    layOutOverview(g);
    const spots = new Set(g.nodes.map((n) => `${n.attributes.x},${n.attributes.y}`));
    expect(g.nodes.every((n) => Number.isFinite(n.attributes.x) && Number.isFinite(n.attributes.y))).toBe(
      true,
    );
    expect(spots.size).toBe(g.nodes.length);
  });

  it('when the same overview is laid out twice, then the positions are the same (a cached answer keeps them)', () => {
    const a = overview();
    const b = overview();
    layOutOverview(a);
    layOutOverview(b);
    expect(a.nodes.map((n) => [n.attributes.x, n.attributes.y])).toEqual(
      b.nodes.map((n) => [n.attributes.x, n.attributes.y]),
    );
  });

  it('when two clusters are joined by one link, then each cluster lies closer together than to the other', () => {
    const g = overview();
    layOutOverview(g);
    const within = distance(g, 'p1', 'p3') + distance(g, 'p6', 'p8');
    const across = distance(g, 'p1', 'p8') + distance(g, 'p3', 'p6');
    expect(within).toBeLessThan(across);
  });

  it('when the overview is empty, then nothing is set and nothing fails', () => {
    const g: WireGraph = { nodes: [], edges: [], total: 0, truncated: false };
    layOutOverview(g);
    expect(g.nodes).toEqual([]);
  });
});

describe('layOutOverviewOffThread', () => {
  it('when an overview is laid out in the layout worker, then it is placed exactly as in the calling thread', async () => {
    const here = overview();
    const there = overview();
    layOutOverview(here);
    const before = { ...layoutCounts };
    await layOutOverviewOffThread(there);
    expect(layoutCounts.worker).toBe(before.worker + 1);
    expect(layoutCounts.callingThread).toBe(before.callingThread);
    expect(there.nodes.map((n) => [n.attributes.x, n.attributes.y])).toEqual(
      here.nodes.map((n) => [n.attributes.x, n.attributes.y]),
    );
  });
});
