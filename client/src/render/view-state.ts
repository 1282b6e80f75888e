// What the view shows, apart from the graph's data: selection, hover, hidden nodes, type, time and
// outlet filters, a highlighted path, playback, a comparison of two periods, colours and sizes by type.
// Reducers read it (and the index derived from the graph); panels change it and call refresh().
import type { NodeType } from '@dossier/model';
import { nodeMeetsOutlets } from '../graph/corroboration-view';
import type { ViewGraph } from '../graph/types';
import type { Comparison } from '../time/compare';
import type { Playback } from '../time/playback';
import { emptyStyles, type TypeStyles } from './type-styles';

export interface ViewState {
  selected: string | null;
  hovered: string | null;
  hoveredEdge: string | null;
  /** Zoomed in far enough for relation types to be written on the edges. */
  edgeLabels: boolean;
  hidden: Set<string>;
  types: Set<NodeType>;
  /** Inclusive month bounds `YYYY-MM`, or null for no bound. */
  from: string | null;
  to: string | null;
  path: { nodes: Set<string>; edges: Set<string> } | null;
  pathStart: string | null;
  /** "Reported by at least N outlets" (independently); 1: no filter. */
  minOutlets: number;
  playback: Playback | null;
  compare: Comparison | null;
  styles: TypeStyles;
}

export const DEFAULT_TYPES: readonly NodeType[] = ['Person', 'Organization', 'Place', 'Event'];

export function createViewState(): ViewState {
  return {
    selected: null,
    hovered: null,
    hoveredEdge: null,
    edgeLabels: false,
    hidden: new Set(),
    types: new Set(DEFAULT_TYPES),
    from: null,
    to: null,
    path: null,
    pathStart: null,
    minOutlets: 1,
    playback: null,
    compare: null,
    styles: emptyStyles(),
  };
}

/** The part of the state that undo and redo restore, as plain data. */
export interface ViewSettings {
  types: NodeType[];
  from: string | null;
  to: string | null;
  hidden: string[];
  minOutlets: number;
  styles: TypeStyles;
  compare: Comparison | null;
}

export function viewSettings(state: ViewState): ViewSettings {
  return structuredClone({
    types: [...state.types].sort(),
    from: state.from,
    to: state.to,
    hidden: [...state.hidden].sort(),
    minOutlets: state.minOutlets,
    styles: state.styles,
    compare: state.compare,
  });
}

export function applyViewSettings(state: ViewState, s: ViewSettings): void {
  const copy = structuredClone(s);
  state.types = new Set(copy.types);
  state.from = copy.from;
  state.to = copy.to;
  state.hidden = new Set(copy.hidden);
  state.minOutlets = copy.minOutlets;
  state.styles = copy.styles;
  state.compare = copy.compare;
}

/** Whether a date of any precision overlaps the period [from, to] (months). Undated: always. */
export function inPeriod(date: string | null | undefined, from: string | null, to: string | null): boolean {
  if (typeof date !== 'string' || !date) return true;
  const first = `${date}-00-00`.slice(0, 7);
  const last = `${date}-99-99`.slice(0, 7);
  if (from && last < from) return false;
  if (to && first > to) return false;
  return true;
}

/** Whether the hidden set, the type filter and the outlet filter let a node through (time aside). */
export function passesFilters(graph: ViewGraph, state: ViewState, node: string): boolean {
  return (
    !state.hidden.has(node) &&
    state.types.has(graph.getNodeAttribute(node, 'type')) &&
    nodeMeetsOutlets(graph, node, state.minOutlets)
  );
}
