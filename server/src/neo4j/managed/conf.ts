// The managed Neo4j's settings, written as a neo4j.conf that the launcher loads.
export interface ManagedConf {
  boltPort: number;
  importDir: string;
  pageCache: string;
  txTimeoutMs: number;
  /** More `key=value` lines (e.g. `server.databases.read_only=neo4j` in fault tests). */
  extraSettings?: string[];
}

export function renderConf(c: ManagedConf): string {
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
    `server.memory.pagecache.size=${c.pageCache}`,
    'dbms.usage_report.enabled=false',
    ...(c.extraSettings ?? []),
    '',
  ].join('\n');
}
