// `npm run bench:load -- --articles 100000 [--entities 20000] [--seed 7]`: generates the synthetic
// corpus and loads it with the real loader (one transaction per article), printing throughput as it
// goes and a table at the end, with the ratio against loading a sample of the same articles one row
// (one statement per item) at a time. Loading is idempotent: a rerun replaces the same articles.
import { loadArticle } from '../../server/src/ingest/load-articles.js';
import { documentToRows } from '../../server/src/ingest/to-rows.js';
import type { AnnotationDocument } from '@dossier/model';
import { readCounts } from '../../server/src/neo4j/repositories/index.js';
import {
  retractArticle,
  writeArticleRowAtATime,
} from '../../server/src/neo4j/repositories/article-writes.js';
import { generateCorpus } from '../corpus/generate-corpus.js';
import { argValue, printTable, startBenchNeo4j } from '../bench-neo4j.js';

const articles = argValue('articles', 10_000);
const entities = argValue('entities', Math.max(100, Math.round(articles / 5)));
const seed = argValue('seed', 7);
const sample = Math.min(500, articles);

const { db, stop } = await startBenchNeo4j(`load-${articles}`);
try {
  console.error(`Loading ${articles} synthetic articles about ${entities} entities (seed ${seed})…`);
  let done = 0;
  let t0 = performance.now();
  let tick = t0;
  for (const input of generateCorpus({ articles, entities, seed })) {
    const outcome = await loadArticle(db, input);
    if (!outcome.ok) throw new Error(outcome.message);
    done += 1;
    if (performance.now() - tick > 5000) {
      tick = performance.now();
      const rate = done / ((tick - t0) / 1000);
      console.error(
        `  ${done}/${articles} articles, ${rate.toFixed(0)}/s, ETA ${((articles - done) / rate).toFixed(0)} s`,
      );
    }
  }
  const batchedSeconds = (performance.now() - t0) / 1000;

  // Baseline: the same writes for a sample, one item per statement (no UNWIND batching).
  t0 = performance.now();
  let n = 0;
  for (const input of generateCorpus({ articles: sample, entities, seed })) {
    const rows = documentToRows(input.document as AnnotationDocument, input.text);
    await db.write(async (tx) => {
      await retractArticle(tx, rows.article.id);
      await writeArticleRowAtATime(tx, rows);
    });
    n += 1;
  }
  const rowSeconds = (performance.now() - t0) / 1000;
  const counts = await readCounts(db);
  const batchedRate = articles / batchedSeconds;
  const rowRate = n / rowSeconds;
  printTable([
    {
      mode: 'batched UNWIND, 1 tx/article',
      articles,
      seconds: batchedSeconds,
      'articles/s': batchedRate,
      ratio: batchedRate / rowRate,
    },
    {
      mode: 'one row per statement (baseline)',
      articles: n,
      seconds: rowSeconds,
      'articles/s': rowRate,
      ratio: 1,
    },
  ]);
  console.log(`graph: ${JSON.stringify(counts)}`);
} finally {
  await stop();
}
