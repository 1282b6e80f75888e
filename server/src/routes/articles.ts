// Article routes: the list, and one article's raw text with highlight spans.
import { Router } from 'express';
import type { AppDeps } from '../app.js';
import { NotFoundError } from '../errors.js';
import { articleIdParam } from '../http/schemas.js';
import { parseInput } from '../http/validate.js';
import { readArticle, readArticles } from '../neo4j/repositories/index.js';

export function articleRoutes({ db }: AppDeps): Router {
  const router = Router();
  router.get('/articles', async (_req, res) => {
    res.json({ articles: await readArticles(db) });
  });
  router.get('/articles/:id', async (req, res) => {
    const { id } = parseInput(articleIdParam, req.params, 'path');
    const article = await readArticle(db, id);
    if (!article) throw new NotFoundError('article', id, 'GET /api/articles lists them.');
    res.json(article);
  });
  return router;
}
