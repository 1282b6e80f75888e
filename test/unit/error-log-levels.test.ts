// The error handler's log lines: refused input and expected conditions (a query past its deadline, Neo4j
// away) are logged without a stack trace, at info or warn; only unexpected errors at error, with their stack.
import { Writable } from 'node:stream';
import type { NextFunction, Request, Response } from 'express';
import { Neo4jError } from 'neo4j-driver';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { AppError, UnavailableError } from '../../server/src/errors.js';
import { errorHandler } from '../../server/src/http/error-handler.js';
import { QueryRefusedError, QueryTimeoutError } from '../../server/src/services/cypher-console.js';

interface LogLine {
  level: number;
  msg: string;
  err?: { stack?: string };
  code?: string;
}

/** Runs the error handler on `err` and returns what it logged and the status it answered. */
function handle(err: unknown): { lines: LogLine[]; status: number } {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()) as LogLine);
      done();
    },
  });
  const logger = pino({ level: 'debug' }, sink);
  let status = 0;
  const res = {
    headersSent: false,
    status(s: number) {
      status = s;
      return this;
    },
    json() {
      return this;
    },
  } as unknown as Response;
  errorHandler(logger)(err, { originalUrl: '/api/cypher' } as Request, res, (() => {}) as NextFunction);
  logger.flush();
  return { lines, status };
}

const INFO = 30;
const WARN = 40;
const ERROR = 50;

describe('error log levels', () => {
  it.each([
    ['a refused console query', new QueryRefusedError('WRITE_CLAUSE', 'CREATE writes'), 400, INFO],
    ['a missing entity', new AppError(404, 'NOT_FOUND', 'No entity'), 404, INFO],
    ['a query past its deadline', new QueryTimeoutError(15_000), 504, WARN],
    [
      "Neo4j's own transaction timeout",
      new Neo4jError(
        'timed out',
        'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
        '25N06',
        'error: transaction timed out',
      ),
      504,
      WARN,
    ],
    ['Neo4j unreachable', new UnavailableError(), 503, WARN],
  ])('when %s is answered, then it is logged once without a stack trace', (_what, err, status, level) => {
    const out = handle(err);
    expect(out.status).toBe(status);
    expect(out.lines).toHaveLength(1);
    expect(out.lines[0]!.level).toBe(level);
    expect(JSON.stringify(out.lines[0])).not.toMatch(/stack|\n\s+at /);
  });

  it('when an unexpected error is answered, then it is logged at error level with its stack', () => {
    const out = handle(new TypeError('boom'));
    expect(out.status).toBe(500);
    expect(out.lines).toHaveLength(1);
    expect(out.lines[0]!.level).toBe(ERROR);
    expect(out.lines[0]!.err?.stack).toMatch(/TypeError: boom/);
  });
});
