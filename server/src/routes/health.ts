// GET /api/health: whether Neo4j answers, its version, and counts per label; 503 while it does not.
import { Router } from 'express';
import type { AppDeps } from '../app-deps.js';
import { readCounts, readServerInfo } from '../neo4j/repositories/index.js';
import type { HealthResponse } from '@dossier/model';

const within = <T>(p: Promise<T>, ms: number) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);

export function healthRoutes({ db }: AppDeps): Router {
  const router = Router();
  let info: { version: string; edition: string } | null = null;
  router.get('/health', async (_req, res) => {
    try {
      info ??= await within(readServerInfo(db), 3000);
      const counts = await within(readCounts(db), 3000);
      const body: HealthResponse = { status: 'ok', neo4j: { connected: true, ...info }, counts };
      res.json(body);
    } catch {
      const body: HealthResponse = {
        status: 'unavailable',
        neo4j: { connected: false, version: info?.version ?? null, edition: info?.edition ?? null },
        counts: null,
      };
      res.status(503).json({
        ...body,
        error: {
          code: 'NEO4J_UNAVAILABLE',
          message: 'The graph database (Neo4j) is unreachable.',
          hint: 'Dossier retries by itself; try again in a few seconds.',
        },
      });
    }
  });
  return router;
}
