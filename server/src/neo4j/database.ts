// The one neo4j-driver instance and the small surface the repositories use: read and write transactions
// against the configured database, and a health probe. Graph values never leave the repository layer.
import neo4j, {
  isRetryableError,
  type Driver,
  type ManagedTransaction,
  type Record as Neo4jRecord,
  type Session,
} from 'neo4j-driver';

/** How long a read is retried on transient errors (the driver's own retry time for transactions). */
const RETRY_MS = 5_000;

export interface DatabaseOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  maxPoolSize?: number;
}

/**
 * session.run without the stack trace neo4j-driver captures for every query (to append the caller's
 * frames to a failed query's error): under tsx's source maps formatting it costs ~0.1 ms of CPU per query,
 * on the hottest reads. The error keeps its message and code; only the caller's frames are left out.
 */
function runWithoutCallerStack(session: Session, query: string, params?: Record<string, unknown>) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0; // the Result is made synchronously inside run: only its capture sees this
  try {
    return session.run(query, params);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export class Database {
  readonly driver: Driver;
  readonly name: string;

  constructor(options: DatabaseOptions) {
    this.name = options.database;
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      maxConnectionPoolSize: options.maxPoolSize ?? 50,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: RETRY_MS,
      disableLosslessIntegers: true,
    });
  }

  session(mode: 'READ' | 'WRITE'): Session {
    return this.driver.session({
      database: this.name,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  /** Runs work in a managed READ transaction (retried on transient errors). */
  async read<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs?: number): Promise<T> {
    const session = this.session('READ');
    try {
      return await session.executeRead(work, timeoutMs ? { timeout: timeoutMs } : undefined);
    } finally {
      await session.close();
    }
  }

  /**
   * One read query in an auto-commit transaction of a READ session (routed to a reader on a cluster):
   * a round trip fewer than `read`, which begins and commits a transaction around its work, for hot
   * reads made of one query. Retried on transient errors as `read` is.
   */
  async readQuery(query: string, params?: Record<string, unknown>): Promise<Neo4jRecord[]> {
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      const session = this.session('READ');
      try {
        return (await runWithoutCallerStack(session, query, params)).records;
      } catch (err) {
        if (!isRetryableError(err as Error) || Date.now() - started > RETRY_MS) throw err;
        await new Promise((r) => setTimeout(r, Math.min(1000, 100 * 2 ** attempt)));
      } finally {
        await session.close();
      }
    }
  }

  /** Runs work in a managed WRITE transaction: all of it commits, or none of it. */
  async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.session('WRITE');
    try {
      return await session.executeWrite(work);
    } finally {
      await session.close();
    }
  }

  /** Waits until Neo4j answers, or throws after `timeoutMs`. */
  async waitUntilAvailable(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        await this.driver.verifyConnectivity({ database: this.name });
        return;
      } catch (err) {
        if (Date.now() > deadline) throw err;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
