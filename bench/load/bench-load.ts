// `npm run bench:load -- --articles 100000 [--entities N] [--seed 7] [--batch 250] [--window 5000] [--sample 200]`:
// generates the synthetic corpus and loads it into an empty managed Neo4j with the real loader (the
// article writer that `npm run ingest` and POST /api/articles use: entity resolution in the
// transaction, many articles per transaction), printing the rate and the time left as it goes. Then a
// table: the rate over `window` articles loaded into 0, N/2 and N articles already in the graph, and,
// at N, the same writer one article per transaction and one statement per item (the baseline), with
// the ratios, all from this run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../server/src/config.js';
import {
  ArticleWriter,
  commitArticles,
  DEFAULT_MAX_BATCH,
  emptyPhaseTimes,
  type PendingArticle,
  type PhaseTimes,
} from '../../server/src/ingest/article-writer.js';
import { prepareArticle } from '../../server/src/ingest/load-articles.js';
import { readCounts } from '../../server/src/neo4j/repositories/index.js';
import { generateCorpus } from '../corpus/generate-corpus.js';
import { argValue, printTable, startBenchNeo4j } from '../bench-neo4j.js';

const articles = argValue('articles', 10_000);
const entities = argValue('entities', Math.max(100, Math.round(articles / 5)));
const seed = argValue('seed', 7);
const maxBatch = argValue('batch', DEFAULT_MAX_BATCH);
const window = Math.min(argValue('window', 5_000), Math.max(1, Math.floor(articles / 2)));
const sample = Math.min(argValue('sample', 200), window);

const name = `load-${articles}`;
fs.rmSync(path.join(PROJECT_ROOT, '.dossier', `bench-${name}`), { recursive: true, force: true });
const { db, stop } = await startBenchNeo4j(name);
const corpus = generateCorpus({ articles: articles + window + 2 * sample, entities, seed });
/** The next generated article, validated as every loaded document is. */
const next = (): PendingArticle => {
  const input = corpus.next().value!;
  const prepared = prepareArticle(input);
  if (!prepared.ok) throw new Error(prepared.errors[0]!.message);
  return { text: input.text, doc: prepared.doc, resolve: true };
};

const loadAverages = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
/** Where the writer's transactions spent their time, over the whole run. */
const phases: PhaseTimes = emptyPhaseTimes();
/** The share of each phase in the time spent since `since` (a copy of `phases` taken then). */
const shares = (since: PhaseTimes) => {
  const spent = Object.entries(phases).map(([k, v]) => [k, v - since[k as keyof PhaseTimes]] as const);
  const all = spent.reduce((a, [, v]) => a + v, 0);
  return spent.map(([k, v]) => `${k} ${((100 * v) / all).toFixed(0)}%`).join(' ');
};

/** Loads `count` articles through the writer, `maxBatch` per transaction; returns when each count was reached. */
async function loadWithWriter(count: number, label: string): Promise<(done: number) => number> {
  const writer = new ArticleWriter(db, { maxBatch, phases });
  const limit = maxBatch * 3;
  const t0 = performance.now();
  const at = new Map<number, number>([[0, t0]]);
  let done = 0;
  let inFlight = 0;
  let wake: (() => void) | null = null;
  let tick = t0;
  let doneAtTick = 0;
  let phasesAtTick = { ...phases };
  let failure: unknown = null;
  for (let i = 0; i < count; i++) {
    while (inFlight >= limit) await new Promise<void>((r) => (wake = r));
    if (failure) throw failure;
    inFlight += 1;
    writer.write(next()).then(
      () => {
        done += 1;
        inFlight -= 1;
        const now = performance.now();
        at.set(done, now);
        if (now - tick > 10_000) {
          const rate = done / ((now - t0) / 1000);
          const recent = (done - doneAtTick) / ((now - tick) / 1000);
          console.error(
            `  ${label}: ${done}/${count} articles, ${rate.toFixed(0)}/s (last 10 s: ${recent.toFixed(0)}/s, ` +
              `${shares(phasesAtTick)}), ${((count - done) / rate).toFixed(0)} s left`,
          );
          tick = now;
          doneAtTick = done;
          phasesAtTick = { ...phases };
        }
        wake?.();
      },
      (err: unknown) => {
        failure = err;
        inFlight -= 1;
        wake?.();
      },
    );
  }
  while (inFlight > 0) await new Promise<void>((r) => (wake = r));
  if (failure) throw failure;
  return (n) => at.get(n)!;
}

/** Loads `count` articles one transaction each (commitArticles), optionally one statement per item. */
async function loadOneByOne(count: number, rowAtATime: boolean): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < count; i++) await commitArticles(db, [next()], { rowAtATime });
  return (performance.now() - t0) / 1000;
}

try {
  console.log(`load averages at the start: ${loadAverages()}`);
  console.error(
    `Loading ${articles} synthetic articles about ${entities} entities (seed ${seed}), ${maxBatch} per transaction…`,
  );
  const half = Math.floor(articles / 2);
  const at = await loadWithWriter(articles, 'loading');
  const total = (at(articles) - at(0)) / 1000;
  console.error(`  ${articles} articles in ${total.toFixed(0)} s (${(articles / total).toFixed(0)}/s)`);
  const more = await loadWithWriter(window, `at ${articles}`);
  const atFull = window / ((more(window) - more(0)) / 1000);
  const oneTx = sample / (await loadOneByOne(sample, false));
  const rowTx = sample / (await loadOneByOne(sample, true));
  const counts = await readCounts(db);

  const at0 = window / ((at(window) - at(0)) / 1000);
  const atHalf = window / ((at(half + window) - at(half)) / 1000);
  printTable([
    {
      'articles in the graph': 0,
      mode: `writer, ${maxBatch}/tx`,
      articles: window,
      'articles/s': at0,
      ratio: '',
    },
    {
      'articles in the graph': half,
      mode: `writer, ${maxBatch}/tx`,
      articles: window,
      'articles/s': atHalf,
      ratio: '',
    },
    {
      'articles in the graph': articles,
      mode: `writer, ${maxBatch}/tx`,
      articles: window,
      'articles/s': atFull,
      ratio: atFull / rowTx,
    },
    {
      'articles in the graph': articles + window,
      mode: 'writer, 1/tx',
      articles: sample,
      'articles/s': oneTx,
      ratio: oneTx / rowTx,
    },
    {
      'articles in the graph': articles + window + sample,
      mode: 'one statement per item, 1/tx (baseline)',
      articles: sample,
      'articles/s': rowTx,
      ratio: 1,
    },
  ]);
  console.log(
    `${articles} articles loaded into an empty database in ${total.toFixed(0)} s (${(articles / total).toFixed(0)} articles/s); ` +
      `batched / one statement per item = ${(atFull / rowTx).toFixed(2)}, batched / 1 article per tx = ${(atFull / oneTx).toFixed(2)}`,
  );
  const inTx = Object.values(phases).reduce((a, b) => a + b, 0);
  console.log(
    `writer's transactions, share of their time: ${shares(emptyPhaseTimes())} (${(inTx / 1000).toFixed(0)} s in all)`,
  );
  console.log(`graph: ${JSON.stringify(counts)}`);
  console.log(`load averages at the end: ${loadAverages()}`);
} finally {
  await stop();
}
