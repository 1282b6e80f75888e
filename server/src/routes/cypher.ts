// The Cypher console's endpoints: POST /api/cypher runs a read-only query (rows, or with `explain` the plan),
// 429 with Retry-After past the console's in-flight limits; GET /api/schema feeds its completion without
// taking a console slot.
import { Router } from 'express';
import type { AppDeps } from '../app-deps.js';
import { cypherBody } from '../http/schemas.js';
import { parseInput } from '../http/validate.js';
import { TooManyQueriesError } from '../services/console-admission.js';
import { CypherConsole } from '../services/cypher-console.js';
import { graphSchema } from '../services/graph-schema.js';

export function cypherRoutes({ db, config }: AppDeps): Router {
  const router = Router();
  const cypherConsole = new CypherConsole(db, config.cypher);
  router.post('/cypher', async (req, res) => {
    const body = parseInput(cypherBody, req.body, 'body');
    try {
      res.json(await cypherConsole.run(body, req.ip ?? 'unknown'));
    } catch (err) {
      if (err instanceof TooManyQueriesError) res.set('Retry-After', String(err.retryAfterS));
      throw err;
    }
  });
  router.get('/schema', async (_req, res) => {
    res.json(await graphSchema(db));
  });
  return router;
}
