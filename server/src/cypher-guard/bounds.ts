// Static bounds read from the parse: Neo4j evaluates an expression (a list comprehension, reduce(), any()...)
// inside one row and never checks there whether its transaction was terminated, so a huge range() inside an
// expression burns a core past every deadline. Every range() whose bounds are constants or parameters gets a
// size; inside an expression it may make at most MAX_LIST_IN_EXPRESSION values, and nested iterations at most
// MAX_ITERATIONS evaluations. `UNWIND range(…)` streams rows (termination is checked between rows) and is
// bounded by the deadline and the transaction memory limit instead. Bounds that are not constants cannot be
// known here: the deadline and the managed Neo4j's reaper stop those.
import type { ParserRuleContext, ParseTree } from 'antlr4ng';
import { isInt } from 'neo4j-driver';
import { Cypher, positionOf } from './parser.js';
import { refuse, type Refusal } from './rules.js';

export const MAX_LIST_IN_EXPRESSION = 10_000;
export const MAX_ITERATIONS = 1_000_000;

type Iteration =
  Cypher.ListComprehensionContext | Cypher.ReduceExpressionContext | Cypher.ListItemsPredicateContext;

/** Evaluates integer arithmetic over literals and parameters (`2000000`, `-1`, `10 * $n`); null otherwise. */
export function constantInteger(text: string, params: Record<string, unknown>): number | null {
  const tokens =
    text.match(/0x[0-9a-f_]+|0o[0-7_]+|\d[\d_]*|\$`[^`]+`|\$[\p{L}\p{N}_]+|[-+*/()]|\S/giu) ?? [];
  let i = 0;
  const atom = (): number | null => {
    const t = tokens[i++];
    if (t === undefined) return null;
    if (t === '-') {
      const v = atom();
      return v === null ? null : -v;
    }
    if (t === '(') {
      const v = sum();
      return tokens[i++] === ')' ? v : null;
    }
    if (t.startsWith('$')) {
      const value = params[t.slice(1).replace(/^`|`$/g, '')];
      if (isInt(value)) return (value as { toNumber(): number }).toNumber();
      return typeof value === 'number' && Number.isInteger(value) ? value : null;
    }
    const digits = t.replaceAll('_', '').toLowerCase();
    if (/^0x[0-9a-f]+$/.test(digits)) return parseInt(digits.slice(2), 16);
    if (/^0o[0-7]+$/.test(digits)) return parseInt(digits.slice(2), 8);
    if (/^\d+$/.test(digits)) return Number(digits);
    return null;
  };
  const product = (): number | null => {
    let v = atom();
    while (v !== null && (tokens[i] === '*' || tokens[i] === '/')) {
      const op = tokens[i++];
      const r = atom();
      v = r === null || (op === '/' && r === 0) ? null : op === '*' ? v * r : Math.trunc(v / r);
    }
    return v;
  };
  const sum = (): number | null => {
    let v = product();
    while (v !== null && (tokens[i] === '+' || tokens[i] === '-')) {
      const op = tokens[i++];
      const r = product();
      v = r === null ? null : op === '+' ? v + r : v - r;
    }
    return v;
  };
  const value = sum();
  return i === tokens.length && value !== null && Number.isFinite(value) ? value : null;
}

/** How many values `range(start, end[, step])` makes, when its arguments are constants. */
function rangeSize(call: Cypher.FunctionInvocationContext, params: Record<string, unknown>): number | null {
  const args = call.functionArgument().map((a) => constantInteger(a.getText(), params));
  if (args.length < 2 || args.some((a) => a === null)) return null;
  const [start, end, step = 1] = args as number[];
  if (step === 0) return null;
  return Math.max(0, Math.floor((end! - start!) / step!) + 1);
}

function isRangeCall(ctx: ParserRuleContext): ctx is Cypher.FunctionInvocationContext {
  return (
    ctx instanceof Cypher.FunctionInvocationContext && ctx.functionName().getText().toLowerCase() === 'range'
  );
}

/** The list an iteration runs over. */
function iterationSource(ctx: Iteration): ParserRuleContext | null {
  if (ctx instanceof Cypher.ReduceExpressionContext) return ctx.expression(1);
  if (ctx instanceof Cypher.ListComprehensionContext) return ctx.expression(0);
  return ctx._inExp ?? null;
}

/** The static size of a list expression: a range() with constant bounds or a list literal; null otherwise. */
function listSize(expr: ParserRuleContext, params: Record<string, unknown>): number | null {
  let node: ParseTree = expr;
  // Descend through single-child wrappers (expression -> expression11 -> ... -> functionInvocation).
  while ('children' in node && node.getChildCount() === 1) node = node.getChild(0)!;
  if (!('children' in node)) return null;
  const ctx = node as ParserRuleContext;
  if (isRangeCall(ctx)) return rangeSize(ctx, params);
  if (ctx instanceof Cypher.ListLiteralContext) return ctx.expression().length;
  return null;
}

/** True when `call` is the whole expression of an UNWIND (or FOR) clause: its values are streamed as rows. */
function isStreamed(call: ParserRuleContext): boolean {
  for (let p = call.parent; p; p = p.parent) {
    if (p instanceof Cypher.UnwindClauseContext || p instanceof Cypher.ForListClauseContext) {
      return p.expression().getText() === call.getText();
    }
    if (p instanceof Cypher.ClauseContext) return false;
  }
  return false;
}

function* contexts(tree: ParseTree): Generator<ParserRuleContext> {
  const stack: ParseTree[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (!('children' in node)) continue;
    yield node as ParserRuleContext;
    for (let i = node.getChildCount() - 1; i >= 0; i--) stack.push(node.getChild(i)!);
  }
}

const HINT = `Inside an expression a range() may make at most ${MAX_LIST_IN_EXPRESSION.toLocaleString('en-US')} values; to go through more, UNWIND range(…) AS x streams them as rows.`;

/** Refuses the statement when a range() or a nest of iterations is too large to evaluate inside one row. */
export function checkBounds(tree: ParseTree, params: Record<string, unknown>): Refusal | null {
  for (const ctx of contexts(tree)) {
    if (!isRangeCall(ctx) || isStreamed(ctx)) continue;
    const size = rangeSize(ctx, params);
    if (size === null) continue;
    const p = positionOf(ctx);
    if (size > MAX_LIST_IN_EXPRESSION) {
      return refuse(
        'QUERY_TOO_LARGE',
        `${ctx.getText()} makes ${size.toLocaleString('en-US')} values inside an expression (line ${p.line}, column ${p.column}); the console allows ${MAX_LIST_IN_EXPRESSION.toLocaleString('en-US')}.`,
        HINT,
        p,
      );
    }
    let evaluations = size;
    for (let a = ctx.parent; a; a = a.parent) {
      if (
        a instanceof Cypher.ListComprehensionContext ||
        a instanceof Cypher.ReduceExpressionContext ||
        a instanceof Cypher.ListItemsPredicateContext
      ) {
        const source = iterationSource(a);
        if (source && !isWithin(ctx, source)) evaluations *= listSize(source, params) ?? 1;
      }
    }
    if (evaluations > MAX_ITERATIONS) {
      return refuse(
        'QUERY_TOO_LARGE',
        `Nested iterations around ${ctx.getText()} make ${evaluations.toLocaleString('en-US')} evaluations inside one row (line ${p.line}, column ${p.column}); the console allows ${MAX_ITERATIONS.toLocaleString('en-US')}.`,
        'Iterate over fewer values, or UNWIND the outer list so that each row does a part.',
        p,
      );
    }
  }
  return null;
}

function isWithin(node: ParserRuleContext, ancestor: ParserRuleContext): boolean {
  for (let p: ParserRuleContext | null = node; p; p = p.parent) if (p === ancestor) return true;
  return false;
}
