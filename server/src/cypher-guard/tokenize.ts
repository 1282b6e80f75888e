// A small Cypher tokenizer for the console's guard: it knows strings, backtick identifiers, parameters,
// comments and symbols well enough that keywords inside literals and comments are never mistaken.
export type TokenKind = 'word' | 'string' | 'backtick' | 'param' | 'number' | 'symbol';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Upper-cased text for words, for case-insensitive keyword checks. */
  upper: string;
  offset: number;
  line: number;
  column: number;
}

export class TokenizeError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'TokenizeError';
  }
}

const WORD_START = /[\p{L}_]/u;
const WORD_PART = /[\p{L}\p{N}_]/u;

export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const advanceLines = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      if (query[k] === '\n') {
        line += 1;
        lineStart = k + 1;
      }
    }
  };
  const push = (kind: TokenKind, start: number, end: number) => {
    const text = query.slice(start, end);
    tokens.push({
      kind,
      text,
      upper: kind === 'word' ? text.toUpperCase() : text,
      offset: start,
      line,
      column: start - lineStart + 1,
    });
  };
  while (i < query.length) {
    const c = query[i]!;
    const next = query[i + 1];
    if (/\s/.test(c)) {
      advanceLines(i, i + 1);
      i += 1;
    } else if (c === '/' && next === '/') {
      const end = query.indexOf('\n', i);
      i = end < 0 ? query.length : end;
    } else if (c === '/' && next === '*') {
      const end = query.indexOf('*/', i + 2);
      if (end < 0) throw new TokenizeError('a /* comment is never closed', line, i - lineStart + 1);
      advanceLines(i, end + 2);
      i = end + 2;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < query.length && query[j] !== c) j += query[j] === '\\' ? 2 : 1;
      if (j >= query.length)
        throw new TokenizeError(`a string opened with ${c} is never closed`, line, i - lineStart + 1);
      push('string', i, j + 1);
      advanceLines(i, j + 1);
      i = j + 1;
    } else if (c === '`') {
      let j = i + 1;
      while (j < query.length && !(query[j] === '`' && query[j + 1] !== '`')) j += query[j] === '`' ? 2 : 1;
      if (j >= query.length)
        throw new TokenizeError('a `quoted name` is never closed', line, i - lineStart + 1);
      push('backtick', i, j + 1);
      advanceLines(i, j + 1);
      i = j + 1;
    } else if (c === '$') {
      let j = i + 1;
      if (query[j] === '`') {
        j = query.indexOf('`', j + 1) + 1 || query.length;
      } else while (j < query.length && WORD_PART.test(query[j]!)) j += 1;
      push('param', i, j);
      i = j;
    } else if (WORD_START.test(c)) {
      let j = i + 1;
      while (j < query.length && WORD_PART.test(query[j]!)) j += 1;
      push('word', i, j);
      i = j;
    } else if (/[0-9]/.test(c)) {
      let j = i + 1;
      while (
        j < query.length &&
        /[0-9a-zA-Z_.]/.test(query[j]!) &&
        !(query[j] === '.' && query[j + 1] === '.')
      )
        j += 1;
      push('number', i, j);
      i = j;
    } else {
      push('symbol', i, i + 1);
      i += 1;
    }
  }
  return tokens;
}
