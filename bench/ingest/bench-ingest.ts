// `npm run bench:ingest [-- --articles 10000 --workers 2 --load 1000 --rounds 3 --load-rounds 2 --seed 5]`: generates a seeded corpus
// of synthetic news articles as raw TEXT, then measures in one run
//  (a) extraction (server/src/extract) in articles/s: one worker thread against K worker threads (the
//      same batches, pulled from one queue), in `--rounds` alternating rounds, medians compared, so the
//      ratio shows how it scales over cores;
//  (b) loading the extracted documents of the first `--load` articles into a managed Neo4j on a
//      throw-away data folder and a free port: the real loader (the article writer: entity resolution
//      and many articles per transaction) against one statement per item and one transaction per
//      article, each into an empty database, `--load-rounds` rounds (2: in opposite orders), medians
//      compared. `--rounds 0` skips (a), for a run that measures loading only. Both must
//      build the same graph (node and relationship counts): the run fails (exit code 1) when they differ.
// Workers run TypeScript through tsx's ESM API (see startWorker); the extractor is pure, so workers
// share nothing but the messages.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { extractArticle } from '../../server/src/extract/index.js';
import { ArticleWriter, commitArticles } from '../../server/src/ingest/article-writer.js';
import { prepareArticle, type ArticleInput } from '../../server/src/ingest/load-articles.js';
import { Database } from '../../server/src/neo4j/database.js';
import { ensureNeo4jFetched, ManagedNeo4j } from '../../server/src/neo4j/managed/index.js';
import { readCounts, readRelationshipCounts } from '../../server/src/neo4j/repositories/index.js';
import { applySchema } from '../../server/src/neo4j/schema.js';
import { argValue, printTable } from '../bench-neo4j.js';
import { generateNewsCorpus, type NewsArticle } from '../corpus/news-text.js';
import type { WorkerReply, WorkerRequest } from './extract-worker.js';

const articles = argValue('articles', 10_000);
const workers = argValue('workers', 2);
const loadCount = Math.min(articles, argValue('load', 1000));
const seed = argValue('seed', 5);
const rounds = argValue('rounds', 3);
const loadRounds = argValue('load-rounds', 2);
const BATCH = 50;

/**
 * A worker running extract-worker.ts. Node 20's `execArgv: ['--import', 'tsx']` does not apply tsx's
 * hooks to a worker's own entry file ("Unknown file extension .ts"), so a two-line module registers
 * tsx's ESM loader inside the worker first, then imports the TypeScript entry.
 */
function startWorker(): Promise<Worker> {
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./extract-worker.ts', import.meta.url).href;
  const w = new Worker(
    `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`,
    { eval: true },
  );
  return new Promise((resolve, reject) => {
    w.once('error', reject);
    w.once('message', (m: WorkerReply) => (m.kind === 'ready' ? resolve(w) : reject(new Error('not ready'))));
  });
}

interface ExtractRun {
  workers: number;
  seconds: number;
  articles: number;
  entities: number;
  relations: number;
  failed: number;
}

/** Extracts `corpus` with `n` workers pulling batches from one queue; the clock starts once all are ready. */
async function extractWithWorkers(corpus: NewsArticle[], n: number): Promise<ExtractRun> {
  const pool = await Promise.all(Array.from({ length: n }, startWorker));
  // Warm up each worker (compromise builds its lexicon lazily) outside the clock.
  await Promise.all(pool.map((w) => send(w, corpus.slice(0, 5))));
  const run: ExtractRun = { workers: n, seconds: 0, articles: 0, entities: 0, relations: 0, failed: 0 };
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    pool.map(async (w) => {
      while (next < corpus.length) {
        const batch = corpus.slice(next, next + BATCH);
        next += BATCH;
        const r = await send(w, batch);
        run.articles += r.articles;
        run.entities += r.entities;
        run.relations += r.relations;
        run.failed += r.failed;
      }
    }),
  );
  run.seconds = (performance.now() - t0) / 1000;
  for (const w of pool) w.postMessage({ kind: 'stop' } satisfies WorkerRequest);
  await Promise.all(pool.map((w) => w.terminate()));
  return run;
}

