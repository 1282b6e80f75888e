// Resolution notes on nodes: each merge of an extracted entity into an existing node is kept on that node
// as a string in its `resolution` list ("<article id>: 'Antonov' → person:anatoly-antonov (…)"). Notes are
// written in the article's transaction and retracted with the article (before its mentions are removed,
// since they find the noted nodes through the article's MENTIONED_IN relationships).
import type { ManagedTransaction } from 'neo4j-driver';
import type { ResolutionNote } from '../../ingest/resolve-entities.js';

/** Removes the notes an earlier load of $articleId left. Run before retractArticle. */
export async function retractResolutionNotes(tx: ManagedTransaction, articleId: string): Promise<void> {
  await tx.run(
    `MATCH (:Article {id: $articleId})<-[:MENTIONED_IN]-(e:Entity)
     WHERE e.resolution IS NOT NULL
     WITH e, [x IN e.resolution WHERE NOT x STARTS WITH $prefix] AS keep
     SET e.resolution = CASE WHEN size(keep) = 0 THEN null ELSE keep END`,
    { articleId, prefix: `${articleId}: ` },
  );
}

/** Adds this article's notes (after writeArticle, in the same transaction). */
export async function writeResolutionNotes(tx: ManagedTransaction, notes: ResolutionNote[]): Promise<void> {
  if (notes.length === 0) return;
  await tx.run(
    `UNWIND $notes AS n
     MATCH (e:Entity {id: n.entityId})
     SET e.resolution = [x IN coalesce(e.resolution, []) WHERE x <> n.note] + n.note`,
    { notes },
  );
}
