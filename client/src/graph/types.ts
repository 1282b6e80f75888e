// The attributes the view's graphology graph holds: the wire's attributes plus what the view adds
// (position, size, a pin, the index of parallel edges). Everything reads them typed, never `a['x']`.
import type Graph from 'graphology';
import type { WireEdgeAttributes, WireNodeAttributes } from '@dossier/model';

export type NodeAttributes = WireNodeAttributes & {
  x: number;
  y: number;
  size: number;
  /** Pinned by a drag: ForceAtlas2 and the overlap pass leave it where it was put. */
  fixed?: boolean;
};

export type EdgeAttributes = WireEdgeAttributes & {
  label: string;
  size: number;
  /** Set by indexParallelEdges: the edge's rank among the edges joining the same two nodes. */
  parallelIndex?: number | null;
  parallelMaxIndex?: number | null;
};

export type ViewGraph = Graph<NodeAttributes, EdgeAttributes>;
