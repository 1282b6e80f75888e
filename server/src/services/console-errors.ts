// Neo4j's answers to a console query that deserve more than the API's generic mapping: syntax and type
// errors with the line and column they point at (EXPLAIN's own prefix taken off), missing parameters.
// Anything else (timeouts, memory, unavailability) is left to the error handler's one mapping.
import type { Neo4jError } from 'neo4j-driver';
import { AppError } from '../errors.js';

/** Where an error points, 1-based, in the query as the user wrote it. */
export interface QueryPosition {
  line: number;
  column: number;
  offset: number;
}

function positionOf(err: Neo4jError, shift: number): QueryPosition | null {
  const record = (err as { diagnosticRecord?: { _position?: Partial<QueryPosition> } }).diagnosticRecord;
  let pos: Partial<QueryPosition> | undefined = record?._position;
  if (pos?.line === undefined) {
    const m = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/.exec(err.message);
    if (m) pos = { line: Number(m[1]), column: Number(m[2]), offset: Number(m[3]) };
  }
  if (pos?.line === undefined || pos.column === undefined || pos.offset === undefined) return null;
  return {
    line: Number(pos.line),
    column: Math.max(1, Number(pos.column) - (Number(pos.line) === 1 ? shift : 0)),
    offset: Math.max(0, Number(pos.offset) - shift),
  };
}

/** The first line of Neo4j's message, without its echo of the query and caret. */
function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/\s*\(line \d+, column \d+ \(offset: \d+\)\)\s*$/, '');
}

/**
 * A console-specific AppError for statement errors, or null to leave the error to the error handler.
 * `shift`: characters Dossier put before the user's query on its first line (EXPLAIN's prefix).
 */
export function neo4jQueryError(err: Neo4jError, shift = 0): AppError | null {
  const code = err.code ?? '';
  if (code === 'Neo.ClientError.Statement.ParameterMissing') {
    return new AppError(
      400,
      'PARAMETER_MISSING',
      firstLine(err.message),
      'Give each $name a value in the parameters box (JSON).',
    );
  }
  if (!code.startsWith('Neo.ClientError.Statement')) return null;
  const position = positionOf(err, shift);
  const where = position ? ` (line ${position.line}, column ${position.column})` : '';
  const syntax = code === 'Neo.ClientError.Statement.SyntaxError';
  return new AppError(
    400,
    syntax ? 'SYNTAX' : 'QUERY_FAILED',
    `${syntax ? 'The query cannot be read' : 'Neo4j could not run the query'}: ${firstLine(err.message)}${where}`,
    syntax ? 'Check the clause at that position.' : undefined,
    position ? { details: { position } } : undefined,
  );
}
