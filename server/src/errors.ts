// Typed application errors: each has a code, an HTTP status, a message a person understands and a hint.
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly hint?: string,
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
