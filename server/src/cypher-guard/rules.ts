// The console's static rules, applied to tokens: one statement, no writes, no LOAD CSV, no admin or
// schema commands, no CALL { } IN TRANSACTIONS, and only allow-listed procedures.
import type { Token } from './tokenize.js';

export const GUARD_CODES = [
  'EMPTY_QUERY',
  'QUERY_TOO_LONG',
  'SYNTAX',
  'MULTIPLE_STATEMENTS',
  'EXPLAIN_OR_PROFILE',
  'IN_TRANSACTIONS',
  'LOAD_CSV',
  'ADMIN_COMMAND',
  'WRITE_CLAUSE',
  'PROCEDURE_NOT_ALLOWED',
  'NOT_READ_ONLY',
  'INVALID_PARAMS',
  'QUERY_TOO_LARGE',
] as const;
export type GuardCode = (typeof GUARD_CODES)[number];

export interface Refusal {
  ok: false;
  code: GuardCode;
  message: string;
  hint?: string;
}

export const ALLOWED_PROCEDURES = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.index.fulltext.queryNodes',
] as const;
const ALLOWED = new Set(ALLOWED_PROCEDURES.map((p) => p.toLowerCase()));

const WRITE_WORDS = new Set(['CREATE', 'MERGE', 'SET', 'DELETE', 'DETACH', 'REMOVE', 'FOREACH']);
const ADMIN_WORDS = new Set([
  'SHOW',
  'TERMINATE',
  'USE',
  'GRANT',
  'DENY',
  'REVOKE',
  'ALTER',
  'DROP',
  'RENAME',
]);
const SCHEMA_AFTER_CREATE = new Set([
  'INDEX',
  'CONSTRAINT',
  'DATABASE',
  'COMPOSITE',
  'ALIAS',
  'USER',
  'ROLE',
  'OR',
  'FULLTEXT',
  'TEXT',
  'RANGE',
  'POINT',
  'LOOKUP',
  'VECTOR',
]);

const READ_ONLY_HINT = 'The console is read-only: use MATCH … RETURN …';
const where = (t: Token) => `line ${t.line}, column ${t.column}`;
const refuse = (code: GuardCode, message: string, hint?: string): Refusal => ({
  ok: false,
  code,
  message,
  ...(hint ? { hint } : {}),
});

/** A word is a keyword unless it is a property key, label, type, alias, map key or parameter name. */
function isKeyword(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'word') return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev && prev.kind === 'symbol' && (prev.text === '.' || prev.text === ':')) return false;
  if (prev && prev.kind === 'word' && prev.upper === 'AS') return false;
  if (
    next &&
    next.kind === 'symbol' &&
    next.text === ':' &&
    prev?.kind === 'symbol' &&
    /[{,]/.test(prev.text)
  ) {
    return false;
  }
  return true;
}

/** The dotted name that starts at token i (`db.index.fulltext.queryNodes`), and where it ends. */
function dottedName(tokens: Token[], i: number): { name: string; end: number } {
  const parts: string[] = [];
  let j = i;
  while (tokens[j] && (tokens[j]!.kind === 'word' || tokens[j]!.kind === 'backtick')) {
    parts.push(tokens[j]!.kind === 'backtick' ? tokens[j]!.text.slice(1, -1) : tokens[j]!.text);
    if (tokens[j + 1]?.text === '.' && tokens[j + 1]?.kind === 'symbol') j += 2;
    else break;
  }
  return { name: parts.join('.'), end: j };
}

/** Applies the rules to the tokens of one statement; null when it passes. */
export function checkTokens(tokens: Token[]): Refusal | null {
  const first = tokens[0];
  if (first && first.kind === 'word' && (first.upper === 'EXPLAIN' || first.upper === 'PROFILE')) {
    return refuse(
      'EXPLAIN_OR_PROFILE',
      `${first.upper} is not accepted in the console (${where(first)}).`,
      'Remove the prefix: the console checks every query with EXPLAIN itself.',
    );
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!isKeyword(tokens, i)) continue;
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const nextWord = next?.kind === 'word' ? next.upper : '';
    if (t.upper === 'IN' && (nextWord === 'TRANSACTIONS' || nextWord === 'CONCURRENT')) {
      return refuse(
        'IN_TRANSACTIONS',
        `CALL { … } IN TRANSACTIONS is not allowed in the console (${where(t)}).`,
        'Batched transactions are for writes; the console is read-only.',
      );
    }
    if (t.upper === 'LOAD' && nextWord === 'CSV') {
      return refuse(
        'LOAD_CSV',
        `LOAD CSV is not allowed in the console (${where(t)}).`,
        'The console reads the graph only; it loads no files or URLs.',
      );
    }
    if (
      ADMIN_WORDS.has(t.upper) ||
      ((t.upper === 'START' || t.upper === 'STOP') && nextWord === 'DATABASE')
    ) {
      return refuse(
        'ADMIN_COMMAND',
        `${t.upper} is an administration command, not allowed in the console (${where(t)}).`,
        READ_ONLY_HINT,
      );
    }
    if (t.upper === 'CREATE' && SCHEMA_AFTER_CREATE.has(nextWord)) {
      return refuse(
        'ADMIN_COMMAND',
        `CREATE ${nextWord} is a schema or administration command, not allowed in the console (${where(t)}).`,
        READ_ONLY_HINT,
      );
    }
    if (WRITE_WORDS.has(t.upper)) {
      const clause = t.upper === 'DETACH' && nextWord === 'DELETE' ? 'DETACH DELETE' : t.upper;
      return refuse(
        'WRITE_CLAUSE',
        `${clause} writes to the graph; the console is read-only (${where(t)}).`,
        READ_ONLY_HINT,
      );
    }
    if (t.upper === 'CALL' && next && (next.kind === 'word' || next.kind === 'backtick')) {
      const { name } = dottedName(tokens, i + 1);
      if (!ALLOWED.has(name.toLowerCase())) {
        return refuse(
          'PROCEDURE_NOT_ALLOWED',
          `The procedure ${name} is not allowed in the console (${where(t)}).`,
          `Allowed procedures: ${ALLOWED_PROCEDURES.join(', ')}.`,
        );
      }
    }
  }
  return null;
}
