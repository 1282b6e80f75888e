// Sends an answer read fresh from the graph for each request (an entity's page) as JSON, without the
// ETag that Express's res.json makes by hashing every body: such an answer is never served from a cache,
// so a 304 would save the client some bytes but the server none of the work, and the hash costs CPU on
// every request (a 20-30 KB entity page). Compression still applies (the middleware wraps res.end).
import type { Response } from 'express';

export function sendFreshJson(res: Response, value: unknown): void {
  const json = JSON.stringify(value);
  res.set('Content-Type', 'application/json; charset=utf-8');
  res.set('Content-Length', String(Buffer.byteLength(json)));
  res.end(json);
}
