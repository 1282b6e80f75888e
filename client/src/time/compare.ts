// Comparing two periods: which items of the view are new in B (active in B, not in A), gone (active in
// A, not in B), kept (both), absent (neither) or undated. Display only: reducers read the result.
import type { ViewGraph } from '../graph/types';
import { activeIn, type Activity } from './activity';
import type { MonthSpan } from './months';

export type Change = 'new' | 'gone' | 'kept' | 'absent' | 'undated';
export type CompareMode = 'all' | 'changes';

export interface Comparison {
  a: MonthSpan;
  b: MonthSpan;
  /** 'all': kept items stay as context; 'changes': only what is new or gone is drawn. */
  mode: CompareMode;
}

export interface ComparisonResult {
  nodes: Map<string, Change>;
  edges: Map<string, Change>;
  /** Nodes new in B and gone since A, biggest first (the sidebar lists them). */
  added: string[];
  gone: string[];
}

export function classify(spans: readonly MonthSpan[] | undefined, c: Comparison): Change {
  if (!spans?.length) return 'undated';
  const inA = activeIn(spans, c.a);
  const inB = activeIn(spans, c.b);
  return inA && inB ? 'kept' : inB ? 'new' : inA ? 'gone' : 'absent';
}

export function comparePeriods(graph: ViewGraph, activity: Activity, c: Comparison): ComparisonResult {
  const nodes = new Map<string, Change>();
  const edges = new Map<string, Change>();
  graph.forEachNode((node) => nodes.set(node, classify(activity.nodes.get(node), c)));
  graph.forEachEdge((edge) => {
    const span = activity.edges.get(edge);
    edges.set(edge, classify(span ? [span] : undefined, c));
  });
  const bySize = (x: string, y: string) =>
    graph.getNodeAttribute(y, 'size') - graph.getNodeAttribute(x, 'size') || x.localeCompare(y);
  const pick = (change: Change) =>
    [...nodes.entries()]
      .filter(([, v]) => v === change)
      .map(([k]) => k)
      .sort(bySize);
  return { nodes, edges, added: pick('new'), gone: pick('gone') };
}
