// Use cases over entities: one entity's detail (each list one page, with totals) and one page of one of
// its lists, both with their corroboration; 404 when the entity is absent. Search is in search-query.ts.
import type { EntityDetail, EntityListName, EntityListPage } from '@dossier/model';
import { NotFoundError } from '../errors.js';
import type { Database } from '../neo4j/database.js';
import { readEntity, readEntityList } from '../neo4j/repositories/index.js';
import { corroborateEntity } from './corroboration.js';

const notFound = (id: string) => new NotFoundError('entity', id, 'Search for it first: GET /api/search?q=…');

export async function entityDetail(db: Database, id: string, limit: number): Promise<EntityDetail> {
  const entity = await readEntity(db, id, limit);
  if (!entity) throw notFound(id);
  return corroborateEntity(db, entity);
}

export async function entityListPage(
  db: Database,
  id: string,
  list: EntityListName,
  offset: number,
  limit: number,
): Promise<EntityListPage> {
  const page = await readEntityList(db, id, list, offset, limit);
  if (!page) throw notFound(id);
  if (list === 'articles') return page;
  const lists = { id, relations: [], events: [], statements: [], [list]: page.items };
  return { ...page, items: (await corroborateEntity(db, lists))[list] };
}
