// The Cypher console's database side: EXPLAIN for the query type, then the query itself in a READ
// transaction with a timeout, its rows streamed and cut at a cap.
import type { Database } from '../database.js';
import { graphFromValues, toPlain } from '../mappers.js';
import type { CypherResponse } from '@dossier/model';

/** The query type EXPLAIN reports (`r`, `rw`, `w`, `s`), without running the query. */
export async function explainQueryType(
  db: Database,
  statement: string,
  params: Record<string, unknown>,
): Promise<string> {
  const session = db.session('READ');
  try {
    const res = await session.run(`EXPLAIN ${statement}`, params);
    return res.summary.queryType;
  } finally {
    await session.close();
  }
}

/** Runs a read-only statement, keeping at most `cap` rows; `truncated` says whether more existed. */
export async function runReadQuery(
  db: Database,
  statement: string,
  params: Record<string, unknown>,
  opts: { cap: number; timeoutMs: number },
): Promise<CypherResponse> {
  const started = performance.now();
  const session = db.session('READ');
  const tx = session.beginTransaction({ timeout: opts.timeoutMs });
  try {
    const result = tx.run(statement, params);
    const keys = await result.keys();
    const raw: unknown[][] = [];
    let truncated = false;
    for await (const record of result) {
      if (raw.length >= opts.cap) {
        truncated = true;
        break;
      }
      raw.push(keys.map((k) => record.get(k)));
    }
    return {
      columns: keys.map(String),
      rows: raw.map((row) => row.map(toPlain)),
      graph: graphFromValues(raw),
      summary: { rows: raw.length, truncated, ms: Math.round(performance.now() - started), cap: opts.cap },
    };
  } finally {
    await tx.rollback().catch(() => undefined);
    await session.close();
  }
}
