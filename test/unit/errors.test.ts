// Every error class says its name and keeps the error it wraps as `cause`; every code the server's
// errors carry is in the model's catalogue, which the client's ApiError shares.
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, QUERY_REFUSAL_CODES } from '@dossier/model';
import { ApiError } from '../../client/src/api/client.js';
import { InputProblem } from '../../client/src/panels/add-article/input.js';
import { CliError } from '../../server/src/cli/extract.js';
import { ConfigError } from '../../server/src/config.js';
import { GUARD_CODES } from '../../server/src/cypher-guard/index.js';
import {
  AppError,
  ExtractionFailedError,
  IngestionDisabledError,
  IngestTokenRequiredError,
  InputRejectedError,
  NotFoundError,
  UnavailableError,
  ValidationError,
} from '../../server/src/errors.js';
import { fromNeo4jError } from '../../server/src/http/error-handler.js';
import { SeedError } from '../../server/src/ingest/seed.js';
import { Neo4jSetupError } from '../../server/src/neo4j/managed/index.js';
import { TooManyQueriesError } from '../../server/src/services/console-admission.js';
import { QueryRefusedError, QueryTimeoutError } from '../../server/src/services/cypher-console.js';
import { Neo4jError } from 'neo4j-driver';

const cause = new Error('the original');

describe('error classes', () => {
  const cases: [string, Error][] = [
    ['AppError', new AppError(500, 'INTERNAL', 'x', undefined, { cause })],
    ['NotFoundError', new NotFoundError('entity', 'person:x')],
    ['ValidationError', new ValidationError('x')],
    ['UnavailableError', new UnavailableError(undefined, undefined, { cause })],
    [
      'InputRejectedError',
      new InputRejectedError('EMPTY_ARTICLE', 'a.txt', 'is empty', undefined, { cause }),
    ],
    ['ExtractionFailedError', ExtractionFailedError.crashed('a.txt', cause)],
    ['IngestTokenRequiredError', new IngestTokenRequiredError('x')],
    ['IngestionDisabledError', new IngestionDisabledError('0.0.0.0')],
    ['QueryRefusedError', new QueryRefusedError('LOAD_CSV', 'x')],
    ['QueryTimeoutError', new QueryTimeoutError(1000)],
    ['TooManyQueriesError', new TooManyQueriesError('x', 5)],
    ['ConfigError', new ConfigError('x', { cause })],
    ['SeedError', new SeedError('x', { cause })],
    ['Neo4jSetupError', new Neo4jSetupError('x', { cause })],
    ['CliError', new CliError('x', { cause })],
    ['ApiError', new ApiError(0, 'NETWORK', 'x', undefined, { cause })],
    ['InputProblem', new InputProblem('x', 'hint', 'field', { cause })],
  ];
  it.each(cases)('when a %s is made, then its name is its class name', (name, error) => {
    expect(error.name).toBe(name);
    expect(error).toBeInstanceOf(Error);
    expect(String(error)).toMatch(new RegExp(`^${name}: `));
  });
  it('when an error wraps another, then the other is its cause', () => {
    for (const [, error] of cases.filter(
      ([name]) => !/NotFound|Validation|Token|Disabled|Refused|Timeout|TooMany/.test(name),
    ))
      expect(error.cause).toBe(cause);
  });
  it('when the extractor throws, then EXTRACTION_FAILED names the source and keeps what it threw', () => {
    const e = ExtractionFailedError.crashed('request body', new TypeError('x is undefined'));
    expect(e.code).toBe('EXTRACTION_FAILED');
    expect(e.status).toBe(500);
    expect(e.message).toBe('request body: the extractor failed: x is undefined');
    expect(e.cause).toBeInstanceOf(TypeError);
    const invalid = ExtractionFailedError.invalidDocument('a.txt', 'entities.0.id: bad');
    expect(invalid.message).toBe(
      'a.txt: the extracted annotation document is not valid:\nentities.0.id: bad',
    );
  });
  it("when Neo4j's driver fails, then the coded error keeps the driver's error as its cause", () => {
    const driverError = new Neo4jError('gone', 'ServiceUnavailable', 'N/A', 'N/A');
    const e = fromNeo4jError(driverError);
    expect([e.code, e.status, e.cause]).toEqual(['NEO4J_UNAVAILABLE', 503, driverError]);
  });
});

describe('the catalogue of codes', () => {
  it("when the console refuses a query, then its code is in the catalogue (the guard's codes are the model's)", () => {
    expect(GUARD_CODES).toBe(QUERY_REFUSAL_CODES);
    for (const code of QUERY_REFUSAL_CODES) expect(ERROR_CODES).toContain(code);
  });
  it('when the catalogue is listed, then no code appears twice', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  });
});
