// When each item of the view happens, from the graph's dates: an event or statement at its date, a
// relation at its own date (or, undated, at the date of the event or statement it joins), an entity
// whenever one of its relations or events happens. Playback, comparison and the timeline read this.
import type { ViewGraph } from '../graph/types';
import { dateSpan, overlaps, type Month, type MonthSpan } from './months';

/** Node types that are happenings (dated in themselves) rather than actors. */
const HAPPENINGS = new Set(['Event', 'Statement']);

export interface Activity {
  /** Spans in which each node is active; absent: undated. */
  nodes: Map<string, MonthSpan[]>;
  /** Each edge's span; absent: undated. */
  edges: Map<string, MonthSpan>;
}

export function isHappening(graph: ViewGraph, node: string): boolean {
  return HAPPENINGS.has(graph.getNodeAttribute(node, 'type'));
}

export function computeActivity(graph: ViewGraph): Activity {
  const nodes = new Map<string, MonthSpan[]>();
  const edges = new Map<string, MonthSpan>();
  const add = (node: string, span: MonthSpan) => {
    const list = nodes.get(node);
    if (list) list.push(span);
    else nodes.set(node, [span]);
  };
  graph.forEachNode((node, a) => {
    const span = HAPPENINGS.has(a.type) ? dateSpan(a.date) : null;
    if (span) add(node, span);
  });
  graph.forEachEdge((edge, a, source, target, sa, ta) => {
    const span =
      dateSpan(a.date) ??
      (HAPPENINGS.has(ta.type) ? dateSpan(ta.date) : null) ??
      (HAPPENINGS.has(sa.type) ? dateSpan(sa.date) : null);
    if (!span) return;
    edges.set(edge, span);
    if (!HAPPENINGS.has(sa.type)) add(source, span);
    if (!HAPPENINGS.has(ta.type)) add(target, span);
  });
  return { nodes, edges };
}

/** The first month an item is active in (null: undated). */
export function firstMonth(spans: readonly MonthSpan[] | undefined): Month | null {
  if (!spans?.length) return null;
  let first = spans[0]!.from;
  for (const s of spans) if (s.from < first) first = s.from;
  return first;
}

/** Whether any of an item's spans overlaps the period. */
export function activeIn(spans: readonly MonthSpan[] | undefined, period: MonthSpan): boolean {
  return !!spans?.some((s) => overlaps(s, period));
}
