// Read queries about one entity (relations with evidence, statements, events, source articles) and search.
import neo4j from 'neo4j-driver';
import type { Database } from '../database.js';
import { nodeTypeOf } from '../mappers.js';
import { STRUCTURAL_TYPES, SEARCH_INDEX } from '../schema.js';
import type { EntityDetail, EntityRelation, EvidenceItem, SearchHit } from '../../shared/wire.js';

interface RawRelation {
  type: string;
  direction: 'out' | 'in';
  other: { id: string; name: string; labels: string[] };
  date: string | null;
  place: string | null;
  event: string | null;
  articleIds: string[] | null;
  evidence: string[] | null;
  starts: number[] | null;
  ends: number[] | null;
}

export async function readEntity(db: Database, id: string): Promise<EntityDetail | null> {
  return db.read(async (tx) => {
    const res = await tx.run(
      `MATCH (e:Entity {id: $id})
       RETURN e {.id, .name, .aliases, .description, .resolution, labels: labels(e)} AS entity,
         [(e)-[r]->(o:Entity) WHERE NOT type(r) IN $structural |
            {type: type(r), direction: 'out', other: o {.id, .name, labels: labels(o)}, date: r.date,
             place: r.place, event: r.event, articleIds: r.articleIds, evidence: r.evidence,
             starts: r.evidenceStarts, ends: r.evidenceEnds}] +
         [(e)<-[r]-(o:Entity) WHERE NOT type(r) IN $structural |
            {type: type(r), direction: 'in', other: o {.id, .name, labels: labels(o)}, date: r.date,
             place: r.place, event: r.event, articleIds: r.articleIds, evidence: r.evidence,
             starts: r.evidenceStarts, ends: r.evidenceEnds}] AS relations,
         [(e)-[:SAID]->(s:Statement)-[rep:REPORTED_IN]->(a:Article) |
            {id: s.id, quote: s.quote, date: s.date, articleId: a.id, start: rep.start, end: rep.end,
             about: [(s)-[:ABOUT]->(x) | x {.id, .name}]}] AS statements,
         [(e)-[p:PARTICIPATED_IN]->(ev:Event) |
            {id: ev.id, type: ev.type, label: ev.label, date: ev.date, role: p.role,
             place: head([(ev)-[:TOOK_PLACE_IN]->(pl) | pl {.id, .name}])}] AS events,
         [(e)-[m:MENTIONED_IN]->(a:Article) |
            {id: a.id, title: a.title, outlet: a.outlet, published: a.published, mentionCount: m.count}] AS articles`,
      { id, structural: [...STRUCTURAL_TYPES] },
    );
    const rec = res.records[0];
    if (!rec) return null;
    const entity = rec.get('entity') as {
      id: string;
      name: string;
      aliases: string[] | null;
      description: string | null;
      resolution: string[] | null;
      labels: string[];
    };
    const raw = rec.get('relations') as RawRelation[];
    const lookupIds = [
      ...new Set(raw.flatMap((r) => [...(r.articleIds ?? []), ...(r.place ? [r.place] : [])])),
    ];
    const lookup = await tx.run(
      `UNWIND $ids AS id
       OPTIONAL MATCH (a:Article {id: id})
       OPTIONAL MATCH (p:Entity {id: id})
       RETURN id, a.outlet AS outlet, a.published AS published, p.name AS name`,
      { ids: lookupIds },
    );
    const info = new Map(
      lookup.records.map((r) => [
        r.get('id') as string,
        {
          outlet: r.get('outlet') as string | null,
          published: r.get('published') as string | null,
          name: r.get('name') as string | null,
        },
      ]),
    );
    const relations: EntityRelation[] = raw.map((r) => ({
      type: r.type,
      direction: r.direction,
      other: { id: r.other.id, name: r.other.name, type: nodeTypeOf(r.other.labels) },
      date: r.date,
      place: r.place ? { id: r.place, name: info.get(r.place)?.name ?? r.place } : null,
      event: r.event,
      evidence: (r.articleIds ?? []).map((articleId, i): EvidenceItem => ({
        articleId,
        outlet: info.get(articleId)?.outlet ?? null,
        published: info.get(articleId)?.published ?? null,
        text: r.evidence?.[i] ?? '',
        start: r.starts?.[i] ?? null,
        end: r.ends?.[i] ?? null,
      })),
    }));
    relations.sort((a, b) => a.type.localeCompare(b.type) || (a.date ?? '').localeCompare(b.date ?? ''));
    const byDate = <T extends { date: string | null }>(a: T, b: T) =>
      (a.date ?? '').localeCompare(b.date ?? '');
    return {
      id: entity.id,
      type: nodeTypeOf(entity.labels),
      name: entity.name,
      aliases: entity.aliases ?? [],
      description: entity.description,
      resolution: entity.resolution ?? [],
      relations,
      statements: (rec.get('statements') as EntityDetail['statements']).sort(byDate),
      events: (rec.get('events') as EntityDetail['events']).sort(byDate),
      articles: (rec.get('articles') as EntityDetail['articles']).sort((a, b) =>
        (a.published ?? '').localeCompare(b.published ?? ''),
      ),
    };
  });
}

/** Full-text search over names, aliases and titles; `luceneQuery` is built by the search service. */
export async function searchNodes(db: Database, luceneQuery: string, limit: number): Promise<SearchHit[]> {
  return db.read(async (tx) => {
    const res = await tx.run(
      `CALL db.index.fulltext.queryNodes($index, $q, {limit: $limit}) YIELD node, score
       RETURN node.id AS id, labels(node) AS labels, coalesce(node.name, node.title) AS name,
              coalesce(node.aliases, []) AS aliases, node.description AS description, score
       ORDER BY score DESC LIMIT $limit`,
      { index: SEARCH_INDEX, q: luceneQuery, limit: neo4j.int(limit) },
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
