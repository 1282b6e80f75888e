// The timeline's buckets: how many dated happenings (events, statements, relations with their own
// date) the graph in view holds per month, and how many are dated only to a year or not at all.
import type { ViewGraph } from '../graph/types';
import { isHappening } from './activity';
import { dateSpan, isMonthPrecise, monthRange, type Month } from './months';

export interface TimelineBuckets {
  /** Every month from the first to the last month-dated happening. */
  months: Month[];
  /** Happenings per month, aligned with `months`. */
  counts: number[];
  max: number;
  /** Dated only to a year: not on the strip, counted apart (they take part in playback from January). */
  yearOnly: number;
  undated: number;
}

/**
 * Counts happenings among the nodes `inView` lets through. A relation counts when it joins two actors
 * (relations to an event or a statement are part of that happening, not one more).
 */
export function timelineBuckets(graph: ViewGraph, inView: (node: string) => boolean): TimelineBuckets {
  const perMonth = new Map<Month, number>();
  let yearOnly = 0;
  let undated = 0;
  const count = (date: string | null | undefined) => {
    const span = dateSpan(date);
    if (!span) undated += 1;
    else if (!isMonthPrecise(span)) yearOnly += 1;
    else perMonth.set(span.from, (perMonth.get(span.from) ?? 0) + 1);
  };
  graph.forEachNode((node, a) => {
    if (isHappening(graph, node) && inView(node)) count(a.date);
  });
  graph.forEachEdge((_edge, a, source, target) => {
    if (isHappening(graph, source) || isHappening(graph, target)) return;
    if (inView(source) && inView(target)) count(a.date);
  });
  const known = [...perMonth.keys()].sort();
  const months = known.length ? monthRange(known[0]!, known[known.length - 1]!) : [];
  const counts = months.map((m) => perMonth.get(m) ?? 0);
  return { months, counts, max: Math.max(0, ...counts), yearOnly, undated };
}
