// The managed Neo4j's settings, written as a neo4j.conf that the launcher loads.
export interface ManagedConf {
  boltPort: number;
  importDir: string;
  pageCache: string;
  txTimeoutMs: number;
  /** The JVM heap (`1g`, `768m`): the transaction memory limits are fractions of it. */
  heap?: string;
  /** More `key=value` lines (e.g. `server.databases.read_only=neo4j` in fault tests). */
  extraSettings?: string[];
}

const BYTES_PER_UNIT: Record<string, number> = { '': 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40 };

/** A JVM size (`1g`, `768m`, `512M`, bytes without a unit) in MiB; null when it cannot be read. */
export function sizeInMiB(size: string): number | null {
  const m = /^(\d+)([kmgt]?)$/i.exec(size.trim());
  if (!m) return null;
  return Math.floor((Number(m[1]) * BYTES_PER_UNIT[m[2]!.toLowerCase()]!) / 2 ** 20);
}

/**
 * Memory limits for transactions, from the heap: one transaction may use an eighth of it (a query that
 * collects too much fails with Neo.TransientError.General.MemoryPoolOutOfMemoryError, which the API answers
 * as QUERY_TOO_LARGE), and all transactions together half of it, so that no query, nor a few at once, can
 * push the JVM into stop-the-world garbage collection.
 */
export function transactionMemoryLimits(
  heap: string,
): { perTransactionMiB: number; totalMiB: number } | null {
  const heapMiB = sizeInMiB(heap);
  if (!heapMiB) return null;
  return {
    perTransactionMiB: Math.max(32, Math.floor(heapMiB / 8)),
    totalMiB: Math.max(64, Math.floor(heapMiB / 2)),
  };
}

/** Seconds Bolt's network threads wait, once told to stop, for work that will not come (Neo4j's default: 5). */
export const BOLT_SHUTDOWN_QUIET_S = 0;

export function renderConf(c: ManagedConf): string {
  const memory = c.heap ? transactionMemoryLimits(c.heap) : null;
  return [
    '# Written by Dossier at each start of the managed local Neo4j; edits are overwritten.',
    'server.bolt.enabled=true',
    `server.bolt.listen_address=127.0.0.1:${c.boltPort}`,
    'server.bolt.tls_level=DISABLED',
    'dbms.security.auth_enabled=true',
    '# LOAD CSV may read no local file (an empty import directory) and reach no host.',
    'dbms.security.allow_csv_import_from_file_urls=false',
    `server.directories.import=${c.importDir}`,
    'internal.dbms.cypher_ip_blocklist=0.0.0.0/0,::/0',
    `db.transaction.timeout=${Math.ceil(c.txTimeoutMs / 1000)}s`,
    '# Timed-out transactions are marked within a second (the default checks every 2 s).',
    'db.transaction.monitor.check.interval=1s',
    ...(memory
      ? [
          '# No transaction may hold more than an eighth of the heap, nor all of them more than half.',
          `db.memory.transaction.max=${memory.perTransactionMiB}m`,
          `dbms.memory.transaction.total.max=${memory.totalMiB}m`,
        ]
      : []),
    `server.memory.pagecache.size=${c.pageCache}`,
    'dbms.usage_report.enabled=false',
    '# A stop takes well under a second: by the time Bolt shuts down, its connections are closed and the',
    '# databases stopped and checkpointed, yet its two network thread groups each waited a quiet period',
    '# of 5 s (10 s of every stop, and of every restart of a data folder just stopped).',
    `internal.dbms.bolt.netty_server_shutdown_quiet_period=${BOLT_SHUTDOWN_QUIET_S}`,
    ...(c.extraSettings ?? []),
    '',
  ].join('\n');
}
