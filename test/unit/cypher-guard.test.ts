// The Cypher console's static rules: keywords count only outside strings, comments, backticks and
// property keys; every refused family gets its own code.
import { describe, expect, it } from 'vitest';
import { checkQueryText, explainRefusal, isReadOnlyQueryType } from '../../server/src/cypher-guard/index.js';

const REFUSED: [string, string][] = [
  ["CREATE (n:Person {name: 'x'}) RETURN n", 'WRITE_CLAUSE'],
  ['create (n) return n', 'WRITE_CLAUSE'],
  ["MERGE (n:Person {id: 'x'}) RETURN n", 'WRITE_CLAUSE'],
  ["MATCH (n) SET n.name = 'x'", 'WRITE_CLAUSE'],
  ['MATCH (n) DELETE n', 'WRITE_CLAUSE'],
  ['MATCH (n) DETACH DELETE n', 'WRITE_CLAUSE'],
  ['MATCH (n) /* x */ DETACH /* y */ DELETE n', 'WRITE_CLAUSE'],
  ['MATCH (n)\n// a comment\nDeTaCh\nDeLeTe n', 'WRITE_CLAUSE'],
  ['MATCH (n) REMOVE n.name', 'WRITE_CLAUSE'],
  ['MATCH (n) FOREACH (x IN [1] | SET n.a = x)', 'WRITE_CLAUSE'],
  ['MATCH (n) WITH n CALL { WITH n SET n.x = 1 } RETURN 1', 'WRITE_CLAUSE'],
  ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", 'LOAD_CSV'],
  ["LOAD CSV WITH HEADERS FROM 'http://example.com/x.csv' AS row RETURN row", 'LOAD_CSV'],
  ["load csv from 'https://x' as r return r", 'LOAD_CSV'],
  ['CALL dbms.listConfig()', 'PROCEDURE_NOT_ALLOWED'],
  ['CALL dbms.components() YIELD name RETURN name', 'PROCEDURE_NOT_ALLOWED'],
  ["CALL db.createLabel('Foo')", 'PROCEDURE_NOT_ALLOWED'],
  ['CALL apoc.help("x")', 'PROCEDURE_NOT_ALLOWED'],
  ['CALL `dbms`.`listConfig`()', 'PROCEDURE_NOT_ALLOWED'],
  ['CALL tx.setMetaData({})', 'PROCEDURE_NOT_ALLOWED'],
  ['SHOW DATABASES', 'ADMIN_COMMAND'],
  ['show users', 'ADMIN_COMMAND'],
  ['TERMINATE TRANSACTIONS "neo4j-transaction-1"', 'ADMIN_COMMAND'],
  ['USE system MATCH (n) RETURN n', 'ADMIN_COMMAND'],
  ['GRANT ROLE admin TO bob', 'ADMIN_COMMAND'],
  ['ALTER USER neo4j SET PASSWORD "x"', 'ADMIN_COMMAND'],
  ['STOP DATABASE neo4j', 'ADMIN_COMMAND'],
  ['CREATE INDEX foo FOR (n:Person) ON (n.name)', 'ADMIN_COMMAND'],
  ['CREATE CONSTRAINT c FOR (n:X) REQUIRE n.id IS UNIQUE', 'ADMIN_COMMAND'],
  ['DROP CONSTRAINT person_id', 'ADMIN_COMMAND'],
  ['DROP INDEX foo', 'ADMIN_COMMAND'],
  ['MATCH (n) CALL (n) { RETURN 1 AS one } IN TRANSACTIONS RETURN one', 'IN_TRANSACTIONS'],
  ['UNWIND [1] AS x CALL { RETURN 1 AS y } IN CONCURRENT TRANSACTIONS RETURN y', 'IN_TRANSACTIONS'],
  ['MATCH (n) RETURN n; MATCH (m) DETACH DELETE m', 'MULTIPLE_STATEMENTS'],
  ['RETURN 1; RETURN 2', 'MULTIPLE_STATEMENTS'],
  ['EXPLAIN MATCH (n) RETURN n', 'EXPLAIN_OR_PROFILE'],
  ['profile MATCH (n) RETURN n', 'EXPLAIN_OR_PROFILE'],
  ['', 'EMPTY_QUERY'],
  ['   ;  ', 'EMPTY_QUERY'],
  ['// only a comment', 'EMPTY_QUERY'],
  ["RETURN 'unterminated", 'SYNTAX'],
  ['MATCH (n) /* never closed RETURN n', 'SYNTAX'],
  [`RETURN '${'x'.repeat(20_001)}'`, 'QUERY_TOO_LONG'],
];

