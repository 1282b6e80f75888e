// Whether Neo4j answers, its version and edition (asked once, then remembered) and counts per label,
// each within a bound so a hung database still gets a quick "unavailable" (with why, while the managed
// Neo4j is being restarted), and the seed articles the start could not load that are still missing.
import type { HealthResponse, Neo4jRestart, SeedGap } from '@dossier/model';
import type { Database } from '../neo4j/database.js';
import { readArticleIdsPresent, readCounts, readServerInfo } from '../neo4j/repositories/index.js';

const BOUND_MS = 3000;

const within = <T>(p: Promise<T>, ms: number) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);

/**
 * A health check bound to one database; it remembers the server's version once known. `restart` says why
 * the managed Neo4j is being restarted, if it is; `seedGaps` are the seed articles the start could not load
 * (named until the graph holds them, e.g. after `npm run seed`).
 */
export function healthCheck(
  db: Database,
  restart: () => Neo4jRestart | null = () => null,
  seedGaps: readonly SeedGap[] = [],
): () => Promise<HealthResponse> {
  let info: { version: string; edition: string } | null = null;
  let missing = [...seedGaps];
  return async () => {
    try {
      info ??= await within(readServerInfo(db), BOUND_MS);
      const counts = await within(readCounts(db), BOUND_MS);
      if (missing.length) {
        const present = await within(
          readArticleIdsPresent(
            db,
            missing.map((g) => g.article),
          ),
          BOUND_MS,
        );
        missing = missing.filter((g) => !present.has(g.article));
      }
      const seed = missing.length ? { seedMissing: missing } : {};
      return { status: 'ok', neo4j: { connected: true, ...info }, counts, ...seed };
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
