// The one error middleware: typed errors, Neo4j errors and body-parser errors become
// `{error: {code, message, hint}}` with a fitting status; nothing else leaks a stack trace.
import type { ErrorRequestHandler } from 'express';
import { Neo4jError } from 'neo4j-driver';
import type { ErrorBody, ErrorCode } from '@dossier/model';
import { AppError, UnavailableError } from '../errors.js';
import type { Logger } from '../logger.js';

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.AuthorizationExpired',
]);

/** Maps a Neo4j error, once, at the edge, to an AppError. */
export function fromNeo4jError(err: Neo4jError): AppError {
  const coded = (status: number, code: ErrorCode, message: string, hint?: string) =>
    new AppError(status, code, message, hint, { cause: err });
  const code = err.code ?? '';
  if (/ReadOnly|WriteOnReadOnly|OutOfDisk|DiskFull|No space left/i.test(`${code} ${err.message}`)) {
    return coded(
      503,
      'NEO4J_READ_ONLY',
      'Neo4j refuses writes (the database is read-only or its disk is full); nothing was written.',
      'Make the database writable or free disk space, then retry: loading is idempotent.',
    );
  }
  if (/OutOfMemoryError/.test(code)) {
    // db.memory.transaction.max / dbms.memory.transaction.total.max: the query needed more memory than a
    // transaction may hold (Neo.TransientError.General.MemoryPoolOutOfMemoryError and its kin).
    return coded(
      422,
      'QUERY_TOO_LARGE',
      'The query needed more memory than one query may use, and was stopped.',
      'Aggregate less at once: add a LIMIT, collect() fewer rows, or count instead of collecting.',
    );
  }
  if (UNAVAILABLE_CODES.has(code) || code.startsWith('Neo.TransientError.General') || err.retriable) {
    if (!code.includes('Transaction.Terminated'))
      return new UnavailableError(undefined, undefined, { cause: err });
  }
  if (
    code.includes('TransactionTimedOut') ||
    code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'
  ) {
    return coded(
      504,
      'QUERY_TIMEOUT',
      'The query ran past the time limit and was stopped.',
      'Narrow it: add a LIMIT, anchor it on an indexed id or name, or bound variable-length patterns (*..4).',
    );
  }
  if (code.includes('Transaction.Terminated') || code.includes('TransactionMarkedAsFailed')) {
    return coded(504, 'QUERY_TIMEOUT', 'The query was stopped before it finished.', 'Try a narrower query.');
  }
  if (code === 'Neo.ClientError.Statement.AccessMode') {
    return coded(400, 'NOT_READ_ONLY', 'The query tried to write; the console is read-only.');
  }
  if (code.startsWith('Neo.ClientError.Statement') || code.startsWith('Neo.ClientError.Procedure')) {
    return coded(400, 'QUERY_FAILED', `Neo4j could not run the query: ${err.message.split('\n')[0]}`);
  }
  if (code.startsWith('Neo.ClientError.Security')) {
    return new UnavailableError(
      'Dossier could not sign in to Neo4j.',
      'Check NEO4J_USER (or NEO4J_USERNAME) and NEO4J_PASSWORD.',
      { cause: err },
    );
  }
  return coded(500, 'INTERNAL', 'The database answered with an unexpected error.');
}

/** Answers Dossier expects (with no stack trace): 5xx it means (Neo4j away, a query past its deadline). */
const EXPECTED_SERVER_ERRORS = new Set([
  'NEO4J_UNAVAILABLE',
  'NEO4J_RESTARTING',
  'NEO4J_READ_ONLY',
  'QUERY_TIMEOUT',
]);

/**
 * How loud an answer is logged: refused input (4xx) at info, expected server-side conditions (Neo4j
 * unavailable, a query stopped at its deadline) at warn, both without a stack; only the unexpected at error,
 * with the error and its stack.
 */
export function logLevelOf(appError: AppError): 'info' | 'warn' | 'error' {
  if (appError.status < 500) return 'info';
  return EXPECTED_SERVER_ERRORS.has(appError.code) ? 'warn' : 'error';
}

interface BodyParserError {
  type?: string;
  status?: number;
}

/** The JSON body of an error answer: code, message, hint and any details (a query error's position). */
export function errorBody({ code, message, hint, details }: AppError): ErrorBody {
  return { error: { code, message, ...(hint ? { hint } : {}), ...details } };
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const coded = (status: number, code: ErrorCode, message: string, hint?: string) =>
      new AppError(status, code, message, hint, { cause: err });
    let appError: AppError;
    if (err instanceof AppError) appError = err;
    else if (err instanceof Neo4jError) appError = fromNeo4jError(err);
    else if ((err as BodyParserError).type === 'entity.too.large') {
      appError = coded(413, 'PAYLOAD_TOO_LARGE', 'The request body is too large.', 'Send at most 1 MB.');
    } else if ((err as BodyParserError).type === 'entity.parse.failed') {
      appError = coded(400, 'BAD_JSON', 'The request body is not valid JSON.');
    } else if ((err as BodyParserError).status && (err as BodyParserError).status! < 500) {
      appError = coded((err as BodyParserError).status!, 'BAD_REQUEST', 'The request could not be read.');
    } else appError = coded(500, 'INTERNAL', 'Something went wrong on the server.');
    // The request's logger (pino-http) puts the request id on the line.
    const log = (req.log as Logger | undefined) ?? logger;
    const level = logLevelOf(appError);
    if (level === 'error') log.error({ err, url: req.originalUrl }, appError.message);
    else log[level]({ status: appError.status, code: appError.code, url: req.originalUrl }, appError.message);
    if (res.headersSent) return;
    res.status(appError.status).json(errorBody(appError));
  };
}
