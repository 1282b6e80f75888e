// The console's limits against the real Neo4j: a query that needs too much memory gets QUERY_TOO_LARGE while
// health keeps answering quickly; every request is answered by the deadline; a client gets at most a few
// queries in flight (429 with Retry-After past them), and the schema for completion answers even then.
// Each test leaves the shared Neo4j healthy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, postJson, startTestApp, type TestApp } from '../helpers/app.js';

// Long enough for the memory query to reach the transaction memory limit on a busy machine (5.6 s at load
// average 9 on 2 cores, where a 6 s limit answered QUERY_TIMEOUT instead in 2 runs of 4).
const TIMEOUT_MS = 10_000;
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({
    env: {
      CYPHER_TIMEOUT_MS: String(TIMEOUT_MS),
      CYPHER_MAX_INFLIGHT_PER_CLIENT: '2',
      CYPHER_MAX_INFLIGHT: '4',
    },
  });
});
afterAll(async () => {
  await app?.stop();
});

type ErrorBody = { error: { code: string; message: string; hint?: string } };
const cypher = (query: string, params?: unknown) =>
  postJson<ErrorBody & { rows: unknown[][] }>(`${app.url}/api/cypher`, { query, params });
const SLOW = 'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n';

describe('the console limits', () => {
  it('when a query collects too much, then it gets QUERY_TOO_LARGE and health answers within 2 s meanwhile', async () => {
    let done = false;
    const memory = cypher('UNWIND range(1, 30000000) AS x WITH collect(x) AS c RETURN size(c)').finally(
      () => {
        done = true;
      },
    );
    const healthTimes: number[] = [];
    while (!done) {
      const t = performance.now();
      const health = await getJson(`${app.url}/api/health`);
      healthTimes.push(performance.now() - t);
      expect(health.status).toBe(200);
      await new Promise((r) => setTimeout(r, 100));
    }
    const { status, body } = await memory;
    expect(status).toBe(422);
    expect(body.error.code).toBe('QUERY_TOO_LARGE');
    expect(body.error.hint).toBeTruthy();
    expect(healthTimes.length).toBeGreaterThan(0);
    expect(Math.max(...healthTimes)).toBeLessThan(2000);
  });

  it.each([
    ['a string built in reduce', "RETURN size(reduce(s = '', x IN range(1, 2000000) | s + 'xxxxxxxxxx'))"],
    ['a long scan', SLOW],
    ['every path of any length', 'MATCH p = (a)-[*]-(b) RETURN count(p) AS n'],
  ])('when %s runs, then it is answered within the time limit + 2 s with a code', async (_name, query) => {
    const started = Date.now();
    const { status, body } = await cypher(query);
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 2000);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(600);
    expect(['QUERY_TIMEOUT', 'QUERY_TOO_LARGE']).toContain(body.error.code);
    if (body.error.code === 'QUERY_TIMEOUT') expect([408, 504]).toContain(status);
  });

  it('when a client sends more queries at once than allowed, then the rest get 429 with Retry-After', async () => {
    // A query answered QUERY_TIMEOUT keeps its slot until Neo4j has really stopped it (the transaction
    // monitor and TERMINATE take a moment past the deadline): the earlier tests' slow queries may still
    // hold this client's slots. Start once two quick queries are admitted together.
    await untilSlotsFree(2);
    const send = () =>
      fetch(`${app.url}/api/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SLOW }),
      });
    const running = [send(), send()];
    // Both are admitted as soon as they are parsed (a few ms); both run until the deadline (10 s).
    await new Promise((r) => setTimeout(r, 1000));
    const third = await send();
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await third.json()) as ErrorBody).error.code).toBe('TOO_MANY_QUERIES');
    // The console's completion reads the schema elsewhere: it takes no slot, so it answers meanwhile.
    const schema = await getJson<{ labels: string[]; relationshipTypes: string[]; propertyKeys: string[] }>(
      `${app.url}/api/schema`,
    );
    expect(schema.status).toBe(200);
    expect(schema.body.labels).toContain('Person');
    expect(schema.body.relationshipTypes).toContain('MET');
    expect(schema.body.propertyKeys).toContain('name');
    const statuses = (await Promise.all(running)).map((r) => r.status);
    expect(statuses).toEqual([504, 504]);
    // The slots are free again once Neo4j has stopped the two queries.
    await untilSlotsFree(2);
  });
});

/** Resolves once `n` quick queries sent together are all answered (none refused 429); fails after 15 s. */
async function untilSlotsFree(n: number): Promise<void> {
  await expect
    .poll(
      async () => {
        const answers = await Promise.all(Array.from({ length: n }, () => cypher('RETURN 1 AS one')));
        return answers.map((a) => a.status);
      },
      { timeout: 15_000, interval: 250 },
    )
    .toEqual(Array.from({ length: n }, () => 200));
}
