// Entity routes: search over names and aliases, and one entity's detail.
import { Router } from 'express';
import type { AppDeps } from '../app.js';
import { NotFoundError } from '../errors.js';
import { idParam, searchQuery } from '../http/schemas.js';
import { parseInput } from '../http/validate.js';
import { readEntity } from '../neo4j/repositories/index.js';
import { corroborateEntity } from '../services/corroboration.js';
import { search } from '../services/search-query.js';
import type { SearchResponse } from '../shared/wire.js';

export function entityRoutes({ db }: AppDeps): Router {
  const router = Router();
  router.get('/search', async (req, res) => {
    const { q, limit } = parseInput(searchQuery, req.query, 'query');
    const body: SearchResponse = { query: q, results: await search(db, q, limit) };
    res.json(body);
  });
  router.get('/entities/:id', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'path');
    const entity = await readEntity(db, id);
    if (!entity) throw new NotFoundError('entity', id, 'Search for it first: GET /api/search?q=…');
    res.json(await corroborateEntity(db, entity));
  });
  return router;
}
