// `npx tsx bench/soak/ingest-steps.ts [-- --articles 300 --every 50]`: where one POST /api/articles spends its
// time as the archive grows, without the soak's read load. A managed Neo4j on a throw-away data folder (the
// soak's heap and page cache), the seed loaded, then the soak's synthetic articles ingested one after the
// other through ingestArticle (what POST /api/articles calls). Every query the ingestion runs is timed by
// its first line (a query sent while others are pending counts from its sending to its answer); each
// `--every` articles a table: ms and runs per article of extraction, of each query and of the whole.
// A query whose time grows with the article count is what makes the soak's ingests slow.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingestArticle } from '../../server/src/ingest/ingest-article.js';
import { loadSeed } from '../../server/src/ingest/seed.js';
import { extractArticle } from '../../server/src/extract/index.js';
import { Database } from '../../server/src/neo4j/database.js';
import { ensureNeo4jFetched, ManagedNeo4j } from '../../server/src/neo4j/managed/index.js';
import { applySchema } from '../../server/src/neo4j/schema.js';
import { argValue, printTable } from '../bench-neo4j.js';
import { generateNewsCorpus } from '../corpus/news-text.js';

const articles = argValue('articles', 300);
const every = argValue('every', 50);

/** Per query label in the current window: milliseconds and runs. */
let window = new Map<string, { ms: number; runs: number }>();
const add = (label: string, ms: number) => {
  const x = window.get(label) ?? { ms: 0, runs: 0 };
  window.set(label, { ms: x.ms + ms, runs: x.runs + 1 });
};

/** A query's label: its first line with words, shortened. */
function labelOf(query: string): string {
  const line =
    query
      .split('\n')
      .map((l) => l.trim())
      .find((l) => /\w/.test(l) && !l.startsWith('CALL (') && !l.startsWith('WITH b')) ?? '?';
  return line.slice(0, 70);
}

type Tx = Parameters<Parameters<Database['read']>[0]>[0];
function timed(tx: Tx): Tx {
  return new Proxy(tx, {
    get(target, prop, receiver) {
      if (prop !== 'run') return Reflect.get(target, prop, receiver) as unknown;
      return async (query: string, params?: Record<string, unknown>) => {
        const t = performance.now();
        try {
          return await target.run(query, params);
        } finally {
          add(labelOf(query), performance.now() - t);
        }
      };
    },
  });
}
const { read, write } = Database.prototype;
Database.prototype.read = function <T>(work: (tx: Tx) => Promise<T>, timeoutMs?: number) {
  return read.call(this, (tx: Tx) => work(timed(tx)), timeoutMs) as Promise<T>;
};
Database.prototype.write = function <T>(work: (tx: Tx) => Promise<T>) {
  return write.call(this, (tx: Tx) => work(timed(tx))) as Promise<T>;
};

await ensureNeo4jFetched((l) => console.error(l));
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-ingest-steps-'));
const managed = new ManagedNeo4j({
  dataDir,
  heap: '768m',
  pageCache: '256m',
  txTimeoutMs: 120_000,
});
try {
  const c = await managed.start();
  const db = new Database({ ...c, database: 'neo4j' });
  await db.waitUntilAvailable();
  await applySchema(db);
  await loadSeed(db);
  window = new Map();
  const corpus = generateNewsCorpus({ articles, seed: 2026 });
  let n = 0;
  let total = 0;
  for (const a of corpus) {
    const t0 = performance.now();
    await ingestArticle(
      db,
      {
        source: 'request body',
        raw: a.text,
        format: 'text',
        meta: { id: a.id, title: a.title, outlet: a.outlet, published: a.published, url: null },
      },
      {
        extract: (input) => {
          const t = performance.now();
          try {
            return extractArticle(input);
          } finally {
            add('(extract)', performance.now() - t);
          }
        },
      },
    );
    total += performance.now() - t0;
    n += 1;
    if (n % every === 0) {
      const rows = [...window]
        .sort((x, y) => y[1].ms - x[1].ms)
        .map(([label, x]) => ({
          step: label,
          'ms/article': (x.ms / every).toFixed(1),
          'runs/article': (x.runs / every).toFixed(1),
        }));
      const runs = [...window].reduce((n, [label, x]) => n + (label === '(extract)' ? 0 : x.runs), 0);
      rows.push({
        step: '(whole ingest)',
        'ms/article': (total / every).toFixed(1),
        'runs/article': (runs / every).toFixed(1),
      });
      console.log(`\narticles ${n - every + 1}–${n} after the seed`);
      printTable(rows);
      window = new Map();
      total = 0;
    }
  }
  await db.close();
} finally {
  await managed.stop().catch(() => undefined);
  fs.rmSync(dataDir, { recursive: true, force: true });
}
