// Candidates for entity resolution (server/src/ingest/resolve/): the nodes with the extracted
// ids, and the nodes the full-text index over names and aliases finds for the extracted names, surnames
// and role words, each with its period (earliest and latest date of its articles, relations and events).
// Nodes that only the article being (re)loaded reports are left out: an edited article resolves as if its
// earlier version were not in the graph, so loading it twice resolves the same way twice.
import neo4j from 'neo4j-driver';
import type { ExistingEntity } from '@dossier/model';
import type { Database } from '../database.js';
import { nodeTypeOf } from '../mappers.js';
import { SEARCH_INDEX } from '../schema.js';

/** Quotes a term as a Lucene phrase (quotes and backslashes in it are dropped). */
const phrase = (term: string) => `"${term.replace(/["\\]/g, ' ').trim()}"`;

export async function readResolutionCandidates(
  db: Database,
  lookup: { ids: string[]; terms: string[]; articleId: string },
  perTerm = 25,
): Promise<ExistingEntity[]> {
  const queries = lookup.terms.filter((t) => t.trim()).map(phrase);
  if (lookup.ids.length === 0 && queries.length === 0) return [];
  return db.read(async (tx) => {
    const res = await tx.run(
      `CALL () {
         UNWIND $ids AS id
         MATCH (e:Entity {id: id})
         RETURN e
         UNION
         UNWIND $queries AS q
         CALL db.index.fulltext.queryNodes($index, q, {limit: $perTerm}) YIELD node
         WITH node WHERE node:Entity
         RETURN node AS e
       }
       WITH DISTINCT e
       WHERE EXISTS { (e)-[:MENTIONED_IN]->(a:Article) WHERE a.id <> $articleId }
       CALL (e) {
         CALL (e) {
           MATCH (e)-[:MENTIONED_IN]->(a:Article)
           WHERE a.published IS NOT NULL AND a.id <> $articleId
           RETURN a.published AS d
           UNION ALL
           MATCH (e)-[r]-(:Entity) WHERE r.date IS NOT NULL RETURN r.date AS d
           UNION ALL
           MATCH (e)-[:PARTICIPATED_IN]->(ev:Event) WHERE ev.date IS NOT NULL RETURN ev.date AS d
         }
         RETURN min(d) AS firstDate, max(d) AS lastDate
       }
       RETURN e.id AS id, labels(e) AS labels, e.name AS name, coalesce(e.aliases, []) AS aliases,
              firstDate, lastDate`,
      {
        ids: lookup.ids,
        queries,
        articleId: lookup.articleId,
        index: SEARCH_INDEX,
        perTerm: neo4j.int(perTerm),
      },
    );
    return res.records.flatMap((r) => {
      const type = nodeTypeOf(r.get('labels') as string[]);
      if (type !== 'Person' && type !== 'Organization' && type !== 'Place') return [];
      return [
        {
          id: r.get('id') as string,
          type,
          name: r.get('name') as string,
          aliases: r.get('aliases') as string[],
          firstDate: r.get('firstDate') as string | null,
          lastDate: r.get('lastDate') as string | null,
        },
      ];
    });
  });
}
