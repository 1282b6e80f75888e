// A managed Neo4j for benchmarks: its own data folder under .dossier/, so a large graph survives
// between runs, with more memory than the tests use.
import path from 'node:path';
import { PROJECT_ROOT } from '../server/src/config.js';
import { Database } from '../server/src/neo4j/database.js';
import { ensureNeo4jFetched, ManagedNeo4j, type Neo4jConnection } from '../server/src/neo4j/managed/index.js';
import { applySchema } from '../server/src/neo4j/schema.js';

export async function startBenchNeo4j(
  name: string,
  neo4jConf: { extraSettings?: string[] } = {},
): Promise<{ db: Database; connection: Neo4jConnection; pid: number | undefined; stop(): Promise<void> }> {
  await ensureNeo4jFetched((l) => console.error(l));
  const managed = new ManagedNeo4j({
    dataDir: path.join(PROJECT_ROOT, '.dossier', `bench-${name}`),
    heap: process.env.DOSSIER_NEO4J_HEAP ?? '4g',
    pageCache: process.env.DOSSIER_NEO4J_PAGECACHE ?? '4g',
    txTimeoutMs: 600_000,
    ...neo4jConf,
  });
  const c = await managed.start();
  const db = new Database({ ...c, database: 'neo4j' });
  await db.waitUntilAvailable();
  await applySchema(db);
  return {
    db,
    connection: c,
    pid: managed.pid,
    stop: async () => {
      await db.close();
      await managed.stop();
    },
  };
}

/** Prints rows as an aligned text table. */
export function printTable(rows: Record<string, string | number>[]): void {
  if (rows.length === 0) return;
  const cols = Object.keys(rows[0]!);
  const cell = (v: string | number) =>
    typeof v === 'number' ? v.toLocaleString('en-US', { maximumFractionDigits: 2 }) : v;
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(cell(r[c] ?? '')).length)));
  const line = (vals: string[]) => `| ${vals.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(cols));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(cols.map((c) => String(cell(r[c] ?? '')))));
}

export function argValue(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
