// Entity resolution's shared shapes: the candidates the graph offers (read by a repository, judged by the
// resolver in server/src/ingest/resolve/) and the notes a merge leaves on a node.
import type { EntityType } from './graph.js';
import type { ResolutionRule } from './wire.js';

/** A node of the graph that may be the same real-world entity as an extracted one. */
export interface ExistingEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** Earliest and latest ISO date (any precision) of its articles, relations and events; null: none. */
  firstDate: string | null;
  lastDate: string | null;
}

/** "<article>: 'Antonov' → person:anatoly-antonov (surname)", kept on the node it joined. */
export interface ResolutionNote {
  entityId: string;
  note: string;
}

/** How an article's extracted entity resolved the last time the article was loaded (kept on the Article). */
export interface PreviousResolution {
  /** The node id it became. */
  to: string;
  rule: ResolutionRule;
}
