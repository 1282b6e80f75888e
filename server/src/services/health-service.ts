// Whether Neo4j answers, its version and edition (asked once, then remembered) and counts per label,
// each within a bound so a hung database still gets a quick "unavailable" (with why, while the managed
// Neo4j is being restarted).
import type { HealthResponse, Neo4jRestart } from '@dossier/model';
import type { Database } from '../neo4j/database.js';
import { readCounts, readServerInfo } from '../neo4j/repositories/index.js';

const BOUND_MS = 3000;

const within = <T>(p: Promise<T>, ms: number) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);

/**
 * A health check bound to one database; it remembers the server's version once known. `restart` says why
 * the managed Neo4j is being restarted, if it is.
 */
export function healthCheck(
  db: Database,
  restart: () => Neo4jRestart | null = () => null,
): () => Promise<HealthResponse> {
  let info: { version: string; edition: string } | null = null;
  return async () => {
    try {
      info ??= await within(readServerInfo(db), BOUND_MS);
      const counts = await within(readCounts(db), BOUND_MS);
      return { status: 'ok', neo4j: { connected: true, ...info }, counts };
    } catch {
      const why = restart();
      return {
        status: 'unavailable',
        neo4j: { connected: false, version: info?.version ?? null, edition: info?.edition ?? null },
        counts: null,
        ...(why ? { restart: why } : {}),
      };
    }
  };
}
