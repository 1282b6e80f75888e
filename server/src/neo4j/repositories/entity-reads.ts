// Read queries about one entity (its detail: relations with evidence, statements, events, source
// articles, each capped to a page with its total; and one page of one of those lists) and search.
import neo4j from 'neo4j-driver';
import type { Database } from '../database.js';
import { nodeTypeOf } from '../mappers.js';
import { SEARCH_INDEX } from '../schema.js';
import type { EntityDetail, EntityListName, EntityListPage, SearchHit } from '@dossier/model';
import { ENTITY_LISTS, listPageQuery, pageItems, pageParams, readListPage } from './entity-lists.js';
import { GRAPH_TYPES, readRelationTypes, withRelationTypes } from './relation-types.js';

export { ENTITY_LISTS, EVIDENCE_CAP } from './entity-lists.js';

/**
 * The lists of a detail page hold at most this many items unless asked for another `limit` (the
 * route's default, http/schemas.ts); the panel pages through the rest, this many at a time.
 */
export const DETAIL_PAGE_SIZE = 10;

/** An entity with the first page of each of its lists (entity-lists.ts) and their totals. */
export async function readEntity(
  db: Database,
  id: string,
  pageSize: number = DETAIL_PAGE_SIZE,
): Promise<EntityDetail | null> {
  // One auto-commit query (readQuery): the page is one statement, so it needs no transaction around it.
  const rec = await withRelationTypes(
    () => db.read(readRelationTypes),
    async (types) => {
      const [first] = await db.readQuery(
        `MATCH (e:Entity {id: $id})
         ${ENTITY_LISTS.map((l) => listPageQuery(l, types)).join('\n')}
         RETURN e {.id, .name, .aliases, .description, .resolution, labels: labels(e)} AS entity,
                ${ENTITY_LISTS.map((l) => `${l}, ${l}Total`).join(', ')}, ${GRAPH_TYPES} AS graphTypes`,
        { id, ...pageParams(0, pageSize) },
      );
      return { result: first, graphTypes: (first?.get('graphTypes') as string[] | undefined) ?? null };
    },
  );
  if (!rec) return null;
  const entity = rec.get('entity') as {
    id: string;
    name: string;
    aliases: string[] | null;
    description: string | null;
    resolution: string[] | null;
    labels: string[];
  };
  const total = (l: EntityListName) => rec.get(`${l}Total`) as number;
  return {
    id: entity.id,
    type: nodeTypeOf(entity.labels),
    name: entity.name,
    aliases: entity.aliases ?? [],
    description: entity.description,
    resolution: entity.resolution ?? [],
    relations: pageItems('relations', rec),
    statements: pageItems('statements', rec),
    events: pageItems('events', rec),
    articles: pageItems('articles', rec),
    totals: {
      relations: total('relations'),
      statements: total('statements'),
      events: total('events'),
      articles: total('articles'),
    },
    pageSize,
  };
}

/** One page of one list of an entity's detail; null when the entity does not exist. */
export async function readEntityList<L extends EntityListName>(
  db: Database,
  id: string,
  list: L,
  offset: number,
  limit: number,
): Promise<EntityListPage<L> | null> {
  const page = await db.read((tx) => readListPage(tx, id, list, offset, limit));
  return page && { id, list, offset, limit, total: page.total, items: page.items };
}

/**
 * Full-text search over names, aliases and titles; `luceneQuery` is built by the search service. Among
 * equal scores (prefix matches all score alike) entities come before articles, from three times the hits.
 */
export async function searchNodes(db: Database, luceneQuery: string, limit: number): Promise<SearchHit[]> {
  return db.read(async (tx) => {
    const res = await tx.run(
      `CALL db.index.fulltext.queryNodes($index, $q, {limit: $fetch}) YIELD node, score
       RETURN node.id AS id, labels(node) AS labels, coalesce(node.name, node.title) AS name,
              coalesce(node.aliases, []) AS aliases, node.description AS description, score
       ORDER BY score DESC, CASE WHEN node:Article THEN 1 ELSE 0 END LIMIT $limit`,
      { index: SEARCH_INDEX, q: luceneQuery, limit: neo4j.int(limit), fetch: neo4j.int(limit * 3) },
    );
    return res.records.map((r) => {
      const labels = r.get('labels') as string[];
      return {
        id: r.get('id') as string,
        kind: labels.includes('Article') ? 'article' : 'entity',
        type: nodeTypeOf(labels),
        name: r.get('name') as string,
        aliases: r.get('aliases') as string[],
        description: (r.get('description') as string | null) ?? null,
        score: r.get('score') as number,
      };
    });
  });
}
