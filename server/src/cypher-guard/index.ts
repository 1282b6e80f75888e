// The Cypher console's guard: pure checks on a query's text before anything reaches the database,
// and the verdict on EXPLAIN's query type. DESIGN.md, "The Cypher console's rules".
import { checkTokens, GUARD_CODES, ALLOWED_PROCEDURES, type GuardCode, type Refusal } from './rules.js';
import { tokenize, TokenizeError, type Token } from './tokenize.js';

export { GUARD_CODES, ALLOWED_PROCEDURES, type GuardCode, type Refusal };
export { checkParams, MAX_PARAMS_BYTES } from './params.js';
export const MAX_QUERY_LENGTH = 20_000;

export type GuardResult = { ok: true; statement: string } | Refusal;

/** Static checks; on success, `statement` is the query without a trailing semicolon. */
export function checkQueryText(query: string): GuardResult {
  if (query.length > MAX_QUERY_LENGTH) {
    return {
      ok: false,
      code: 'QUERY_TOO_LONG',
      message: `The query is ${query.length} characters long; the console takes at most ${MAX_QUERY_LENGTH}.`,
    };
  }
  let tokens: Token[];
  try {
    tokens = tokenize(query);
  } catch (err) {
    if (!(err instanceof TokenizeError)) throw err;
    return {
      ok: false,
      code: 'SYNTAX',
      message: `The query cannot be read: ${err.message} (line ${err.line}, column ${err.column}).`,
    };
  }
  const semicolon = tokens.findIndex((t) => t.kind === 'symbol' && t.text === ';');
  const statementTokens = semicolon < 0 ? tokens : tokens.slice(0, semicolon);
  if (statementTokens.length === 0) {
    return {
      ok: false,
      code: 'EMPTY_QUERY',
      message: 'The query is empty.',
      hint: 'Try MATCH (n) RETURN n LIMIT 25',
    };
  }
  if (semicolon >= 0 && tokens.slice(semicolon + 1).some((t) => !(t.kind === 'symbol' && t.text === ';'))) {
    const t = tokens[semicolon]!;
    return {
      ok: false,
      code: 'MULTIPLE_STATEMENTS',
      message: `The console runs one statement at a time; a second one starts after the ; at line ${t.line}, column ${t.column}.`,
      hint: 'Send each statement on its own.',
    };
  }
  const refusal = checkTokens(statementTokens);
  if (refusal) return refusal;
  const statement = semicolon < 0 ? query.trim() : query.slice(0, tokens[semicolon]!.offset).trim();
  return { ok: true, statement };
}

/** EXPLAIN's query type: only `r` (read-only) may run. */
export function isReadOnlyQueryType(type: string): boolean {
  return type === 'r';
}

export function explainRefusal(type: string): GuardResult {
  return {
    ok: false,
    code: 'NOT_READ_ONLY',
    message: `EXPLAIN says this query would ${type === 's' ? 'change the schema' : 'write'} (type '${type}'); the console is read-only.`,
    hint: 'Use MATCH … RETURN …',
  };
}
