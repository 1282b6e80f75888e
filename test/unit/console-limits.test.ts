// The console's limits as pure code: memory settings from the heap, admission per client and in all (the
// total bound's default), and the parameters' checks and conversion.
import { isInt } from 'neo4j-driver';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config.js';
import { checkParams, MAX_PARAMS_BYTES } from '../../server/src/cypher-guard/index.js';
import { renderConf, sizeInMiB, transactionMemoryLimits } from '../../server/src/neo4j/managed/conf.js';
import { ConsoleAdmission, TooManyQueriesError } from '../../server/src/services/console-admission.js';

describe('transaction memory settings', () => {
  it('when the heap is given, then one transaction may use an eighth of it and all of them half', () => {
    expect(sizeInMiB('1g')).toBe(1024);
    expect(sizeInMiB('768M')).toBe(768);
    expect(sizeInMiB(String(512 * 2 ** 20))).toBe(512);
    expect(sizeInMiB('lots')).toBeNull();
    expect(transactionMemoryLimits('1g')).toEqual({ perTransactionMiB: 128, totalMiB: 512 });
    const conf = renderConf({
      boltPort: 1,
      importDir: '/x',
      pageCache: '64m',
      txTimeoutMs: 30_000,
      heap: '1g',
    });
    expect(conf).toContain('db.memory.transaction.max=128m');
    expect(conf).toContain('dbms.memory.transaction.total.max=512m');
    expect(conf).toContain('db.transaction.monitor.check.interval=1s');
  });
});

describe('console admission', () => {
  it('when a client has its queries in flight, then its next one is refused with a Retry-After, others are not', () => {
    const admission = new ConsoleAdmission({ perClient: 2, total: 3 });
    const a1 = admission.admit('a', 5000);
    admission.admit('a', 5000);
    const refused = (() => {
      try {
        admission.admit('a', 5000);
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(refused).toBeInstanceOf(TooManyQueriesError);
    expect((refused as TooManyQueriesError).status).toBe(429);
    expect((refused as TooManyQueriesError).retryAfterS).toBeGreaterThanOrEqual(1);
    admission.admit('b', 5000);
    expect(() => admission.admit('c', 5000)).toThrow(/at most 3 at once/);
    a1();
    expect(() => admission.admit('c', 5000)).not.toThrow();
  });

  it('when CYPHER_MAX_INFLIGHT is unset, then the total bound is half the cores, at least one', () => {
    const half = Math.max(1, Math.floor(os.availableParallelism() / 2));
    expect(loadConfig({}).cypher.maxInFlight).toBe(half);
    expect(loadConfig({}).cypher.maxInFlight).toBeLessThan(Math.max(2, os.availableParallelism()));
    expect(loadConfig({ CYPHER_MAX_INFLIGHT: '3' }).cypher.maxInFlight).toBe(3);
  });

  it('when the bound is full, then Retry-After counts to the first deadline and a second, not to the hold past it', () => {
    const admission = new ConsoleAdmission({ perClient: 1, total: 1 });
    admission.admit('a', 3000, 10_000);
    try {
      admission.admit('b', 3000, 10_000);
      expect.unreachable('the second query should be refused');
    } catch (e) {
      expect((e as TooManyQueriesError).retryAfterS).toBe(4);
    }
  });

  it('when a slot outlives its hold time, then it is freed even if never released', async () => {
    const admission = new ConsoleAdmission({ perClient: 1, total: 1 });
    admission.admit('a', 20);
    await new Promise((r) => setTimeout(r, 40));
    expect(() => admission.admit('a', 20)).not.toThrow();
  });
});

describe('console parameters', () => {
  it.each([
    [[1, 2], /JSON object/],
    ['x', /JSON object/],
    [{ 'bad name': 1 }, /cannot be written as \$name/],
    [{ deep: [[[[[[[[[[1]]]]]]]]]] }, /deeper than/],
    [{ big: 'x'.repeat(MAX_PARAMS_BYTES) }, /at most/],
  ])('when params is %j, then it is refused with INVALID_PARAMS', (params, message) => {
    const r = checkParams(params);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('INVALID_PARAMS');
      expect(r.message).toMatch(message);
      expect(r.hint).toBeTruthy();
    }
  });

  it('when params holds whole numbers, then they become Cypher integers; other values stay', () => {
    const r = checkParams({ n: 5, f: 1.5, s: 'x', l: [1, 'a'], m: { k: 2 }, z: null });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(isInt(r.params['n'])).toBe(true);
      expect(r.params['f']).toBe(1.5);
      expect(isInt((r.params['l'] as unknown[])[0])).toBe(true);
      expect(isInt((r.params['m'] as Record<string, unknown>)['k'])).toBe(true);
      expect(r.params['z']).toBeNull();
    }
    expect(checkParams(undefined)).toEqual({ ok: true, params: {} });
  });
});
