// The Cypher console against a real Neo4j: every kind of write or escape is refused with a code and
// changes nothing; reads run, are capped (rows, and the size of their JSON) and say so; a runaway query stops
// at the timeout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCounts, readRelationshipCounts } from '../../server/src/neo4j/repositories/index.js';
import type { CypherResponse } from '@dossier/model';
import { getJson, postJson, startTestApp, type TestApp } from '../helpers/app.js';

const RESULT_MAX_BYTES = 1_000_000;
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({
    env: {
      CYPHER_ROW_CAP: '1000',
      CYPHER_TIMEOUT_MS: '2000',
      CYPHER_RESULT_MAX_BYTES: String(RESULT_MAX_BYTES),
    },
  });
});
afterAll(async () => {
  await app?.stop();
});

const snapshot = async () => ({ ...(await readCounts(app.db)), ...(await readRelationshipCounts(app.db)) });
type Refusal = { error: { code: string; message: string; hint?: string } };

const REFUSED: [string, string][] = [
  ['CREATE', "CREATE (n:Person {id: 'person:intruder', name: 'Intruder'}) RETURN n"],
  ['MERGE', "MERGE (n:Person {id: 'person:intruder'}) RETURN n"],
  ['SET', "MATCH (n:Person {id: 'person:anatoly-antonov'}) SET n.name = 'X' RETURN n"],
  ['DELETE', 'MATCH ()-[r:MENTIONED_IN]->() DELETE r'],
  ['DETACH DELETE', 'MATCH (n) DETACH DELETE n'],
  ['REMOVE', "MATCH (n:Person {id: 'person:anatoly-antonov'}) REMOVE n.name RETURN n"],
  ['LOAD CSV from a file', "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row"],
  ['LOAD CSV from a URL', "LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS row RETURN row"],
  ['dbms procedure', 'CALL dbms.listConfig()'],
  ['SHOW', 'SHOW DATABASES'],
  ['two statements', 'MATCH (n) RETURN count(n); MATCH (m) DETACH DELETE m'],
  ['IN TRANSACTIONS', 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS'],
  ['db.createLabel', "CALL db.createLabel('Intruder')"],
  ['schema: create index', 'CREATE INDEX intruder FOR (n:Person) ON (n.description)'],
  ['schema: drop constraint', 'DROP CONSTRAINT person_id'],
  ['lower-case write hidden by a comment', 'match (n) /* read */ detach /* only */ delete n'],
];

describe('the Cypher console', () => {
  it.each(REFUSED)(
    'when the query is %s, then it is refused with a code and nothing changes',
    async (_name, query) => {
      const before = await snapshot();
      const { status, body } = await postJson<Refusal>(`${app.url}/api/cypher`, { query });
      expect(status).toBe(400);
      expect(body.error.code).toMatch(/^[A-Z_]+$/);
      expect(body.error.message.length).toBeGreaterThan(10);
      expect(await snapshot()).toEqual(before);
    },
  );

  it('when a read query runs, then columns, rows and a graph come back', async () => {
    const { status, body } = await postJson<CypherResponse>(`${app.url}/api/cypher`, {
      query: 'MATCH (a:Person)-[r:RECALLED|MET]-(b) RETURN a, r, b LIMIT 20',
    });
    expect(status).toBe(200);
    expect(body.columns).toEqual(['a', 'r', 'b']);
    expect(body.rows.length).toBeGreaterThan(0);
    expect(body.graph.nodes.length).toBeGreaterThan(1);
    expect(body.graph.edges.length).toBeGreaterThan(0);
    expect(body.summary.truncated).toBe(false);
  });

  it('when a query uses parameters, allowed procedures and keywords inside strings, then it runs', async () => {
    const byParam = await postJson<CypherResponse>(`${app.url}/api/cypher`, {
      query: "MATCH (p:Person {id: $id}) WHERE p.name <> 'CREATE SET DELETE' RETURN p.name AS name",
      params: { id: 'person:anatoly-antonov' },
    });
    expect(byParam.status).toBe(200);
    expect(byParam.body.rows).toEqual([['Anatoly Antonov']]);
    const labels = await postJson<CypherResponse>(`${app.url}/api/cypher`, {
      query: 'CALL db.labels() YIELD label RETURN label ORDER BY label',
    });
    expect(labels.status).toBe(200);
    expect(labels.body.rows.flat()).toContain('Person');
  });

  it('when a query returns more rows than the cap, then it is cut and says so', async () => {
    const { status, body } = await postJson<CypherResponse>(`${app.url}/api/cypher`, {
      query: 'UNWIND range(1, 5000) AS x RETURN x',
    });
    expect(status).toBe(200);
    expect(body.rows).toHaveLength(1000);
    expect(body.summary).toMatchObject({ rows: 1000, truncated: true, cutBy: 'rows', cap: 1000 });
  });

  it('when rows of big strings add up past the size cap, then they are cut there and the answer says so', async () => {
    const s = 'x'.repeat(50_000);
    const { status, body } = await postJson<CypherResponse>(`${app.url}/api/cypher`, {
      query: 'UNWIND range(1, 1000) AS i RETURN i, $s AS s',
      params: { s },
    });
    expect(status).toBe(200);
    expect(body.summary).toMatchObject({ truncated: true, cutBy: 'size', rows: 19 });
    expect(body.rows).toHaveLength(19);
    expect(body.rows[18]).toEqual([19, s]);
    expect(JSON.stringify(body.rows).length).toBeLessThanOrEqual(RESULT_MAX_BYTES);
  });

  it('when one row alone is larger than the size cap, then it is refused RESULT_TOO_LARGE with a hint', async () => {
    const { status, body } = await postJson<Refusal>(`${app.url}/api/cypher`, {
      query: 'RETURN [x IN range(1, 30) | $s] AS big',
      params: { s: 'x'.repeat(50_000) },
    });
    expect(status).toBe(422);
    expect(body.error.code).toBe('RESULT_TOO_LARGE');
    expect(body.error.hint).toMatch(/size\(list\)/);
    // A list too large to build is refused before it runs, by the static bounds of range().
    const refused = await postJson<Refusal>(`${app.url}/api/cypher`, {
      query: "RETURN [x IN range(1, 200000) | 'xxxxxxxxxx'] AS big",
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('QUERY_TOO_LARGE');
  });

  it('when a syntax error is sent, then a coded 400 explains it in the words of Neo4j', async () => {
    const { status, body } = await postJson<
      Refusal & { error: { position?: { line: number; column: number } } }
    >(`${app.url}/api/cypher`, { query: 'MATCH (n)\nRETURN n ORDER n' });
    expect(status).toBe(400);
    expect(body.error.code).toBe('SYNTAX');
    expect(body.error.message).toMatch(/Invalid input 'n': expected 'BY'/);
    expect(body.error.position).toMatchObject({ line: 2, column: 16, offset: 25 });
  });

  it('when a runaway query runs, then it ends at the timeout with a clear error while health still answers', async () => {
    const runaway = postJson<Refusal>(`${app.url}/api/cypher`, {
      query: 'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n',
    }).then((r) => ({ ...r, finishedAt: performance.now() }));
    await new Promise((r) => setTimeout(r, 300));
    const health = await getJson<{ status: string }>(`${app.url}/api/health`);
    const healthAt = performance.now();
    expect(health.status).toBe(200);
    const result = await runaway;
    expect(result.status).toBe(504);
    expect(result.body.error.code).toBe('QUERY_TIMEOUT');
    expect(result.body.error.message).toMatch(/time limit/);
    expect(healthAt).toBeLessThan(result.finishedAt);
  });
});
