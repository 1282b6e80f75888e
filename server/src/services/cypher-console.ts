// The Cypher console's use case: the guard (grammar rules and static bounds), the parameters, admission (a
// few queries per client, a bound in all), EXPLAIN's verdict, then a capped READ run under one deadline.
// Past the deadline the request is answered QUERY_TIMEOUT at once and the tagged transaction terminated.
import { randomUUID } from 'node:crypto';
import { Neo4jError } from 'neo4j-driver';
import {
  checkParams,
  checkPlan,
  checkQueryText,
  explainRefusal,
  isReadOnlyQueryType,
} from '../cypher-guard/index.js';
import { AppError, type AppErrorOptions } from '../errors.js';
import type { Database } from '../neo4j/database.js';
import {
  EXPLAIN_PREFIX,
  explainQuery,
  runReadQuery,
  terminateTaggedTransactions,
} from '../neo4j/repositories/index.js';
import type { CypherPlanResponse, CypherResponse, QueryRefusalCode } from '@dossier/model';
import { ConsoleAdmission } from './console-admission.js';
import { neo4jQueryError } from './console-errors.js';

export interface ConsoleLimits {
  rowCap: number;
  /** The most JSON the rows of one answer may take. */
  resultMaxBytes: number;
  timeoutMs: number;
  maxInFlightPerClient: number;
  maxInFlight: number;
}

/** The request is answered this long after the deadline at the latest, whatever the database does. */
export const DEADLINE_GRACE_MS = 500;
/** How long Neo4j may take to word a syntax error (its parser answers in milliseconds). */
const SYNTAX_WORDING_TIMEOUT_MS = 3000;
/** How long a query the database never answers may hold its admission slot past the deadline. */
const SLOT_HOLD_AFTER_DEADLINE_MS = 10_000;

/** A refused console query: a 400 whose code says why (WRITE_CLAUSE, LOAD_CSV, NOT_READ_ONLY, ...). */
export class QueryRefusedError extends AppError {
  override name = 'QueryRefusedError';
  constructor(code: QueryRefusalCode, message: string, hint?: string, details?: AppErrorOptions['details']) {
    super(400, code, message, hint ?? 'The console runs read-only queries: MATCH ... RETURN ...', {
      details,
    });
  }
}

export class QueryTimeoutError extends AppError {
  override name = 'QueryTimeoutError';
  constructor(timeoutMs: number) {
    super(
      504,
      'QUERY_TIMEOUT',
      `The query ran past the time limit (${timeoutMs / 1000} s) and was stopped.`,
      'Narrow it: add a LIMIT, anchor it on an indexed id or name, or bound variable-length patterns (*..4).',
    );
  }
}

export class ResultTooLargeError extends AppError {
  override name = 'ResultTooLargeError';
  constructor(maxBytes: number) {
    super(
      422,
      'RESULT_TOO_LARGE',
      `The first row alone is larger than an answer may be (${Math.round(maxBytes / 1024)} KB as JSON).`,
      'Return less per row: size(list) instead of the list, left(s, 200) instead of a long string, or a few properties instead of the whole node.',
    );
  }
}

export interface ConsoleRequest {
  query: string;
  params?: unknown;
  /** true: answer with EXPLAIN's plan, run nothing. */
  explain?: boolean;
}

export class CypherConsole {
  readonly admission: ConsoleAdmission;

  constructor(
    private readonly db: Database,
    private readonly limits: ConsoleLimits,
  ) {
    this.admission = new ConsoleAdmission({
      perClient: limits.maxInFlightPerClient,
      total: limits.maxInFlight,
    });
    // The parser's first run builds its tables (about a second): do it before the first user waits for it.
    setTimeout(() => checkQueryText('MATCH (n) RETURN n'), 0).unref();
  }

  async run(request: ConsoleRequest & { explain: true }, client: string): Promise<CypherPlanResponse>;
  async run(request: ConsoleRequest, client: string): Promise<CypherResponse | CypherPlanResponse>;
  async run(request: ConsoleRequest, client: string): Promise<CypherResponse | CypherPlanResponse> {
    const { timeoutMs } = this.limits;
    const deadline = Date.now() + timeoutMs;
    const checkedParams = checkParams(request.params);
    if (!checkedParams.ok)
      throw new QueryRefusedError(checkedParams.code, checkedParams.message, checkedParams.hint);
    const checked = checkQueryText(request.query, checkedParams.params);
    if (!checked.ok) {
      const refused = new QueryRefusedError(
        checked.code,
        checked.message,
        checked.hint,
        checked.position ? { position: checked.position } : undefined,
      );
      if (checked.code !== 'SYNTAX') throw refused;
      throw await this.wordedSyntaxError(request.query, checkedParams.params, client, refused);
    }
    const release = this.admission.admit(client, timeoutMs, SLOT_HOLD_AFTER_DEADLINE_MS);
    const tag = randomUUID();
    const work = this.explainThenRun(
      checked.statement,
      checkedParams.params,
      request.explain === true,
      deadline,
      tag,
    );
    void work.then(release, release);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => {
          void terminateTaggedTransactions(this.db, tag);
          reject(new QueryTimeoutError(timeoutMs));
        },
        deadline + DEADLINE_GRACE_MS - Date.now(),
      );
    });
    try {
      return await Promise.race([work, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Neo4j's own wording of a syntax error (`Invalid input 'n': expected 'BY'`), from EXPLAIN: planning only,
   * nothing runs, and Neo4j's parser is fast where the language support's linter takes seconds on the event
   * loop. Any other outcome (Neo4j reads the query after all, or does not answer in time) keeps the guard's
   * refusal: a query the guard could not read never runs.
   */
  private async wordedSyntaxError(
    query: string,
    params: Record<string, unknown>,
    client: string,
    refused: QueryRefusedError,
  ): Promise<AppError> {
    const release = this.admission.admit(client, this.limits.timeoutMs, SLOT_HOLD_AFTER_DEADLINE_MS);
    try {
      await explainQuery(this.db, query, params, Math.min(this.limits.timeoutMs, SYNTAX_WORDING_TIMEOUT_MS));
      return refused;
    } catch (err) {
      const worded = err instanceof Neo4jError ? neo4jQueryError(err, EXPLAIN_PREFIX.length) : null;
      return worded?.code === 'SYNTAX' ? worded : refused;
    } finally {
      release();
    }
  }

  private async explainThenRun(
    statement: string,
    params: Record<string, unknown>,
    explainOnly: boolean,
    deadline: number,
    tag: string,
  ): Promise<CypherResponse | CypherPlanResponse> {
    const explained = await explainQuery(this.db, statement, params, deadline - Date.now()).catch((err) => {
      throw err instanceof Neo4jError ? (neo4jQueryError(err, EXPLAIN_PREFIX.length) ?? err) : err;
    });
    const refusal = isReadOnlyQueryType(explained.queryType)
      ? checkPlan(explained.plan)
      : explainRefusal(explained.queryType);
    if (refusal) throw new QueryRefusedError(refusal.code, refusal.message, refusal.hint);
    if (explainOnly) return explained;
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw new QueryTimeoutError(this.limits.timeoutMs);
    const res = await runReadQuery(this.db, statement, params, {
      cap: this.limits.rowCap,
      maxBytes: this.limits.resultMaxBytes,
      timeoutMs: remaining,
      tag,
    }).catch((err) => {
      throw err instanceof Neo4jError ? (neo4jQueryError(err) ?? err) : err;
    });
    if (res.summary.cutBy === 'size' && res.rows.length === 0)
      throw new ResultTooLargeError(this.limits.resultMaxBytes);
    return res;
  }
}
