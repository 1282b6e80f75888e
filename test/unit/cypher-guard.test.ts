// The Cypher console's guard on the parse tree: names spelled like keywords are names, keywords in strings
// and comments are text; every refused family gets its own code; range() bounds are read from the parse.
import { describe, expect, it } from 'vitest';
import { constantInteger } from '../../server/src/cypher-guard/bounds.js';
import {
  checkPlan,
  checkQueryText,
  explainRefusal,
  isReadOnlyQueryType,
} from '../../server/src/cypher-guard/index.js';

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
  ['CALL apoc.meta.graph()', 'PROCEDURE_NOT_ALLOWED'],
  ['CALL `dbms.listConfig`()', 'PROCEDURE_NOT_ALLOWED'],
  ['\\u0043REATE (n)', 'UNICODE_ESCAPE'],
  ['CYPHER runtime=slotted MATCH (n) RETURN n', 'CYPHER_OPTION'],
  ["RETURN size(reduce(s = '', x IN range(1, 2000000) | s + 'xxxxxxxxxx'))", 'QUERY_TOO_LARGE'],
  ['RETURN [x IN range(1, 2000) | [y IN range(1, 1000) | y]]', 'QUERY_TOO_LARGE'],
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
  'MATCH (use:Person) RETURN use.name',
  'MATCH (n)-[set:MET]->(m) RETURN count(set)',
  'WITH 1 AS show RETURN show',
  'UNWIND range(1, 30000000) AS x WITH collect(x) AS c RETURN size(c)',
  "WITH 2000000 AS n RETURN size(reduce(s = '', x IN range(1, n) | s + 'x'))",
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

  it('when a statement ends with semicolons, then they are stripped and positions kept', () => {
    expect(checkQueryText('MATCH (n) RETURN n ;;')).toEqual({ ok: true, statement: 'MATCH (n) RETURN n' });
    expect(checkQueryText('  // note\n  RETURN 1; // done')).toEqual({
      ok: true,
      statement: '  // note\n  RETURN 1',
    });
  });

  it('when a range() bound is a parameter, then its value decides', () => {
    expect(checkQueryText('RETURN [x IN range(1, $n) | x]', { n: 50 })).toMatchObject({ ok: true });
    expect(checkQueryText('RETURN [x IN range(1, $n) | x]', { n: 50_000_000 })).toMatchObject({
      ok: false,
      code: 'QUERY_TOO_LARGE',
    });
  });

  it('when a syntax error is refused, then the message and position point at it', () => {
    const r = checkQueryText('MATCH (n)\nRETURN n ORDER n');
    expect(r).toMatchObject({ ok: false, code: 'SYNTAX', position: { line: 2 } });
    expect(checkQueryText('MATCH (n RETURN n')).toMatchObject({
      code: 'SYNTAX',
      message: "The query cannot be read at line 1, column 10 (near 'RETURN').",
      position: { line: 1, column: 10, offset: 9 },
    });
  });
});

describe('constantInteger', () => {
  it.each([
    ['2000000', 2_000_000],
    ['-5', -5],
    ['10*1000', 10_000],
    ['(1+2)*3', 9],
    ['0x1F', 31],
    ['1_000', 1000],
    ['$n', 7],
    ['$n*2', 14],
    ['size(x)', null],
    ['n', null],
    ['1.5', null],
  ])('when the bound is %s, then it evaluates to %s', (text, value) => {
    expect(constantInteger(text, { n: 7 })).toBe(value);
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

  it('when a plan writes or calls a procedure outside the allow-list, then it is refused', () => {
    const op = (operator: string, details: string | null = null, children: never[] = []) => ({
      operator,
      details,
      estimatedRows: 1,
      identifiers: [],
      children,
    });
    expect(
      checkPlan(
        op('ProduceResults', null, [op('ProcedureCall', 'db.labels() :: (label :: STRING)')] as never[]),
      ),
    ).toBeNull();
    expect(checkPlan(op('ProcedureCall', 'dbms.listConfig() :: (name :: STRING)'))).toMatchObject({
      code: 'PROCEDURE_NOT_ALLOWED',
    });
    expect(checkPlan(op('ProduceResults', null, [op('Create')] as never[]))).toMatchObject({
      code: 'NOT_READ_ONLY',
    });
    expect(checkPlan(op('LoadCSV'))).toMatchObject({ code: 'NOT_READ_ONLY' });
  });
});
