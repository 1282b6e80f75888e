// The one way articles get into the graph (npm run ingest, POST /api/articles, the seed, the benchmarks):
// a writer per database, fed by a queue. It writes the articles waiting in the queue together, in one
// transaction: take the ingestion lock; read what entity resolution needs for all of them (nodes by id,
// then full-text terms the ids leave open); resolve them in order; write all of them, each retracting its
// earlier version first (one query, then one per relation type). Articles queued while a batch commits
// form the next batch, so a busy writer commits many articles per transaction and an idle one answers a
// lone article at once.
//
// Per-article atomicity: when a batch fails, each of its articles is written again in a transaction of
// its own, so one bad article fails alone and leaves nothing behind, and the others load.
// Race freedom: the lock serialises loading across processes and servers, and resolution runs after it,
// inside the transaction: two ingests naming the same new person make one node.
import type { AnnotationDocument } from '@dossier/model';
import type { Database } from '../neo4j/database.js';
import {
  takeIngestionLock,
  writeArticleRowAtATime,
  writeArticles,
  type ArticleWrite,
} from '../neo4j/repositories/article-writes.js';
import { readResolutionContext, type ResolutionContext } from '../neo4j/repositories/resolution-reads.js';
import { batchIds, batchTerms, resolveBatch } from './resolve/batch.js';
import type { ResolutionOutcome } from './resolve/index.js';
import { documentToRows } from './to-rows.js';

/** A validated article waiting to be written. */
export interface PendingArticle {
  text: string;
  doc: AnnotationDocument;
  /** Resolve its entities against the graph (ingestion), or take its ids as node ids (the seed). */
  resolve: boolean;
  /** The hash of the input it was made from, kept on the Article node (see read-input.ts). */
  sourceHash?: string | null;
}

export interface LoadCounts {
  entities: number;
  events: number;
  statements: number;
  relations: number;
}

export interface WrittenArticle {
  articleId: string;
  /** The document as written (node ids), each entity's resolution, warnings and notes. */
  outcome: ResolutionOutcome;
  counts: LoadCounts;
}

export interface CommitOptions {
  /** The benchmarks' baseline: one statement per item instead of one query for the batch. */
  rowAtATime?: boolean;
  /** Milliseconds spent per phase of a transaction, added up (bench:load shows where time goes). */
  phases?: PhaseTimes;
  /** Run every query of the transaction, then roll it back: nothing is written (warm-ingestion.ts). */
  rollBack?: boolean;
}

/** Thrown inside a transaction to roll it back once its work is done (CommitOptions.rollBack). */
class RolledBack extends Error {
  constructor(readonly written: WrittenArticle[]) {
    super('rolled back on purpose');
  }
}

/** Where a transaction's time goes: the lock, resolution's reads, resolution itself, the writes, the commit. */
export interface PhaseTimes {
  lock: number;
  read: number;
  resolve: number;
  write: number;
  commit: number;
}

export const emptyPhaseTimes = (): PhaseTimes => ({ lock: 0, read: 0, resolve: 0, write: 0, commit: 0 });

const EMPTY_CONTEXT: ResolutionContext = { found: new Map(), loaded: new Map() };

/** A transaction as Database.read and Database.write hand it (the driver's type stays in neo4j/). */
type Transaction = Parameters<Parameters<Database['read']>[0]>[0];

/** What resolving `docs` needs from the graph: nodes by id first, then full-text terms the ids leave open. */
function readContext(
  tx: Transaction,
  docs: AnnotationDocument[],
  articleIds: string[],
): Promise<ResolutionContext> {
  if (docs.length === 0) return Promise.resolve(EMPTY_CONTEXT);
  return readResolutionContext(tx, { articleIds, ids: batchIds(docs) }, (known) => batchTerms(docs, known));
}

function toWrite(article: PendingArticle, outcome: ResolutionOutcome, replaces: boolean): ArticleWrite {
  return {
    ...documentToRows(outcome.document, article.text),
    replaces,
    load: {
      sourceHash: article.sourceHash ?? null,
      resolvedFrom: outcome.resolution.map((r) => r.extractedId),
      resolvedTo: outcome.resolution.map((r) => r.resolvedId),
      resolvedRules: outcome.resolution.map((r) => r.rule),
      notes: outcome.notes,
    },
  };
}

