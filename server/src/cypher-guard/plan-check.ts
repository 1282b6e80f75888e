// The guard's second opinion, from Neo4j itself: EXPLAIN's query type must be `r` (read-only), and no plan
// operator may write, load CSV, run a command or call a procedure outside the allow-list.
import type { CypherPlanNode } from '@dossier/model';
import { ALLOWED_PROCEDURES, refuse, type Refusal } from './rules.js';

const ALLOWED = new Set<string>(ALLOWED_PROCEDURES);
const WRITING_OPERATOR =
  /^(Create|Merge|Delete|DetachDelete|Set|Remove|Foreach|LoadCSV|Transaction|Show|Terminate)/;

/** EXPLAIN's query type: only `r` (read-only) may run. */
export function isReadOnlyQueryType(type: string): boolean {
  return type === 'r';
}

export function explainRefusal(type: string): Refusal {
  return refuse(
    'NOT_READ_ONLY',
    `EXPLAIN says this query would ${type === 's' ? 'change the schema' : 'write'} (type '${type}'); the console is read-only.`,
    'Use MATCH … RETURN …',
  );
}

/** Null when every operator of the plan reads; otherwise the first one that does not. */
export function checkPlan(plan: CypherPlanNode | null): Refusal | null {
  const stack = plan ? [plan] : [];
  while (stack.length) {
    const op = stack.pop()!;
    if (WRITING_OPERATOR.test(op.operator)) {
      return refuse(
        'NOT_READ_ONLY',
        `EXPLAIN's plan has a ${op.operator} operator; the console is read-only.`,
        'Use MATCH … RETURN …',
      );
    }
    if (op.operator === 'ProcedureCall') {
      const name = /^\s*([\w.`]+)\s*\(/.exec(op.details ?? '')?.[1]?.replaceAll('`', '') ?? '';
      if (!ALLOWED.has(name)) {
        return refuse(
          'PROCEDURE_NOT_ALLOWED',
          `EXPLAIN's plan calls the procedure ${name || '(unknown)'}, which the console does not allow.`,
          `Allowed procedures: ${ALLOWED_PROCEDURES.join(', ')}.`,
        );
      }
    }
    stack.push(...op.children);
  }
  return null;
}
