// The view's undoable changes, as History commands: nodes added (expansion, a query), nodes removed
// (remove, collapse), nodes moved (layout, drag, pin), and view settings (filters, hidden, styles,
// comparison). Each captures what it needs when made; none touches the database.
import type { EdgeAttributes, NodeAttributes, ViewGraph } from '../graph/types';
import type { MergeResult } from '../graph/store';
import type { ViewSettings } from '../render/view-state';
import type { Change } from './history';

interface NodeCopy {
  key: string;
  attributes: NodeAttributes;
}
interface EdgeCopy {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}
interface Piece {
  nodes: NodeCopy[];
  edges: EdgeCopy[];
}

const copyEdge = (graph: ViewGraph, key: string): EdgeCopy => ({
  key,
  source: graph.source(key),
  target: graph.target(key),
  attributes: { ...graph.getEdgeAttributes(key) },
});

/** Copies of the nodes and every edge touching them, plus the extra edges named. */
function copyPiece(graph: ViewGraph, nodes: readonly string[], edges: readonly string[] = []): Piece {
  const edgeKeys = new Set(edges.filter((e) => graph.hasEdge(e)));
  for (const n of nodes) graph.forEachEdge(n, (e) => edgeKeys.add(e));
  return {
    nodes: nodes
      .filter((n) => graph.hasNode(n))
      .map((key) => ({ key, attributes: { ...graph.getNodeAttributes(key) } })),
    edges: [...edgeKeys].map((e) => copyEdge(graph, e)),
  };
}

function putBack(graph: ViewGraph, piece: Piece): void {
  for (const n of piece.nodes) if (!graph.hasNode(n.key)) graph.addNode(n.key, { ...n.attributes });
  for (const e of piece.edges) {
    if (graph.hasEdge(e.key) || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    graph.addDirectedEdgeWithKey(e.key, e.source, e.target, { ...e.attributes });
  }
}

function takeOut(graph: ViewGraph, piece: Piece): void {
  for (const e of piece.edges) if (graph.hasEdge(e.key)) graph.dropEdge(e.key);
  for (const n of piece.nodes) if (graph.hasNode(n.key)) graph.dropNode(n.key);
}

/** Nodes and edges a merge just added; undo takes them out again. */
export function additionChange(graph: ViewGraph, added: MergeResult, label: string): Change {
  const piece = copyPiece(graph, added.nodes, added.edges);
  return { label, undo: () => takeOut(graph, piece), redo: () => putBack(graph, piece) };
}

/** Removes nodes (and their edges) from the view now; undo puts them back where they were. */
export function removalChange(graph: ViewGraph, nodes: readonly string[], label: string): Change {
  const piece = copyPiece(graph, nodes);
  takeOut(graph, piece);
  return { label, undo: () => putBack(graph, piece), redo: () => takeOut(graph, piece) };
}

export type Positions = Map<string, { x: number; y: number; fixed: boolean }>;

export function capturePositions(graph: ViewGraph, nodes?: Iterable<string>): Positions {
  const out: Positions = new Map();
  const take = (key: string) => {
    const a = graph.getNodeAttributes(key);
    out.set(key, { x: a.x, y: a.y, fixed: !!a.fixed });
  };
  if (nodes) for (const n of nodes) take(n);
  else graph.forEachNode((n) => take(n));
  return out;
}

export function applyPositions(graph: ViewGraph, positions: Positions): void {
  for (const [key, p] of positions) if (graph.hasNode(key)) graph.mergeNodeAttributes(key, p);
}

/** Nodes moved (a layout, a drag, a pin): undo puts them back. Null when nothing moved. */
export function positionChange(
  graph: ViewGraph,
  before: Positions,
  after: Positions,
  label: string,
): Change | null {
  const moved = [...after.keys()].filter((k) => {
    const a = after.get(k)!;
    const b = before.get(k);
    return !b || a.x !== b.x || a.y !== b.y || a.fixed !== b.fixed;
  });
  if (!moved.length) return null;
  const pick = (p: Positions): Positions => new Map(moved.filter((k) => p.has(k)).map((k) => [k, p.get(k)!]));
  const b = pick(before);
  const a = pick(after);
  return { label, undo: () => applyPositions(graph, b), redo: () => applyPositions(graph, a) };
}

/** View settings changed from `before` to `after` (both snapshots); null when nothing differs. */
export function settingsChange(
  apply: (s: ViewSettings) => void,
  before: ViewSettings,
  after: ViewSettings,
  label: string,
  mergeKey?: string,
): Change | null {
  if (JSON.stringify(before) === JSON.stringify(after)) return null;
  return { label, mergeKey, undo: () => apply(before), redo: () => apply(after) };
}

/** Several changes undone and redone as one step (undone in reverse order). */
export function compositeChange(label: string, changes: (Change | null)[]): Change | null {
  const parts = changes.filter((c): c is Change => c !== null);
  if (!parts.length) return null;
  return {
    label,
    undo: () => [...parts].reverse().forEach((c) => c.undo()),
    redo: () => parts.forEach((c) => c.redo()),
  };
}
