// What the view shows, apart from the graph's data: selection, hover, hidden nodes, type and time
// filters, a highlighted path. Reducers read it; panels change it and call refresh().
import type { NodeType } from '../../../server/src/shared/wire';

export interface ViewState {
  selected: string | null;
  hovered: string | null;
  hidden: Set<string>;
  types: Set<NodeType>;
  /** Inclusive month bounds `YYYY-MM`, or null for no bound. */
  from: string | null;
  to: string | null;
  path: { nodes: Set<string>; edges: Set<string> } | null;
  pathStart: string | null;
}

export function createViewState(): ViewState {
  return {
    selected: null,
    hovered: null,
    hidden: new Set(),
    types: new Set(['Person', 'Organization', 'Place', 'Event']),
    from: null,
    to: null,
    path: null,
    pathStart: null,
  };
}

/** Whether a date of any precision overlaps the period [from, to] (months). */
export function inPeriod(date: unknown, from: string | null, to: string | null): boolean {
  if (typeof date !== 'string' || !date) return true;
  const first = `${date}-00-00`.slice(0, 7);
  const last = `${date}-99-99`.slice(0, 7);
  if (from && last < from) return false;
  if (to && first > to) return false;
  return true;
}
