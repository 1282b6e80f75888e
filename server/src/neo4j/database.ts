// The one neo4j-driver instance and the small surface the repositories use: read and write transactions
// against the configured database, and a health probe. Graph values never leave the repository layer.
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';

export interface DatabaseOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  maxPoolSize?: number;
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
      maxTransactionRetryTime: 5_000,
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
