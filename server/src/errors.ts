// Typed application errors: each has a code, an HTTP status, a message a person understands and a hint.
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly hint?: string,
    /** More fields for the error body (e.g. a query error's `position`). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, id: string, hint?: string) {
    super(404, 'NOT_FOUND', `No ${what} with id "${id}".`, hint);
  }
}

export class ValidationError extends AppError {
  constructor(message: string, hint?: string) {
    super(400, 'VALIDATION_FAILED', message, hint);
  }
}

export class UnavailableError extends AppError {
  constructor(
    message = 'The graph database (Neo4j) is unreachable.',
    hint = 'Dossier retries by itself; try again in a few seconds.',
  ) {
    super(503, 'NEO4J_UNAVAILABLE', message, hint);
  }
}

/** Article input refused before extraction: empty, binary, not UTF-8, too large, unreadable. */
export type InputProblem =
  'INVALID_INPUT' | 'EMPTY_ARTICLE' | 'BINARY_INPUT' | 'NOT_UTF8' | 'ARTICLE_TOO_LARGE' | 'UNREADABLE_FILE';

export class InputRejectedError extends AppError {
  constructor(
    readonly problem: InputProblem,
    /** Where the input came from: a file path or "request body". */
    readonly source: string,
    message: string,
    hint?: string,
  ) {
    super(problem === 'ARTICLE_TOO_LARGE' ? 413 : 400, problem, `${source}: ${message}`, hint);
    this.name = 'InputRejectedError';
  }
}

/** The extractor produced a document the loader refuses (a bug of the extractor, not of the input). */
export class ExtractionFailedError extends AppError {
  constructor(source: string, details: string) {
    super(
      500,
      'EXTRACTION_FAILED',
      `${source}: the extracted annotation document is not valid:\n${details}`,
      'This is a bug of the extractor; please report it with the article.',
    );
    this.name = 'ExtractionFailedError';
  }
}

export class IngestTokenRequiredError extends AppError {
  constructor(message: string) {
    super(
      401,
      'INGEST_TOKEN_REQUIRED',
      message,
      'Send the header "Authorization: Bearer <INGEST_TOKEN>" with the token the server was started with.',
    );
    this.name = 'IngestTokenRequiredError';
  }
}

export class IngestionDisabledError extends AppError {
  constructor(host: string) {
    super(
      403,
      'INGESTION_DISABLED',
      `Adding articles over HTTP is disabled: the server listens on ${host}, beyond loopback, and INGEST_TOKEN is not set.`,
      'Set INGEST_TOKEN to a long random secret and send it as "Authorization: Bearer <token>", or listen on 127.0.0.1.',
    );
    this.name = 'IngestionDisabledError';
  }
}
