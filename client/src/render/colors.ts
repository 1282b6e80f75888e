// Colours per node type (the legend uses the same table).
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
