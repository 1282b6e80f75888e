// Which database refusals the seed tries again (transient-errors.ts), and the loud line a start prints
// when the seed stays incomplete (seed.ts). The retries themselves run against a real Neo4j in
// test/integration/seed-retry.test.ts.
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { seedGaps, seedWarning } from '../../server/src/ingest/seed.js';
import type { LoadOutcome } from '../../server/src/ingest/load-articles.js';
import { describeDatabaseError, isTransientDatabaseError } from '../../server/src/neo4j/transient-errors.js';

const error = (code: string, message = 'refused') => new Neo4jError(message, code, 'N/A', 'N/A');

describe('a database refusal worth trying again', () => {
  it.each([
    'Neo.ClientError.Transaction.TransactionTimedOut',
    'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    'Neo.ClientError.Transaction.LockClientStopped',
    'Neo.TransientError.Transaction.DeadlockDetected',
    'Neo.TransientError.Transaction.LockAcquisitionTimeout',
    'ServiceUnavailable',
  ])('when the code is %s, then it is tried again', (code) => {
    expect(isTransientDatabaseError(error(code))).toBe(true);
  });

  it.each([
    'Neo.ClientError.Schema.ConstraintValidationFailed',
    'Neo.ClientError.Statement.SyntaxError',
    'Neo.ClientError.General.WriteOnReadOnlyAccessDatabase',
  ])('when the code is %s, then it is not', (code) => {
    expect(isTransientDatabaseError(error(code))).toBe(false);
  });

  it("when the error is not the database's, then it is not", () => {
    expect(isTransientDatabaseError(new Error('a bug'))).toBe(false);
    expect(isTransientDatabaseError('text')).toBe(false);
  });

  it('when described, then the code leads the first line', () => {
    expect(describeDatabaseError(error('Neo.X', 'first\nsecond'))).toBe('Neo.X: first');
  });
});

describe('the warning of an incomplete seed', () => {
  const ok: LoadOutcome = {
    file: 'a.json',
    articleId: 'a',
    ok: true,
    counts: { entities: 1, events: 0, statements: 0, relations: 0 },
  };
  const refused: LoadOutcome = {
    file: 'b.json',
    articleId: 'b',
    ok: false,
    errors: [{ file: 'b.json', item: 'database', message: 'Neo.X: timed out\nmore' }],
    message: 'b.json: database: Neo.X: timed out\nmore',
    retryable: true,
  };

  it('when every article loaded, then there is none', () => {
    expect(seedWarning(seedGaps([ok, ok]), 2)).toBeNull();
  });

  it('when an article is missing, then the line names it and how to load it', () => {
    const gaps = seedGaps([ok, refused]);
    expect(gaps).toEqual([{ article: 'b', file: 'b.json', reason: 'Neo.X: timed out' }]);
    const line = seedWarning(gaps, 2)!;
    expect(line).toMatch(/^WARNING: the seed is incomplete: 1 of 2 articles were not loaded \(b\)/);
    expect(line).toContain('npm run seed');
  });
});
