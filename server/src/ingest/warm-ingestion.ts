// Warms the ingestion's write transaction before the server takes requests. Each article's transaction
// runs about 30 query texts (resolution reads, the batch write, a merge per relation type, corroboration
// reads and count writes); on a new JVM each is planned by a planner not yet compiled, and the first
// transactions took 8–30 s each in the soak (docs/benchmarks.md, soak, sessions 11 and 12) while every
// ingest sent meanwhile queued behind them, and timed out. So, at start (npm start; DOSSIER_WARM=off skips):
// 1. db.prepareForReplanning: indexes resampled, query caches cleared, so that the plans made next use the
//    statistics of the graph as it now is (a seed just loaded was planned on an empty graph, and its
//    index selectivities change from their defaults at the first sampling, which discards those plans);
// 2. the seed's articles, extracted from their text as POST /api/articles extracts them, written through
//    the ingestion's own transaction (commitArticles) and rolled back: plans cached and Neo4j's code
//    compiled, nothing written. Rounds until one is quick (WARM_ENOUGH_MS), at most MAX_ROUNDS. Nothing
//    in it can stop the start: what fails is said and skipped.
import { extractArticle } from '../extract/index.js';
import type { Database } from '../neo4j/database.js';
import { commitArticles, type PendingArticle } from './article-writer.js';
import { prepareArticle } from './load-articles.js';
import { readSeed } from './seed.js';

/** A round this quick means the write path is planned and compiled. */
export const WARM_ENOUGH_MS = 1500;
export const MAX_ROUNDS = 6;
/** How long db.prepareForReplanning may wait for the index samples (seconds). */
const RESAMPLE_TIMEOUT_S = 60;

export interface WarmReport {
  /** Milliseconds of the resampling and of each rolled-back round, in order. */
  resampleMs: number;
  roundsMs: number[];
  articles: number;
  /** What failed (the warming goes on without it). */
  failures: string[];
}

/** The seed's articles as the ingestion would write them (extracted from their text, resolved). */
export function warmingArticles(): PendingArticle[] {
  return readSeed().flatMap((input) => {
    const article = (input.document as { article?: Record<string, string | null> }).article ?? {};
    const meta = {
      id: article['id'] ?? undefined,
      title: article['title'] ?? undefined,
      outlet: article['outlet'] ?? undefined,
      published: article['published'] ?? null,
    };
    const extracted = extractArticle({ raw: input.text, format: 'text', meta });
    const checked = prepareArticle({ file: input.file, text: extracted.text, document: extracted.document });
    return checked.ok ? [{ text: extracted.text, doc: checked.doc, resolve: true }] : [];
  });
}

/**
 * Warms the ingestion; never throws (a warming that fails, e.g. a round past the transaction timeout on a
 * busy host, leaves the server as it would be without it, and is said in the progress line).
 */
export async function warmIngestion(
  db: Database,
  progress: (line: string) => void = () => {},
): Promise<WarmReport> {
  progress("Warming the ingestion (the seed's articles, rolled back)…");
  let t = performance.now();
  const failures: string[] = [];
  const attempt = async (what: string, work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (err) {
      failures.push(`${what}: ${(err as Error).message.split('\n')[0]}`);
    }
  };
  await attempt('resampling', () =>
    db.write((tx) => tx.run(`CALL db.prepareForReplanning(${RESAMPLE_TIMEOUT_S})`)),
  );
  const resampleMs = performance.now() - t;
  let articles: PendingArticle[] = [];
  await attempt('extraction', async () => (articles = warmingArticles()));
  const roundsMs: number[] = [];
  while (articles.length && roundsMs.length < MAX_ROUNDS) {
    t = performance.now();
    // One transaction per article (as one at a time; small while the planner is cold), then one for all
    // of them (as under a backlog), in turn.
    const round = `round ${roundsMs.length + 1}`;
    if (roundsMs.length % 2 === 0) {
      for (const a of articles) await attempt(round, () => commitArticles(db, [a], { rollBack: true }));
    } else await attempt(round, () => commitArticles(db, articles, { rollBack: true }));
    roundsMs.push(performance.now() - t);
    if (roundsMs.at(-1)! < WARM_ENOUGH_MS) break;
  }
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  progress(
    `Warmed the ingestion (${articles.length} articles, rolled back): resampling ${s(resampleMs)}, ` +
      `rounds ${roundsMs.map(s).join(', ')}` +
      (failures.length ? `; failed: ${failures.join('; ')}` : ''),
  );
  return { resampleMs, roundsMs, articles: articles.length, failures };
}
