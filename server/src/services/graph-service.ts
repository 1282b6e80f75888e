// Use cases over the graph: the overview, a node's neighbourhood, shortest paths.
import { NotFoundError, ValidationError } from '../errors.js';
import type { Database } from '../neo4j/database.js';
import { readNeighbors, readShortestPaths } from '../neo4j/repositories/index.js';
import { OVERVIEW_LIMIT, type NodeType, type WireGraph } from '@dossier/model';
import { warmMentionIndex } from './mention-index.js';
import { cachedOverview, readOverview } from './overview.js';

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
 * first visitor after a start does not wait for it, then the mention and link indexes, then one period's
 * overview (its queries planned). Failures of the first are the next request's to report; the index's
 * are logged; the last one's are of no consequence.
 */
export async function warmOverview(
  db: Database,
  log: { info(line: string): void; warn(line: string): void },
): Promise<void> {
  await overview(db, { limit: OVERVIEW_LIMIT }).catch(() => undefined);
  // Then what ranks a new period's entities without a pass over its mentions.
  const started = Date.now();
  const index = await warmMentionIndex(db).then(
    (index) => {
      log.info(`Mention index: ${index.size} publication dates in ${Date.now() - started} ms.`);
      return index;
    },
    (e: Error) => {
      log.warn(`Mention index not built (periods are ranked by query): ${e.message}`);
      return null;
    },
  );
  // Then one period's overview, uncached and thrown away, so that Neo4j has planned the period's queries
  // before a visitor asks for one: the first new periods after a start took 1.0–1.7 s on the bench
  // graph, the next ones 0.13–0.22 s.
  const month = index?.latest?.slice(0, 7);
  if (index && month)
    await readOverview(
      db,
      {
        types: OVERVIEW_TYPES,
        from: dateBound(month, 'from'),
        to: dateBound(month, 'to'),
        limit: OVERVIEW_LIMIT,
      },
      index,
    ).catch(() => undefined);
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
