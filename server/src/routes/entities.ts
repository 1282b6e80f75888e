// Entity routes: search over names and aliases, one entity's detail (each list capped, with totals), and
// one page of one of its lists (GET /api/entities/:id/relations|statements|events|articles?offset=);
// pages are sent without an ETag (fresh-json.ts).
import { Router } from 'express';
import { ENTITY_LISTS, type SearchResponse } from '@dossier/model';
import type { AppDeps } from '../app-deps.js';
import { sendFreshJson } from '../http/fresh-json.js';
import { entityDetailQuery, entityListQuery, idParam, searchQuery } from '../http/schemas.js';
import { parseInput } from '../http/validate.js';
import { entityDetail, entityListPage } from '../services/entity-service.js';
import { search } from '../services/search-query.js';

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
    sendFreshJson(res, await entityDetail(db, id, limit));
  });
  for (const list of ENTITY_LISTS) {
    router.get(`/entities/:id/${list}`, async (req, res) => {
      const { id } = parseInput(idParam, req.params, 'path');
      const { offset, limit } = parseInput(entityListQuery, req.query, 'query');
      sendFreshJson(res, await entityListPage(db, id, list, offset, limit));
    });
  }
  return router;
}
