// Use cases over the graph: the overview, a node's neighbourhood, shortest paths.
import { NotFoundError, ValidationError } from '../errors.js';
import type { Database } from '../neo4j/database.js';
import { readNeighbors, readShortestPaths } from '../neo4j/repositories/index.js';
import { OVERVIEW_LIMIT, type NodeType, type WireGraph } from '@dossier/model';
import { warmMentionIndex } from './mention-index.js';
import { cachedOverview } from './overview.js';

export const OVERVIEW_TYPES: NodeType[] = ['Person', 'Organization', 'Place', 'Event'];

/** `2021`, `2021-03` or `2021-03-20` as the first or last day it could mean. */
export function dateBound(value: string | undefined, side: 'from' | 'to'): string | null {
  if (!value) return null;
  return `${value}${side === 'from' ? '-00-00' : '-99-99'}`.slice(0, 10);
}

export async function overview(
  db: Database,
  q: { types?: NodeType[]; from?: string; to?: string; limit: number },
): Promise<WireGraph> {
  const from = dateBound(q.from, 'from');
  const to = dateBound(q.to, 'to');
  if (from && to && from > to) throw new ValidationError(`"from" (${q.from}) is after "to" (${q.to}).`);
  return cachedOverview(db, { types: q.types?.length ? q.types : OVERVIEW_TYPES, from, to, limit: q.limit });
}

/**
 * Computes the first view (the overview a page without a period asks for) into the cache, so that the
 * first visitor after a start does not wait for it, then the mention index. Failures of the first are
 * the next request's to report; the index's are logged.
 */
export async function warmOverview(
  db: Database,
  log: { info(line: string): void; warn(line: string): void },
): Promise<void> {
  await overview(db, { limit: OVERVIEW_LIMIT }).catch(() => undefined);
  // Then what ranks a new period's entities without a pass over its mentions.
  const started = Date.now();
  await warmMentionIndex(db).then(
    (index) => log.info(`Mention index: ${index.size} publication dates in ${Date.now() - started} ms.`),
    (e: Error) => log.warn(`Mention index not built (periods are ranked by query): ${e.message}`),
  );
}

export async function neighbors(db: Database, id: string, limit: number): Promise<WireGraph> {
  const graph = await readNeighbors(db, id, limit);
  if (!graph) throw new NotFoundError('node', id, 'Search for the entity first: GET /api/search?q=…');
  return graph;
}

export async function shortestPaths(db: Database, from: string, to: string): Promise<WireGraph> {
  if (from === to) throw new ValidationError('"from" and "to" are the same node.');
  const graph = await readShortestPaths(db, from, to);
  if (!graph) throw new NotFoundError('node', `${from}" or "${to}`);
  return graph;
}