/** Writes articles in one transaction, in order; all of them commit, or none. */
export async function commitArticles(
  db: Database,
  articles: PendingArticle[],
  options: CommitOptions = {},
): Promise<WrittenArticle[]> {
  const phases = options.phases;
  let mark = performance.now();
  /** Adds the time since the last mark to a phase. */
  const lap = (phase: keyof PhaseTimes) => {
    const now = performance.now();
    if (phases) phases[phase] += now - mark;
    mark = now;
  };
  const work = db.write(async (tx) => {
    mark = performance.now();
    await takeIngestionLock(tx);
    lap('lock');
    const resolving = articles.filter((a) => a.resolve).map((a) => a.doc);
    const context = await readContext(
      tx,
      resolving,
      articles.map((a) => a.doc.article.id),
    );
    lap('read');
    const outcomes = resolveBatch(articles, context);
    // The read found which of the batch's articles the graph holds (none read: any may be there).
    const replaces = (id: string) => resolving.length === 0 || context.loaded.has(id);
    const writes = articles.map((a, i) => toWrite(a, outcomes[i]!, replaces(a.doc.article.id)));
    lap('resolve');
    if (options.rowAtATime) {
      for (const w of writes) await writeArticleRowAtATime(tx, w);
    } else await writeArticles(tx, writes);
    lap('write');
    const written = writes.map((w, i) => ({
      articleId: w.article.id,
      outcome: outcomes[i]!,
      counts: {
        entities: w.entities.length,
        events: w.events.length,
        statements: w.statements.length,
        relations: w.relations.length,
      },
    }));
    if (options.rollBack) throw new RolledBack(written);
    return written;
  });
  const written = await work.catch((err: unknown) => {
    if (err instanceof RolledBack) return err.written;
    throw err;
  });
  lap('commit');
  return written;
}

/** Reads what resolution needs for documents and resolves them, writing nothing (a dry run). */
export async function resolveOnly(db: Database, docs: AnnotationDocument[]): Promise<ResolutionOutcome[]> {
  const context = await db.read((tx) =>
    readContext(
      tx,
      docs,
      docs.map((d) => d.article.id),
    ),
  );
  return resolveBatch(
    docs.map((doc) => ({ doc, resolve: true })),
    context,
  );
}

interface Job {
  article: PendingArticle;
  resolve(written: WrittenArticle): void;
  reject(err: unknown): void;
}

export interface WriterOptions extends CommitOptions {
  /** Articles per transaction at most. */
  maxBatch?: number;
}

export const DEFAULT_MAX_BATCH = 250;
/**
 * Text per transaction at most (UTF-16 code units; a lone larger article goes alone): a transaction's state
 * stays well under the managed Neo4j's per-transaction memory limit (an eighth of the heap).
 */
export const MAX_BATCH_TEXT = 8_000_000;

/** A queue of articles and the loop that writes them, a batch per transaction. */
export class ArticleWriter {
  private readonly queue: Job[] = [];
  private running = false;
  /** Transactions committed, articles written, and articles written again alone after a batch failed. */
  readonly stats = { transactions: 0, articles: 0, retriedAlone: 0 };

  constructor(
    private readonly db: Database,
    private readonly options: WriterOptions = {},
  ) {}

  /** Articles waiting for a transaction (not counting the batch being written). */
  get waiting(): number {
    return this.queue.length;
  }

  /** Queues an article; resolves once it is committed, rejects with its own error if it failed. */
  write(article: PendingArticle): Promise<WrittenArticle> {
    return new Promise((resolve, reject) => {
      this.queue.push({ article, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    // Let the articles submitted in the same turn of the event loop (a burst of requests, a caller's
    // loop) join the first batch.
    await new Promise<void>((r) => setImmediate(r));
    try {
      while (this.queue.length) {
        const batch = this.take();
        try {
          const written = await commitArticles(
            this.db,
            batch.map((j) => j.article),
            this.options,
          );
          this.count(batch.length);
          batch.forEach((j, i) => j.resolve(written[i]!));
        } catch (err) {
          if (batch.length === 1) batch[0]!.reject(err);
          else await this.oneByOne(batch);
        }
      }
    } finally {
      this.running = false;
    }
  }

  private count(articles: number): void {
    this.stats.transactions += 1;
    this.stats.articles += articles;
  }

  /** After a batch failed: each article in a transaction of its own. */
  private async oneByOne(batch: Job[]): Promise<void> {
    this.stats.retriedAlone += batch.length;
    for (const job of batch) {
      try {
        const written = await commitArticles(this.db, [job.article], this.options);
        this.count(1);
        job.resolve(written[0]!);
      } catch (err) {
        job.reject(err);
      }
    }
  }

  /** The next batch: queued articles in order, up to maxBatch and MAX_BATCH_TEXT, never the same article twice. */
  private take(): Job[] {
    const max = this.options.maxBatch ?? DEFAULT_MAX_BATCH;
    const batch: Job[] = [];
    const ids = new Set<string>();
    let text = 0;
    while (this.queue.length && batch.length < max) {
      const { doc, text: next } = this.queue[0]!.article;
      if (ids.has(doc.article.id) || (batch.length && text + next.length > MAX_BATCH_TEXT)) break;
      ids.add(doc.article.id);
      text += next.length;
      batch.push(this.queue.shift()!);
    }
    return batch;
  }
}

const writers = new WeakMap<Database, ArticleWriter>();

/** The process's writer for this database: every load in the process goes through its queue. */
export function writerFor(db: Database): ArticleWriter {
  let writer = writers.get(db);
  if (!writer) writers.set(db, (writer = new ArticleWriter(db)));
  return writer;
}
