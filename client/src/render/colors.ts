// Colours per node type (the legend's defaults), and the few colours the reducers use.
import type { NodeType } from '@dossier/model';

export const TYPE_COLORS: Record<NodeType, string> = {
  Person: '#3b6fd8',
  Organization: '#d9822b',
  Place: '#2e9e6b',
  Event: '#b53f8f',
  Statement: '#7a7a7a',
  Article: '#8a6d3b',
};

export const DIMMED = '#e3e5ea';
export const HIGHLIGHT = '#f2b705';
export const EDGE = '#c5cad3';
export const EDGE_FOCUS = '#6b7280';
/** Relations new in the later of two compared periods. */
export const NEW_EDGE = '#16a34a';

/** A `#rrggbb` colour at a quarter of its opacity: items gone, or undated during playback. */
export const faded = (hex: string | undefined): string =>
  /^#[0-9a-f]{6}$/i.test(hex ?? '') ? `${hex}40` : DIMMED;
