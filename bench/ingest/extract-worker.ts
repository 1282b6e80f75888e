// A worker thread of bench:ingest: imports the extractor (TypeScript, through tsx's loader given in
// execArgv) and extracts the articles it is sent, answering with how many it did and what they held.
import { parentPort } from 'node:worker_threads';
import { extractArticle } from '../../server/src/extract/index.js';
import type { NewsArticle } from '../corpus/news-text.js';

export type WorkerRequest = { kind: 'batch'; articles: NewsArticle[] } | { kind: 'stop' };
export type WorkerReply =
  { kind: 'ready' } | { kind: 'done'; articles: number; entities: number; relations: number; failed: number };

const port = parentPort!;

/** Extracts one article; the caller counts what came out. */
export function extractNews(a: NewsArticle) {
  return extractArticle({
    raw: a.text,
    format: 'text',
    meta: { id: a.id, title: a.title, outlet: a.outlet, published: a.published },
  });
}

port.on('message', (m: WorkerRequest) => {
  if (m.kind === 'stop') {
    port.close();
    return;
  }
  let entities = 0;
  let relations = 0;
  let failed = 0;
  for (const a of m.articles) {
    try {
      const r = extractNews(a);
      entities += r.document.entities.length;
      relations += r.document.relations.length;
    } catch {
      failed += 1;
    }
  }
  const reply: WorkerReply = { kind: 'done', articles: m.articles.length, entities, relations, failed };
  port.postMessage(reply);
});
port.postMessage({ kind: 'ready' } satisfies WorkerReply);
