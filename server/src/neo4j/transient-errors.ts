// Which database errors are worth trying again: the database refused the work for a reason of the moment
// (a transaction past its time limit on a busy host, a deadlock, a lock not granted in time, a transient
// error, Neo4j briefly out of reach), not for something in the work itself (a constraint, a bad query, a
// read-only database or a full disk), which fails the same way every time.
import { isRetryableError } from 'neo4j-driver';

/** Codes of transactions stopped by the database for the time they took or the locks they waited on. */
const STOPPED_FOR_TIME = [
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.ClientError.Transaction.LockClientStopped',
];

export function isTransientDatabaseError(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as Error & { code?: unknown }).code;
  const c = typeof code === 'string' ? code : '';
  if (/ReadOnly|OutOfDisk|DiskFull|No space left/i.test(`${c} ${err.message}`)) return false;
  return isRetryableError(err) || c.startsWith('Neo.TransientError.') || STOPPED_FOR_TIME.includes(c);
}

/** The code and first line of a database error, for a log line. */
export function describeDatabaseError(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  const first = String((err as Error | null)?.message ?? err).split('\n')[0];
  return typeof code === 'string' && code ? `${code}: ${first}` : first!;
}
