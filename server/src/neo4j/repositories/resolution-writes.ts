// Resolution notes on nodes: each merge of an extracted entity into an existing node is kept on that node
// as a string in its `resolution` list ("<article id>: 'Antonov' → person:anatoly-antonov (…)"). Notes are
// written in the article's transaction; retractArticle (article-writes.ts) takes them back with the rest
// of the article.
import type { ManagedTransaction } from 'neo4j-driver';
import type { ResolutionNote } from '@dossier/model';

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
