// Corroboration routes: one item's outlets (each with its sentence and date), its independent count and,
// when articles disagree, the versions side by side, read when the entity panel opens the item. A
// relationship has no id of its own: it is named by its ends, type and key, as the loader merges it.
import { Router } from 'express';
import type { AppDeps } from '../app-deps.js';
import { idParam, relationRefQuery } from '../http/schemas.js';
import { parseInput } from '../http/validate.js';
import { itemCorroboration } from '../services/corroboration.js';

export function corroborationRoutes({ db }: AppDeps): Router {
  const router = Router();
  router.get('/corroboration/relation', async (req, res) => {
    const ref = parseInput(relationRefQuery, req.query, 'query');
    res.json(await itemCorroboration(db, { kind: 'relation', ref }));
  });
  for (const kind of ['event', 'statement'] as const) {
    router.get(`/corroboration/${kind}/:id`, async (req, res) => {
      const { id } = parseInput(idParam, req.params, 'path');
      res.json(await itemCorroboration(db, { kind, id }));
    });
  }
  return router;
}
