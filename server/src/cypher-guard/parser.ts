// Cypher's grammar, from Neo4j's own language support (@neo4j-cypher/language-support: the ANTLR parser
// behind Neo4j's editors). The package keeps its generated parser out of its public entry point, so the
// parse-tree API is imported from its published ESM build by path; the version is pinned in package.json.
import type { ParserRuleContext } from 'antlr4ng';
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { createParsingResult } from '../../../node_modules/@neo4j-cypher/language-support/dist/esm/project/language-support/src/cypherLanguageService.js';

export * as Cypher from '../../../node_modules/@neo4j-cypher/language-support/dist/esm/project/language-support/src/generated-parser/CypherCmdParser.js';

/** A place in the query, 1-based line and column, 0-based offset. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

export interface SyntaxProblem {
  message: string;
  position: Position;
}

export interface ParsedQuery {
  /** One parse tree per statement (statements are split at top-level semicolons). */
  statements: { tree: ParserRuleContext; text: string; start: number }[];
  syntaxErrors: SyntaxProblem[];
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

/** Parses a query into statements, with the parser's syntax errors (positions in the whole query). */
export function parseCypher(query: string): ParsedQuery {
  const result = createParsingResult(query, { consoleCommandsEnabled: false });
  const statements: ParsedQuery['statements'] = [];
  let broken = false;
  for (const s of result.statementsParsing) {
    const meaningful = s.tokens.filter((t) => t.channel === 0 && t.type !== -1 && t.text !== ';');
    if (meaningful.length === 0) continue;
    const start = meaningful[0]!.start;
    const end = meaningful[meaningful.length - 1]!.stop + 1;
    statements.push({ tree: s.ctx, text: query.slice(start, end), start });
    broken ||= s.parser.numberOfSyntaxErrors > 0 || s.syntaxErrors.length > 0;
  }
  return { statements, syntaxErrors: broken ? describeSyntaxErrors(query) : [] };
}

/** What is wrong and where, from the language support's linter (only asked when the parse failed). */
function describeSyntaxErrors(query: string): SyntaxProblem[] {
  const all = lintCypherQuery(query, {}).diagnostics.filter((d) => d.severity === 1);
  // The parser's own complaints ("Invalid input…", "Failed to parse…") before the semantic ones.
  const parsing = all.filter((d) =>
    /^(Invalid input|Failed to parse|Mismatched input)/.test(String(d.message)),
  );
  const errors = parsing.length ? parsing : all;
  const problems = errors.map((d) => ({
    message: typeof d.message === 'string' ? d.message : d.message.value,
    position: positionAt(query, d.offsets.start),
  }));
  return problems.length
    ? problems
    : [{ message: 'the parser stopped here', position: positionAt(query, 0) }];
}
