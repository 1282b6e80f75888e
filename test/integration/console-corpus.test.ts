// The console against the real Neo4j, on two corpora (test/fixtures/console): every valid read query is
// answered, every hostile one is refused with its code and leaves the node and relationship counts as
// they were. Queries go over HTTP four at a time (the limits raised for the test).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCounts, readRelationshipCounts } from '../../server/src/neo4j/repositories/index.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { CORPUS_PARAMS, readCorpus, type CorpusQuery } from '../helpers/console-corpus.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({
    env: {
      CYPHER_RATE_LIMIT: '100000',
      CYPHER_TIMEOUT_MS: '10000',
      CYPHER_MAX_INFLIGHT_PER_CLIENT: '4',
      CYPHER_MAX_INFLIGHT: '4',
    },
  });
});
afterAll(async () => {
  await app?.stop();
});

interface Answer {
  query: string;
  expected?: string;
  status: number;
  code?: string;
}

/** Sends every query, `parallel` at a time. */
async function sendAll(queries: CorpusQuery[], parallel = 4): Promise<Answer[]> {
  const answers: Answer[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < queries.length) {
        const q = queries[next++]!;
        const res = await fetch(`${app.url}/api/cypher`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: q.query, params: CORPUS_PARAMS }),
        });
        const body = (await res.json()) as { error?: { code: string } };
        answers.push({ query: q.query, expected: q.code, status: res.status, code: body.error?.code });
      }
    }),
  );
  return answers;
}

const snapshot = async () => ({ ...(await readCounts(app.db)), ...(await readRelationshipCounts(app.db)) });

describe('the console corpora', () => {
  it('when each valid read query is sent, then every one is answered', async () => {
    const corpus = readCorpus('valid-reads');
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    const failed = (await sendAll(corpus)).filter((a) => a.status !== 200);
    expect(failed).toEqual([]);
  }, 240_000);

  it('when each hostile query is sent, then every one is refused with its code and nothing changes', async () => {
    const corpus = readCorpus('hostile');
    expect(corpus.length).toBeGreaterThanOrEqual(100);
    const before = await snapshot();
    const answers = await sendAll(corpus);
    const wrong = answers.filter(
      (a) =>
        a.status < 400 ||
        a.status >= 500 ||
        !a.code ||
        (a.expected !== 'ANY' && a.expected !== undefined && a.code !== a.expected),
    );
    expect(wrong).toEqual([]);
    expect(await snapshot()).toEqual(before);
  }, 240_000);
});
