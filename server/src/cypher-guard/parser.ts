// Cypher's grammar, from Neo4j's own language support (@neo4j-cypher/language-support: the ANTLR parser
// behind Neo4j's editors). The package keeps its generated parser out of its public entry point, so the
// parse-tree API is imported from its published ESM build by path; the version is pinned in package.json.
import type { ParserRuleContext, Token } from 'antlr4ng';
import { createParsingResult } from '../../../node_modules/@neo4j-cypher/language-support/dist/esm/project/language-support/src/cypherLanguageService.js';

export * as Cypher from '../../../node_modules/@neo4j-cypher/language-support/dist/esm/project/language-support/src/generated-parser/CypherCmdParser.js';

/** A place in the query, 1-based line and column, 0-based offset. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

/** Where the parser first stumbled: the token it could not fit (its text, '' at the end of the query). */
export interface SyntaxProblem {
  near: string;
  position: Position;
}

export interface ParsedQuery {
  /** One parse tree per statement (statements are split at top-level semicolons). */
  statements: { tree: ParserRuleContext; text: string; start: number }[];
  /** The first syntax error, or null. */
  syntaxError: SyntaxProblem | null;
}

export function positionOf(ctx: ParserRuleContext): Position {
  return { line: ctx.start?.line ?? 1, column: (ctx.start?.column ?? 0) + 1, offset: ctx.start?.start ?? 0 };
}

/** Line and column of an offset in `text`. */
export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n'), offset };
}

/**
 * Parses a query into statements, with where the parser first stumbled (a position in the whole query).
 * The language support's linter words syntax errors better, but it runs Neo4j's semantic analysis (seconds
 * for a long query, on the event loop): the console asks Neo4j's own EXPLAIN for the wording instead.
 */
export function parseCypher(query: string): ParsedQuery {
  const result = createParsingResult(query, { consoleCommandsEnabled: false });
  const statements: ParsedQuery['statements'] = [];
  let firstBad: Token | null = null;
  let broken = false;
  for (const s of result.statementsParsing) {
    const meaningful = s.tokens.filter((t) => t.channel === 0 && t.type !== -1 && t.text !== ';');
    if (meaningful.length === 0) continue;
    const start = meaningful[0]!.start;
    const end = meaningful[meaningful.length - 1]!.stop + 1;
    statements.push({ tree: s.ctx, text: query.slice(start, end), start });
    if (s.parser.numberOfSyntaxErrors === 0 && s.syntaxErrors.length === 0) continue;
    broken = true;
    for (const e of s.errorTracker.caughtExceptions.values()) {
      const t = e.offendingToken;
      if (t && (firstBad === null || t.start < firstBad.start)) firstBad = t;
    }
  }
  if (!broken) return { statements, syntaxError: null };
  const offset = firstBad && firstBad.start >= 0 ? firstBad.start : query.trimEnd().length;
  const near = firstBad && firstBad.type !== -1 ? (firstBad.text ?? '') : '';
  return { statements, syntaxError: { near, position: positionAt(query, offset) } };
}
