// The catalogue of error codes the API answers with (`{error: {code, message, hint}}`), shared by the
// server's AppError and the client's ApiError. docs/architecture.md lists each with its status.
import { z } from 'zod';

/** Why the Cypher console refused a query before or after EXPLAIN (each a 400). */
export const QUERY_REFUSAL_CODES = [
  'EMPTY_QUERY',
  'QUERY_TOO_LONG',
  'SYNTAX',
  'UNICODE_ESCAPE',
  'MULTIPLE_STATEMENTS',
  'EXPLAIN_OR_PROFILE',
  'CYPHER_OPTION',
  'IN_TRANSACTIONS',
  'LOAD_CSV',
  'ADMIN_COMMAND',
  'WRITE_CLAUSE',
  'PROCEDURE_NOT_ALLOWED',
  'NOT_READ_ONLY',
  'INVALID_PARAMS',
  'QUERY_TOO_LARGE',
] as const;
export type QueryRefusalCode = (typeof QUERY_REFUSAL_CODES)[number];

/** An article refused before extraction: empty, binary, not UTF-8, too large, unreadable, malformed. */
export const INPUT_PROBLEM_CODES = [
  'INVALID_INPUT',
  'EMPTY_ARTICLE',
  'BINARY_INPUT',
  'NOT_UTF8',
  'ARTICLE_TOO_LARGE',
  'UNREADABLE_FILE',
] as const;
export type InputProblemCode = (typeof INPUT_PROBLEM_CODES)[number];

/** Every code the server answers with. */
export const ERROR_CODES = [
  // Requests
  'BAD_REQUEST',
  'BAD_JSON',
  'PAYLOAD_TOO_LARGE',
  'URL_TOO_LONG',
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'RATE_LIMITED',
  // Adding articles
  ...INPUT_PROBLEM_CODES,
  'INGEST_TOKEN_REQUIRED',
  'INGESTION_DISABLED',
  'EXTRACTION_FAILED',
  // The Cypher console
  ...QUERY_REFUSAL_CODES,
  'PARAMETER_MISSING',
  'QUERY_TIMEOUT',
  'RESULT_TOO_LARGE',
  'QUERY_FAILED',
  'TOO_MANY_QUERIES',
  // The database and the server
  'NEO4J_UNAVAILABLE',
  'NEO4J_RESTARTING',
  'NEO4J_READ_ONLY',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Codes only the client gives: the server could not be reached, answered without a coded body, or the page failed. */
export type ClientErrorCode = 'NETWORK' | 'HTTP_ERROR' | 'CLIENT_ERROR';
export type ApiErrorCode = ErrorCode | ClientErrorCode;

/** Where a console query's error points, 1-based, in the query as the user wrote it. */
export const queryPositionSchema = z.object({ line: z.number(), column: z.number(), offset: z.number() });
export type QueryPosition = z.infer<typeof queryPositionSchema>;

/** The body of every error answer; a console query's error may say where in the query it is. */
export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      hint: z.string().optional(),
      position: queryPositionSchema.optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof errorBodySchema>;
