// Graph routes: the overview, a node's neighbours, shortest paths.
import { Router } from 'express';
import type { AppDeps } from '../app-deps.js';
import { graphQuery, idParam, neighborsQuery, pathsQuery } from '../http/schemas.js';
import { sendPreparedJson } from '../http/prepared-json.js';
import { parseInput } from '../http/validate.js';
import { neighbors, overview, shortestPaths } from '../services/graph-service.js';

export function graphRoutes({ db }: AppDeps): Router {
  const router = Router();
  router.get('/graph', async (req, res) => {
    const q = parseInput(graphQuery, req.query, 'query');
    // A cached overview is the same object each time: its JSON and gzip are made once.
    sendPreparedJson(req, res, await overview(db, q));
  });
  router.get('/entities/:id/neighbors', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'path');
    const { limit } = parseInput(neighborsQuery, req.query, 'query');
    res.json(await neighbors(db, id, limit));
  });
  router.get('/paths', async (req, res) => {
    const { from, to } = parseInput(pathsQuery, req.query, 'query');
    res.json(await shortestPaths(db, from, to));
  });
  return router;
}
