// Typed application errors: each has a code from the model's catalogue (ErrorCode), an HTTP status, a
// message a person understands, a hint, its class's name, and the error it wraps as `cause`.
import type { ErrorBody, ErrorCode, InputProblemCode } from '@dossier/model';

export interface AppErrorOptions extends ErrorOptions {
  /** More fields for the error body (e.g. a query error's `position`). */
  details?: Partial<Omit<ErrorBody['error'], 'code' | 'message' | 'hint'>>;
}

export class AppError extends Error {
  override name = 'AppError';
  readonly details?: AppErrorOptions['details'];
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly hint?: string,
    options?: AppErrorOptions,
  ) {
    super(message, options);
    if (options?.details) this.details = options.details;
  }
}

export class NotFoundError extends AppError {
  override name = 'NotFoundError';
  constructor(what: string, id: string, hint?: string) {
    super(404, 'NOT_FOUND', `No ${what} with id "${id}".`, hint);
  }
}

export class ValidationError extends AppError {
  override name = 'ValidationError';
  constructor(message: string, hint?: string) {
    super(400, 'VALIDATION_FAILED', message, hint);
  }
}

export class UnavailableError extends AppError {
  override name = 'UnavailableError';
  constructor(
    message = 'The graph database (Neo4j) is unreachable.',
    hint = 'Dossier retries by itself; try again in a few seconds.',
    options?: ErrorOptions,
  ) {
    super(503, 'NEO4J_UNAVAILABLE', message, hint, options);
  }
}

/** Neo4j is down because the server is restarting its managed Neo4j; the message says why. */
export class Neo4jRestartingError extends AppError {
  override name = 'Neo4jRestartingError';
  constructor(message: string) {
    super(503, 'NEO4J_RESTARTING', message, 'Dossier retries by itself; try again in a few seconds.');
  }
}

/** Article input refused before extraction: empty, binary, not UTF-8, too large, unreadable. */
export type InputProblem = InputProblemCode;

export class InputRejectedError extends AppError {
  override name = 'InputRejectedError';
  constructor(
    readonly problem: InputProblem,
    /** Where the input came from: a file path or "request body". */
    readonly source: string,
    message: string,
    hint?: string,
    options?: ErrorOptions,
  ) {
    super(problem === 'ARTICLE_TOO_LARGE' ? 413 : 400, problem, `${source}: ${message}`, hint, options);
  }
}

const EXTRACTOR_BUG_HINT = 'This is a bug of the extractor; please report it with the article.';

/** The extractor threw, or produced a document the loader refuses: a bug of the extractor, not of the input. */
export class ExtractionFailedError extends AppError {
  override name = 'ExtractionFailedError';
  constructor(message: string, options?: ErrorOptions) {
    super(500, 'EXTRACTION_FAILED', message, EXTRACTOR_BUG_HINT, options);
  }

  /** The extractor threw while reading `source`; what it threw is the `cause`. */
  static crashed(source: string, cause: unknown): ExtractionFailedError {
    const why = cause instanceof Error ? cause.message : String(cause);
    return new ExtractionFailedError(`${source}: the extractor failed: ${why}`, { cause });
  }

  /** The document extracted from `source` breaks the annotation format (`details`: one problem a line). */
  static invalidDocument(source: string, details: string): ExtractionFailedError {
    return new ExtractionFailedError(
      `${source}: the extracted annotation document is not valid:\n${details}`,
    );
  }
}

export class IngestTokenRequiredError extends AppError {
  override name = 'IngestTokenRequiredError';
  constructor(message: string) {
    super(
      401,
      'INGEST_TOKEN_REQUIRED',
      message,
      'Send the header "Authorization: Bearer <INGEST_TOKEN>" with the token the server was started with.',
    );
  }
}

export class IngestionDisabledError extends AppError {
  override name = 'IngestionDisabledError';
  constructor(host: string) {
    super(
      403,
      'INGESTION_DISABLED',
      `Adding articles over HTTP is disabled: the server listens on ${host}, beyond loopback, and INGEST_TOKEN is not set.`,
      'Set INGEST_TOKEN to a long random secret and send it as "Authorization: Bearer <token>", or listen on 127.0.0.1.',
    );
  }
}
