// Use cases over articles: the list, and one article's text with its highlight spans (404 when absent).
import type { ArticleDetail, ArticleSummary } from '@dossier/model';
import { NotFoundError } from '../errors.js';
import type { Database } from '../neo4j/database.js';
import { readArticle, readArticles } from '../neo4j/repositories/index.js';

export async function listArticles(db: Database): Promise<ArticleSummary[]> {
  return readArticles(db);
}

export async function articleDetail(db: Database, id: string): Promise<ArticleDetail> {
  const article = await readArticle(db, id);
  if (!article) throw new NotFoundError('article', id, 'GET /api/articles lists them.');
  return article;
}