function send(w: Worker, batch: NewsArticle[]): Promise<Extract<WorkerReply, { kind: 'done' }>> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    w.once('error', onError);
    w.once('message', (m: WorkerReply) => {
      w.off('error', onError);
      if (m.kind === 'done') resolve(m);
      else reject(new Error('unexpected reply'));
    });
    w.postMessage({ kind: 'batch', articles: batch } satisfies WorkerRequest);
  });
}

/**
 * Empties the database in chunks, relationships first: a chunk of nodes with DETACH DELETE also takes every
 * relationship of its hubs (a country mentioned by most articles), which outgrew the managed Neo4j's
 * per-transaction memory limit (an eighth of the 1 GB heap) once the extractor linked more per article.
 */
async function wipe(db: Database): Promise<void> {
  const inChunks = async (query: string) => {
    for (;;) {
      const r = await db.write((tx) => tx.run(query));
      if (Number(r.records[0]!.get('n')) === 0) return;
    }
  };
  await inChunks('MATCH ()-[r]->() WITH r LIMIT 20000 DELETE r RETURN count(*) AS n');
  await inChunks('MATCH (n) WITH n LIMIT 5000 DELETE n RETURN count(*) AS n');
}

/** The baseline: the same writer one article per transaction, one item per statement. */
async function loadRowAtATime(db: Database, input: ArticleInput): Promise<void> {
  const prepared = prepareArticle(input);
  if (!prepared.ok) throw new Error(`invalid document ${input.file}`);
  await commitArticles(db, [{ text: input.text, doc: prepared.doc, resolve: true }], { rowAtATime: true });
}

/** The real loader: the article writer, articles queued together and resolved as ingestion does. */
async function loadWithWriter(db: Database, inputs: ArticleInput[]): Promise<void> {
  const writer = new ArticleWriter(db);
  await Promise.all(
    inputs.map((input) => {
      const prepared = prepareArticle(input);
      if (!prepared.ok) throw new Error(`invalid document ${input.file}`);
      return writer.write({ text: input.text, doc: prepared.doc, resolve: true });
    }),
  );
}

const rate = (n: number, s: number) => n / s;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

console.error(`Generating ${articles} synthetic news articles (seed ${seed})…`);
let t = performance.now();
const corpus = [...generateNewsCorpus({ articles, seed })];
const chars = corpus.reduce((s, a) => s + a.text.length, 0);
console.error(
  `  ${((performance.now() - t) / 1000).toFixed(1)} s, ${(chars / articles).toFixed(0)} characters per article on average`,
);

// (a) extraction: rounds alternate 1 worker and K workers, so that load from other work on the machine
// falls on both; the table gives the median of each.
const ones: ExtractRun[] = [];
const manys: ExtractRun[] = [];
for (let round = 1; round <= rounds; round++) {
  for (const n of round % 2 ? [1, workers] : [workers, 1]) {
    const r = await extractWithWorkers(corpus, n);
    (n === 1 ? ones : manys).push(r);
    console.error(`  round ${round}, ${n} worker(s): ${rate(r.articles, r.seconds).toFixed(1)} articles/s`);
  }
}
const oneRate = median(ones.map((r) => rate(r.articles, r.seconds)));
const manyRate = median(manys.map((r) => rate(r.articles, r.seconds)));

// The documents to load, extracted on the main thread (a third reading of the single-core rate).
t = performance.now();
const inputs: ArticleInput[] = corpus.slice(0, loadCount).map((a) => {
  const r = extractArticle({
    raw: a.text,
    format: 'text',
    meta: { id: a.id, title: a.title, outlet: a.outlet, published: a.published },
  });
  return { file: `${a.id}.txt`, text: r.text, document: r.document };
});
const mainSeconds = (performance.now() - t) / 1000;
const loadable = inputs.filter((i) => prepareArticle(i).ok);
if (loadable.length < inputs.length)
  console.error(
    `  ${inputs.length - loadable.length} extracted documents do not validate; they are not loaded`,
  );

