// The request log (pino-http): one JSON line per answered request with its id, method, path, status and
// time; the id is sent back as X-Request-Id; headers (which carry tokens) never reach the log. The app
// runs on loopback against a driver pointed at a closed port: no route here reaches Neo4j.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import { Database } from '../../server/src/neo4j/database.js';

const lines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    done();
  },
});
const db = new Database({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x', database: 'neo4j' });
let server: Server;
let base: string;

beforeAll(async () => {
  const app = createApp({
    db,
    config: loadConfig({}),
    logger: pino({ level: 'info' }, sink),
    clientDir: '/nonexistent',
    version: 'test',
  });
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.close();
});

const logged = async (path: string, init?: RequestInit) => {
  const before = lines.length;
  const res = await fetch(base + path, init);
  await res.arrayBuffer();
  await new Promise((resolve) => setTimeout(resolve, 20));
  const mine = lines.slice(before).filter((l) => (l['req'] as { url?: string } | undefined)?.url === path);
  // pino-http's line has the response; the error handler's (through the request's logger) has the code.
  return { res, line: mine.find((l) => 'res' in l), errorLine: mine.find((l) => 'code' in l) };
};

describe('the request log', () => {
  it('when a request is answered, then one info line has its id, method, path, status and time', async () => {
    const { res, line } = await logged('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(line).toMatchObject({
      level: 30,
      msg: 'GET /api/openapi.json 200',
      req: { method: 'GET', url: '/api/openapi.json' },
      res: { status: 200 },
    });
    expect(line!['responseTime']).toEqual(expect.any(Number));
    expect((line!['req'] as { id: string }).id).toBe(res.headers.get('x-request-id'));
  });

  it("when a request is refused, then the line is at info and carries the caller's request id, not its headers", async () => {
    const { res, line, errorLine } = await logged('/api/no-such-route', {
      headers: { authorization: 'Bearer secret-token-123', 'x-request-id': 'trace-42' },
    });
    expect(res.status).toBe(404);
    expect(res.headers.get('x-request-id')).toBe('trace-42');
    expect(line).toMatchObject({ level: 30, req: { id: 'trace-42' }, res: { status: 404 } });
    expect(errorLine).toMatchObject({ level: 30, code: 'NOT_FOUND', req: { id: 'trace-42' } });
    expect(JSON.stringify(lines)).not.toContain('secret-token-123');
  });

  it('when Neo4j is away, then the health check is logged as a warning (a healthy one is not logged)', async () => {
    const { res, line } = await logged('/api/health');
    expect(res.status).toBe(503);
    expect(line).toMatchObject({ level: 40, msg: 'GET /api/health 503', res: { status: 503 } });
  });
});