const ALLOWED = [
  'MATCH (n) RETURN n LIMIT 25',
  "MATCH (n) WHERE n.name = 'SET DELETE CREATE' RETURN n",
  'MATCH (n) WHERE n.name = "MERGE \\" DETACH DELETE" RETURN n',
  'MATCH (n:`Create`) RETURN n',
  'MATCH (a)-[r:`DELETE`]->(b) RETURN a, r, b',
  'MATCH (n) RETURN n.set, n.create, n.delete',
  'RETURN {create: 1, merge: 2, set: 3}',
  'MATCH (n {id: $delete}) RETURN n',
  'MATCH (n) RETURN n // CREATE in a comment',
  'MATCH (n) /* DETACH DELETE n */ RETURN n',
  'RETURN 1;',
  "RETURN ';' AS semicolon",
  'CALL { MATCH (n) RETURN n } RETURN n',
  'MATCH (n) CALL (n) { MATCH (n)--(m) RETURN count(m) AS c } RETURN n, c',
  'CALL db.labels() YIELD label RETURN label',
  'CALL db.relationshipTypes()',
  'CALL db.propertyKeys()',
  'CALL db.schema.visualization()',
  "CALL db.index.fulltext.queryNodes('dossierSearch', 'Antonov') YIELD node, score RETURN node, score",
  'MATCH p = shortestPath((a:Person)-[*..6]-(b:Place)) RETURN p',
  'UNWIND range(1, 10) AS x RETURN [y IN range(1, x) WHERE y % 2 = 0 | y]',
  'MATCH (n) RETURN CASE WHEN n.date IS NULL THEN 0 ELSE 1 END AS dated',
  'OPTIONAL MATCH (n:Event) WITH n ORDER BY n.date RETURN n.label AS set',
  'RETURN toLower("ÄNTONOV"), date("2021-03-20"), 1.5e3, 0x1F',
  'MATCH (мир:Place) RETURN мир',
];

describe('checkQueryText', () => {
  it.each(REFUSED)('when the query is %j, then it is refused with %s', (query, code) => {
    const r = checkQueryText(query);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(code);
      expect(r.message.length).toBeGreaterThan(10);
    }
  });

  it.each(ALLOWED)('when the query is %j, then it passes', (query) => {
    const r = checkQueryText(query);
    expect(r).toMatchObject({ ok: true });
  });

  it('when a write keyword is refused, then the message names it and where it is', () => {
    const r = checkQueryText('MATCH (n)\n  DETACH DELETE n');
    expect(r).toMatchObject({ ok: false, code: 'WRITE_CLAUSE' });
    if (!r.ok) {
      expect(r.message).toContain('DETACH DELETE');
      expect(r.message).toContain('line 2, column 3');
      expect(r.hint).toMatch(/read-only/);
    }
  });

  it('when a statement ends with semicolons, then they are stripped', () => {
    expect(checkQueryText('MATCH (n) RETURN n ;;')).toEqual({ ok: true, statement: 'MATCH (n) RETURN n' });
  });
});

describe('EXPLAIN verdicts', () => {
  it('when EXPLAIN says r, then the query may run; rw, w and s may not', () => {
    expect(isReadOnlyQueryType('r')).toBe(true);
    for (const t of ['rw', 'w', 's']) {
      expect(isReadOnlyQueryType(t)).toBe(false);
      expect(explainRefusal(t)).toMatchObject({ ok: false, code: 'NOT_READ_ONLY' });
    }
  });
});
