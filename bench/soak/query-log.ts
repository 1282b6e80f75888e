// Preloaded into the soak's server process when `npm run soak -- --query-log FILE` is given (after tsx and
// memory-report.ts): every write transaction (the ingestion's, the warming's) is appended to SOAK_QUERY_LOG
// as one JSON line: when it began (ms since the process started), how long it took, its articles, and each
// query's label (its first line with words) with its time from sending to answer. What a slow ingest in the
// soak's warm-up waited for.
import fs from 'node:fs';
import { Database } from '../../server/src/neo4j/database.js';

const file = process.env['SOAK_QUERY_LOG'];
type Tx = Parameters<Parameters<Database['write']>[0]>[0];

/** A query's label: its first line with words but a subquery's opening, shortened. */
const labelOf = (query: string) =>
  (
    query
      .split('\n')
      .map((l) => l.trim())
      .find((l) => /\w/.test(l) && !l.startsWith('CALL (') && !l.startsWith('WITH b')) ?? '?'
  ).slice(0, 60);

if (file) {
  const { write } = Database.prototype;
  Database.prototype.write = async function <T>(this: Database, work: (tx: Tx) => Promise<T>): Promise<T> {
    const began = performance.now();
    const queries: { q: string; at: number; ms: number; rows: number }[] = [];
    let ok = false;
    try {
      const result = await write.call(this, (tx: Tx) =>
        work(
          new Proxy(tx, {
            get(target, prop, receiver) {
              if (prop !== 'run') return Reflect.get(target, prop, receiver) as unknown;
              return async (query: string, params?: Record<string, unknown>) => {
                const t = performance.now();
                const rows = (params?.['batch'] as unknown[] | undefined)?.length ?? -1;
                try {
                  return await target.run(query, params);
                } finally {
                  queries.push({
                    q: labelOf(query),
                    at: Math.round(t - began),
                    ms: Math.round(performance.now() - t),
                    rows,
                  });
                }
              };
            },
          }),
        ),
      );
      ok = true;
      return result as T;
    } finally {
      const line = { t: Math.round(began), ms: Math.round(performance.now() - began), ok, queries };
      fs.appendFileSync(file, `${JSON.stringify(line)}\n`);
    }
  } as Database['write'];
}