// (b) loading: each mode into an empty database; rounds in alternating orders.
console.error(`Loading ${loadable.length} extracted articles into a throw-away managed Neo4j…`);
await ensureNeo4jFetched((l) => console.error(l));
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-ingest-'));
const managed = new ManagedNeo4j({ dataDir, heap: '1g', pageCache: '512m', txTimeoutMs: 120_000 });
const stopAll = async () => {
  await managed.stop().catch(() => undefined);
  fs.rmSync(dataDir, { recursive: true, force: true });
};
process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));
const rows: Record<string, string | number>[] = [];
const loadSeconds = { batched: [] as number[], row: [] as number[] };
let graph = '';
/** Set when the two loaders' graphs differ: the run then fails (exit code 1) after its table. */
let differ = '';
try {
  const c = await managed.start();
  const db = new Database({ ...c, database: 'neo4j' });
  await db.waitUntilAvailable();
  await applySchema(db);
  // Warm-up (JIT, query plans) outside the clock.
  await loadWithWriter(db, loadable.slice(0, 50));
  for (const input of loadable.slice(0, 50)) await loadRowAtATime(db, input);
  const graphs: Record<string, string> = {};
  for (let round = 0; round < loadRounds; round++) {
    const order = round % 2 ? (['row', 'batched'] as const) : (['batched', 'row'] as const);
    for (const mode of order) {
      await wipe(db);
      t = performance.now();
      if (mode === 'row') for (const input of loadable) await loadRowAtATime(db, input);
      else await loadWithWriter(db, loadable);
      const seconds = (performance.now() - t) / 1000;
      loadSeconds[mode].push(seconds);
      console.error(`  ${mode}: ${rate(loadable.length, seconds).toFixed(1)} articles/s`);
      graphs[mode] = JSON.stringify({ ...(await readCounts(db)), ...(await readRelationshipCounts(db)) });
    }
  }
  await db.close();
  if (graphs['row'] !== graphs['batched']) {
    differ = `the two modes built different graphs:\n  batched: ${graphs['batched']}\n  row:     ${graphs['row']}`;
    console.error(`  ${differ}`);
  }
  graph = graphs['batched']!;

  const batchedRate = median(loadSeconds.batched.map((s) => rate(loadable.length, s)));
  const rowRate = median(loadSeconds.row.map((s) => rate(loadable.length, s)));
  const runs = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(' / ');
  rows.push(
    {
      stage: 'extract, main thread (load subset, 1 run)',
      articles: inputs.length,
      's per run': mainSeconds.toFixed(1),
      'articles/s (median)': rate(inputs.length, mainSeconds),
      ratio: '',
    },
    {
      stage: 'extract, 1 worker (1 core)',
      articles: articles,
      's per run': runs(ones.map((r) => r.seconds)),
      'articles/s (median)': oneRate,
      ratio: 1,
    },
    {
      stage: `extract, ${workers} workers`,
      articles: articles,
      's per run': runs(manys.map((r) => r.seconds)),
      'articles/s (median)': manyRate,
      ratio: manyRate / oneRate,
    },
    {
      stage: 'load, real loader (article writer, batches)',
      articles: loadable.length,
      's per run': runs(loadSeconds.batched),
      'articles/s (median)': batchedRate,
      ratio: batchedRate / rowRate,
    },
    {
      stage: 'load, one statement per item, 1 tx/article',
      articles: loadable.length,
      's per run': runs(loadSeconds.row),
      'articles/s (median)': rowRate,
      ratio: 1,
    },
  );
} finally {
  await stopAll();
}
console.log(
  `\nbench:ingest — ${articles} articles (seed ${seed}, ${(chars / articles).toFixed(0)} chars each on average), ` +
    `${workers} workers, ${rounds} extraction rounds, load subset ${loadable.length} (${loadRounds} rounds), ${os.cpus().length} cores`,
);
printTable(rows);
const failed = [...ones, ...manys].reduce((n, r) => n + r.failed, 0);
const first = ones[0];
if (first)
  console.log(
    `extracted per article: ${(first.entities / first.articles).toFixed(1)} entities, ${(first.relations / first.articles).toFixed(1)} relations` +
      (failed ? `; ${failed} extractions threw` : ''),
  );
console.log(`graph after each load: ${graph}`);
console.log(
  `ratios: ${workers} workers / 1 worker = ${(manyRate / oneRate).toFixed(2)}; ` +
    `batched / row-at-a-time = ${typeof rows[3]?.['ratio'] === 'number' ? rows[3]['ratio'].toFixed(2) : 'n/a'}`,
);
if (differ) {
  console.error(`\nFAILED: ${differ}`);
  process.exitCode = 1;
}
