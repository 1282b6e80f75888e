// POST /api/cypher: the read-only Cypher console.
import { Router } from 'express';
import type { AppDeps } from '../app-deps.js';
import { cypherBody } from '../http/schemas.js';
import { parseInput } from '../http/validate.js';
import { runConsoleQuery } from '../services/cypher-console.js';

export function cypherRoutes({ db, config }: AppDeps): Router {
  const router = Router();
  router.post('/cypher', async (req, res) => {
    const { query, params } = parseInput(cypherBody, req.body, 'body');
    res.json(await runConsoleQuery(db, query, params, config.cypher));
  });
  return router;
}
