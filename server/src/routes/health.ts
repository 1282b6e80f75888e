// GET /api/health: whether Neo4j answers, its version, and counts per label; 503 while it does not, with
// the reason (NEO4J_RESTARTING) while the server restarts its managed Neo4j; `seedMissing` while seed articles
// the start could not load are missing.
import { Router } from 'express';
import type { AppDeps } from '../app-deps.js';
import { Neo4jRestartingError, UnavailableError } from '../errors.js';
import { errorBody } from '../http/error-handler.js';
import { healthCheck } from '../services/health-service.js';

export function healthRoutes({ db, neo4jSupervision, seedGaps }: AppDeps): Router {
  const router = Router();
  const check = healthCheck(db, () => neo4jSupervision?.restart ?? null, seedGaps);
  router.get('/health', async (_req, res) => {
    const body = await check();
    if (body.status === 'ok') {
      res.json(body);
      return;
    }
    const error = body.restart ? new Neo4jRestartingError(body.restart.message) : new UnavailableError();
    res.status(503).json({ ...body, ...errorBody(error) });
  });
  return router;
}
