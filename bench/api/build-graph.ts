// Builds (once) the large synthetic graph that bench:api runs on, with the article writer in batches of
// 500 articles per transaction (fewer where a test's Neo4j has a short transaction timeout), the
// documents taken as they are (no entity resolution); a graph already of the right size is reused.
import type { AnnotationDocument } from '@dossier/model';
import { commitArticles, type PendingArticle } from '../../server/src/ingest/article-writer.js';
import type { Database } from '../../server/src/neo4j/database.js';
import { readCounts } from '../../server/src/neo4j/repositories/index.js';
import { generateCorpus } from '../corpus/generate-corpus.js';

export async function buildGraph(
  db: Database,
  articles: number,
  entities: number,
  seed: number,
  batchSize = 500,
) {
  const counts = await readCounts(db);
  if (counts['Article'] === articles) return counts;
  if (counts['Article']! > 0)
    throw new Error(
      `The bench database holds ${counts['Article']} articles, not ${articles}: delete its folder.`,
    );
  const started = performance.now();
  let batch: PendingArticle[] = [];
  let done = 0;
  const flush = async () => {
    const b = batch;
    batch = [];
    await commitArticles(db, b);
    done += b.length;
    const rate = done / ((performance.now() - started) / 1000);
    process.stderr.write(`\r  building: ${done}/${articles} articles, ${rate.toFixed(0)}/s   `);
  };
  for (const input of generateCorpus({ articles, entities, seed })) {
    batch.push({ text: input.text, doc: input.document as AnnotationDocument, resolve: false });
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length) await flush();
  process.stderr.write('\n');
  return readCounts(db);
}
