// The console's query parameters: checked (a JSON object of plain values, small and shallow enough) and
// converted for the driver (whole numbers become Cypher integers, so `LIMIT $n` and `range(1, $n)` work).
import neo4j from 'neo4j-driver';
import type { Refusal } from './rules.js';

export const MAX_PARAMS_BYTES = 64 * 1024;
export const MAX_PARAMS_DEPTH = 8;
const NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;

export type ParamsResult = { ok: true; params: Record<string, unknown> } | Refusal;

const refuse = (message: string, hint: string): Refusal => ({
  ok: false,
  code: 'INVALID_PARAMS',
  message,
  hint,
});

/** Checks `params` as sent in the request body and converts it for the driver. */
export function checkParams(params: unknown): ParamsResult {
  if (params === undefined || params === null) return { ok: true, params: {} };
  if (typeof params !== 'object' || Array.isArray(params)) {
    return refuse(
      `params must be a JSON object of named values, not ${Array.isArray(params) ? 'an array' : typeof params}.`,
      'Write it like {"name": "Antonov", "limit": 10} and use $name, $limit in the query.',
    );
  }
  const size = Buffer.byteLength(JSON.stringify(params), 'utf8');
  if (size > MAX_PARAMS_BYTES) {
    return refuse(
      `params is ${size} bytes of JSON; the console takes at most ${MAX_PARAMS_BYTES}.`,
      'Pass fewer or shorter values; look large lists up in the graph instead.',
    );
  }
  for (const name of Object.keys(params)) {
    if (!NAME.test(name)) {
      return refuse(
        `The parameter name ${JSON.stringify(name)} cannot be written as $name in Cypher.`,
        'Use letters, digits and _ only, starting with a letter (e.g. "personId").',
      );
    }
  }
  const problem = findProblem(params, '', 0);
  if (problem) return refuse(problem, 'Values may be strings, numbers, booleans, null, lists and maps.');
  return { ok: true, params: convert(params) as Record<string, unknown> };
}

function findProblem(value: unknown, path: string, depth: number): string | null {
  if (depth > MAX_PARAMS_DEPTH)
    return `params nests deeper than ${MAX_PARAMS_DEPTH} levels at ${path || '$'}.`;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${path} is not a finite number.`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = findProblem(value[i], `${path}[${i}]`, depth + 1);
      if (p) return p;
    }
    return null;
  }
  if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const p = findProblem(v, path ? `${path}.${k}` : `$${k}`, depth + 1);
      if (p) return p;
    }
    return null;
  }
  return `${path} has a type JSON does not have (${typeof value}).`;
}

function convert(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(convert);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, convert(v)]),
    );
  }
  return value;
}
