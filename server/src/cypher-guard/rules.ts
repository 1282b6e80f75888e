// The console's rules, decided on the parse tree (so `MATCH (use:Person)` and `count(set)` are names, not
// commands): one statement; only reading clauses (MATCH, OPTIONAL MATCH, WITH, UNWIND, RETURN, reading CALL
// subqueries, allow-listed procedures, UNION, ORDER BY/SKIP/LIMIT, FINISH), at any depth, subqueries
// included; no write clause, LOAD CSV, USE, SHOW/TERMINATE, schema or admin command, CALL { } IN
// TRANSACTIONS, EXPLAIN/PROFILE prefix or runtime option.
import { QUERY_REFUSAL_CODES, type QueryRefusalCode } from '@dossier/model';
import type { ParserRuleContext, ParseTree } from 'antlr4ng';
import { Cypher, positionOf, type Position } from './parser.js';

/** The refusal codes are the model's catalogue (QUERY_REFUSAL_CODES), shared with the client. */
export const GUARD_CODES = QUERY_REFUSAL_CODES;
export type GuardCode = QueryRefusalCode;

export interface Refusal {
  ok: false;
  code: GuardCode;
  message: string;
  hint?: string;
  position?: Position;
}

export const ALLOWED_PROCEDURES = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.index.fulltext.queryNodes',
] as const;
const ALLOWED = new Set<string>(ALLOWED_PROCEDURES);

const READ_ONLY_HINT = 'The console is read-only: use MATCH … RETURN …';

export function refuse(code: GuardCode, message: string, hint?: string, position?: Position): Refusal {
  return { ok: false, code, message, ...(hint ? { hint } : {}), ...(position ? { position } : {}) };
}

const at = (ctx: ParserRuleContext) => {
  const p = positionOf(ctx);
  return ` (line ${p.line}, column ${p.column})`;
};

/** The clauses and commands that write, with the name a person knows them by. */
const WRITE_CLAUSES: [new (...args: never[]) => ParserRuleContext, string][] = [
  [Cypher.CreateClauseContext, 'CREATE'],
  [Cypher.InsertClauseContext, 'INSERT'],
  [Cypher.MergeClauseContext, 'MERGE'],
  [Cypher.SetClauseContext, 'SET'],
  [Cypher.DeleteClauseContext, 'DELETE'],
  [Cypher.RemoveClauseContext, 'REMOVE'],
  [Cypher.ForeachClauseContext, 'FOREACH'],
];

/** A procedure's name as Neo4j resolves it: `db`.`labels` -> db.labels. */
function procedureName(ctx: Cypher.ProcedureNameContext): string {
  const unquote = (part: string) =>
    part.startsWith('`') && part.endsWith('`') ? part.slice(1, -1).replaceAll('``', '`') : part;
  return [...ctx.namespace().symbolicNameString(), ctx.symbolicNameString()]
    .map((part) => unquote(part.getText()))
    .join('.');
}

function checkNode(ctx: ParserRuleContext): Refusal | null {
  if (ctx instanceof Cypher.PreparserOptionContext) {
    if (ctx.EXPLAIN() || ctx.PROFILE()) {
      return refuse(
        'EXPLAIN_OR_PROFILE',
        `${ctx.EXPLAIN() ? 'EXPLAIN' : 'PROFILE'} is not accepted in the console${at(ctx)}.`,
        'Remove the prefix and use the Plan button: it shows the plan without running the query.',
        positionOf(ctx),
      );
    }
    const options = ctx.cypherOptions();
    if (options && options.cypherOption().length > 0) {
      return refuse(
        'CYPHER_OPTION',
        `Cypher options (${options
          .cypherOption()
          .map((o) => o.getText())
          .join(', ')}) are not accepted in the console${at(ctx)}.`,
        'Remove them: the console runs every query with the default planner and runtime.',
        positionOf(ctx),
      );
    }
  }
  if (ctx instanceof Cypher.CommandContext || ctx instanceof Cypher.ComposableCommandClausesContext) {
    const words = ctx.getText().slice(0, 40);
    return refuse(
      'ADMIN_COMMAND',
      `${words.toUpperCase().startsWith('SHOW') || words.toUpperCase().startsWith('TERMINATE') ? 'SHOW and TERMINATE commands are' : 'Schema and administration commands are'} not allowed in the console${at(ctx)}.`,
      READ_ONLY_HINT,
      positionOf(ctx),
    );
  }
  if (ctx instanceof Cypher.UseClauseContext) {
    return refuse(
      'ADMIN_COMMAND',
      `USE is not allowed in the console${at(ctx)}: it reads the configured database only.`,
      'Remove the USE clause.',
      positionOf(ctx),
    );
  }
  for (const [type, name] of WRITE_CLAUSES) {
    if (ctx instanceof type) {
      const detach =
        name === 'DELETE' && ctx.getText().toUpperCase().startsWith('DETACH') ? 'DETACH DELETE' : name;
      return refuse(
        'WRITE_CLAUSE',
        `${detach} writes to the graph; the console is read-only${at(ctx)}.`,
        READ_ONLY_HINT,
        positionOf(ctx),
      );
    }
  }
  if (ctx instanceof Cypher.LoadCSVClauseContext) {
    return refuse(
      'LOAD_CSV',
      `LOAD CSV is not allowed in the console${at(ctx)}.`,
      'The console reads the graph only; it loads no files or URLs.',
      positionOf(ctx),
    );
  }
  if (ctx instanceof Cypher.SubqueryClauseContext && ctx.subqueryInTransactionsParameters()) {
    return refuse(
      'IN_TRANSACTIONS',
      `CALL { … } IN TRANSACTIONS is not allowed in the console${at(ctx)}.`,
      'Batched transactions are for writes; the console is read-only.',
      positionOf(ctx),
    );
  }
  if (ctx instanceof Cypher.CallClauseContext) {
    const name = procedureName(ctx.procedureName());
    if (!ALLOWED.has(name)) {
      return refuse(
        'PROCEDURE_NOT_ALLOWED',
        `The procedure ${name} is not allowed in the console${at(ctx)}.`,
        `Allowed procedures: ${ALLOWED_PROCEDURES.join(', ')}.`,
        positionOf(ctx),
      );
    }
  }
  return null;
}

/** Applies the rules to every node of a statement's parse tree; the first refusal, or null. */
export function checkTree(tree: ParseTree): Refusal | null {
  const stack: ParseTree[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (!('children' in node)) continue;
    const ctx = node as ParserRuleContext;
    const refusal = checkNode(ctx);
    if (refusal) return refusal;
    for (let i = ctx.getChildCount() - 1; i >= 0; i--) stack.push(ctx.getChild(i)!);
  }
  return null;
}
