// GET /api/health: whether Neo4j answers, its version, and counts per label; 503 while it does not.
import { Router } from 'express';
import type { AppDeps } from '../app-deps.js';
import { UnavailableError } from '../errors.js';
import { errorBody } from '../http/error-handler.js';
import { healthCheck } from '../services/health-service.js';

export function healthRoutes({ db }: AppDeps): Router {
  const router = Router();
  const check = healthCheck(db);
  router.get('/health', async (_req, res) => {
    const body = await check();
    if (body.status === 'ok') {
      res.json(body);
      return;
    }
    res.status(503).json({ ...body, ...errorBody(new UnavailableError()) });
  });
  return router;
}
