// Entity routes: search over names and aliases, one entity's detail (each list capped, with totals), and
// one page of one of its lists (GET /api/entities/:id/relations|statements|events|articles?offset=).
import { Router } from 'express';
import type { AppDeps } from '../app-deps.js';
import { NotFoundError } from '../errors.js';
import { entityDetailQuery, entityListQuery, idParam, searchQuery } from '../http/schemas.js';
import { parseInput } from '../http/validate.js';
import { ENTITY_LISTS, readEntity, readEntityList } from '../neo4j/repositories/index.js';
import { corroborateEntity } from '../services/corroboration.js';
import { search } from '../services/search-query.js';
import type { SearchResponse } from '@dossier/model';

export function entityRoutes({ db }: AppDeps): Router {
  const router = Router();
  router.get('/search', async (req, res) => {
    const { q, limit } = parseInput(searchQuery, req.query, 'query');
    const body: SearchResponse = { query: q, results: await search(db, q, limit) };
    res.json(body);
  });
  router.get('/entities/:id', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'path');
    const { limit } = parseInput(entityDetailQuery, req.query, 'query');
    const entity = await readEntity(db, id, limit);
    if (!entity) throw new NotFoundError('entity', id, 'Search for it first: GET /api/search?q=…');
    res.json(await corroborateEntity(db, entity));
  });
  for (const list of ENTITY_LISTS) {
    router.get(`/entities/:id/${list}`, async (req, res) => {
      const { id } = parseInput(idParam, req.params, 'path');
      const { offset, limit } = parseInput(entityListQuery, req.query, 'query');
      const page = await readEntityList(db, id, list, offset, limit);
      if (!page) throw new NotFoundError('entity', id, 'Search for it first: GET /api/search?q=…');
      if (list === 'articles') return void res.json(page);
      const lists = { id, relations: [], events: [], statements: [], [list]: page.items };
      res.json({ ...page, items: (await corroborateEntity(db, lists))[list] });
    });
  }
  return router;
}
