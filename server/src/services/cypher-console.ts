// The Cypher console's use case: the guard's static rules, then EXPLAIN's verdict, then a capped READ run.
import { checkQueryText, explainRefusal, isReadOnlyQueryType } from '../cypher-guard/index.js';
import { AppError } from '../errors.js';
import type { Database } from '../neo4j/database.js';
import { explainQueryType, runReadQuery } from '../neo4j/repositories/index.js';
import type { CypherResponse } from '@dossier/model';

export interface ConsoleLimits {
  rowCap: number;
  timeoutMs: number;
}

/** A refused console query: a 400 whose code says why (WRITE_CLAUSE, LOAD_CSV, NOT_READ_ONLY, ...). */
export class QueryRefusedError extends AppError {
  constructor(code: string, message: string, hint?: string) {
    super(400, code, message, hint ?? 'The console runs read-only queries: MATCH ... RETURN ...');
  }
}

export async function runConsoleQuery(
  db: Database,
  query: string,
  params: Record<string, unknown>,
  limits: ConsoleLimits,
): Promise<CypherResponse> {
  const checked = checkQueryText(query);
  if (!checked.ok) throw new QueryRefusedError(checked.code, checked.message, checked.hint);
  const type = await explainQueryType(db, checked.statement, params);
  if (!isReadOnlyQueryType(type)) {
    const refusal = explainRefusal(type);
    if (!refusal.ok) throw new QueryRefusedError(refusal.code, refusal.message, refusal.hint);
  }
  return runReadQuery(db, checked.statement, params, { cap: limits.rowCap, timeoutMs: limits.timeoutMs });
}
