// The Cypher console's database side: EXPLAIN (query type and plan, nothing run), the query itself in a READ
// transaction tagged with the request's id and bounded by a timeout, its rows streamed and cut at a row cap or
// a size cap (their JSON, counted row by row, so a huge answer is never built), and
// TERMINATE TRANSACTION for a tagged transaction that outlived its deadline.
import type { Database } from '../database.js';
import { graphFromValues, toPlain } from '../mappers.js';
import type { CypherPlanNode, CypherResponse } from '@dossier/model';

/** EXPLAIN runs `EXPLAIN <statement>`: positions on its first line are shifted by this prefix. */
export const EXPLAIN_PREFIX = 'EXPLAIN ';

/** Transaction metadata key that marks a console query (found again by SHOW TRANSACTIONS). */
export const CONSOLE_TX_TAG = 'dossierConsole';

interface DriverPlan {
  operatorType: string;
  identifiers: string[];
  arguments: Record<string, unknown>;
  children: DriverPlan[];
}

function toPlanNode(p: DriverPlan): CypherPlanNode {
  const args = p.arguments ?? {};
  const estimated = Number(args['EstimatedRows'] ?? NaN);
  const details = args['Details'];
  return {
    operator: p.operatorType.replace(/@.*$/, ''),
    details: typeof details === 'string' ? details : null,
    estimatedRows: Number.isFinite(estimated) ? Math.round(estimated * 10) / 10 : null,
    identifiers: p.identifiers ?? [],
    children: (p.children ?? []).map(toPlanNode),
  };
}

/** EXPLAIN: the query type Neo4j reports (`r`, `rw`, `w`, `s`) and its plan, without running the query. */
export async function explainQuery(
  db: Database,
  statement: string,
  params: Record<string, unknown>,
  timeoutMs: number,
): Promise<{ queryType: string; plan: CypherPlanNode | null }> {
  const session = db.session('READ');
  try {
    const tx = session.beginTransaction({ timeout: Math.max(1, timeoutMs) });
    try {
      const res = await tx.run(`${EXPLAIN_PREFIX}${statement}`, params);
      const plan = res.summary.plan ? toPlanNode(res.summary.plan as DriverPlan) : null;
      return { queryType: res.summary.queryType, plan };
    } finally {
      await tx.rollback().catch(() => undefined);
    }
  } finally {
    await session.close();
  }
}

/**
 * Runs a read-only statement, keeping at most `cap` rows and `maxBytes` of their JSON; `truncated` says
 * whether more existed and `cutBy` which cap cut them (`size` with no rows: the first row alone was larger).
 */
export async function runReadQuery(
  db: Database,
  statement: string,
  params: Record<string, unknown>,
  opts: { cap: number; maxBytes: number; timeoutMs: number; tag: string },
): Promise<CypherResponse> {
  const started = performance.now();
  const session = db.session('READ');
  const tx = session.beginTransaction({
    timeout: Math.max(1, opts.timeoutMs),
    metadata: { [CONSOLE_TX_TAG]: opts.tag },
  });
  try {
    const result = tx.run(statement, params);
    const keys = await result.keys();
    const raw: unknown[][] = [];
    const rows: unknown[][] = [];
    let bytes = 0;
    let cutBy: 'rows' | 'size' | null = null;
    for await (const record of result) {
      if (raw.length >= opts.cap) {
        cutBy = 'rows';
        break;
      }
      const values = keys.map((k) => record.get(k));
      const row = values.map(toPlain);
      bytes += JSON.stringify(row).length + 1;
      if (bytes > opts.maxBytes) {
        cutBy = 'size';
        break;
      }
      raw.push(values);
      rows.push(row);
    }
    const ms = Math.round(performance.now() - started);
    return {
      columns: keys.map(String),
      rows,
      graph: graphFromValues(raw),
      summary: { rows: rows.length, truncated: cutBy !== null, cutBy, ms, cap: opts.cap },
    };
  } finally {
    await tx.rollback().catch(() => undefined);
    await session.close().catch(() => undefined);
  }
}

/**
 * Terminates the transactions tagged `tag` (the backstop after a missed deadline); returns how many.
 * Needs the right to see and end others' transactions (the managed Neo4j's user has it); 0 without it.
 */
export async function terminateTaggedTransactions(db: Database, tag: string): Promise<number> {
  const session = db.session('WRITE');
  try {
    const shown = await session.run(
      `SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData[$key] = $tag RETURN transactionId`,
      { key: CONSOLE_TX_TAG, tag },
    );
    const ids = shown.records.map((r) => String(r.get('transactionId')));
    if (ids.length === 0) return 0;
    await session.run('TERMINATE TRANSACTIONS $ids', { ids });
    return ids.length;
  } catch {
    return 0;
  } finally {
    await session.close().catch(() => undefined);
  }
}
