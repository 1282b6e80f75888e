// The Cypher console's guard: decides on the query's parse tree (Neo4j's own Cypher grammar) before anything
// reaches the database (one statement, reading clauses only, allow-listed procedures, static bounds), and
// on what EXPLAIN then reports (query type and plan operators).
import { checkBounds } from './bounds.js';
import { parseCypher, positionAt } from './parser.js';
import { checkTree, refuse, type Refusal } from './rules.js';

export { GUARD_CODES, ALLOWED_PROCEDURES, type GuardCode, type Refusal } from './rules.js';
export { checkParams, MAX_PARAMS_BYTES } from './params.js';
export { checkPlan, explainRefusal, isReadOnlyQueryType } from './plan-check.js';
export { MAX_LIST_IN_EXPRESSION, MAX_ITERATIONS } from './bounds.js';
export const MAX_QUERY_LENGTH = 20_000;

/** On success, `statement` is the query up to the end of its one statement (positions unchanged). */
export type GuardResult = { ok: true; statement: string } | Refusal;

/** Java-style unicode escapes: Neo4j's parser decodes them before reading the query, ours does not. */
const UNICODE_ESCAPE = /\\u+[0-9a-fA-F]{4}/;

/** Every static check, in order; `params` (already checked) feed the bounds of range(). */
export function checkQueryText(query: string, params: Record<string, unknown> = {}): GuardResult {
  if (query.length > MAX_QUERY_LENGTH) {
    return refuse(
      'QUERY_TOO_LONG',
      `The query is ${query.length} characters long; the console takes at most ${MAX_QUERY_LENGTH}.`,
    );
  }
  const escape = UNICODE_ESCAPE.exec(query);
  if (escape) {
    const p = positionAt(query, escape.index);
    return refuse(
      'UNICODE_ESCAPE',
      `The query holds a unicode escape (${escape[0]}) at line ${p.line}, column ${p.column}; the console does not accept them.`,
      'Type the character itself (Cypher strings and `quoted names` take any unicode).',
      p,
    );
  }
  const parsed = parseCypher(query);
  if (parsed.statements.length === 0) {
    return refuse('EMPTY_QUERY', 'The query is empty.', 'Try MATCH (n) RETURN n LIMIT 25');
  }
  if (parsed.statements.length > 1) {
    const p = positionAt(query, parsed.statements[1]!.start);
    return refuse(
      'MULTIPLE_STATEMENTS',
      `The console runs one statement at a time; a second one starts at line ${p.line}, column ${p.column}.`,
      'Send each statement on its own.',
      p,
    );
  }
  const error = parsed.syntaxError;
  if (error) {
    const p = error.position;
    const near = error.near ? `near '${error.near.slice(0, 40)}'` : 'at its end';
    return refuse(
      'SYNTAX',
      `The query cannot be read at line ${p.line}, column ${p.column} (${near}).`,
      'Check the clause at that position.',
      p,
    );
  }
  const statement = parsed.statements[0]!;
  const refusal = checkTree(statement.tree) ?? checkBounds(statement.tree, params);
  if (refusal) return refusal;
  return { ok: true, statement: query.slice(0, statement.start + statement.text.length) };
}
