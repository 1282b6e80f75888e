// The request log (pino-http): one line per answered request, with method, path, status and time, at
// `info` (a refused request, 4xx, too), Neo4j away or a query past its deadline (503, 504) at `warn`,
// other 5xx at `error`, as the error handler does; a successful health check is not logged, so a container's
// HEALTHCHECK does not fill the log. Each request gets an id (X-Request-Id, taken from the caller when it
// sends one), which the error handler's lines carry too. Headers are not logged: they hold tokens.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../logger.js';

const REQUEST_ID = /^[\w.:-]{1,64}$/;
/** The path as requested (Express's routers rewrite `req.url` on the way). */
const pathOf = (req: IncomingMessage) =>
  (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url;
const line = (req: IncomingMessage, res: ServerResponse) => `${req.method} ${pathOf(req)} ${res.statusCode}`;

export function requestLog(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    customLogLevel: (req, res, err) => {
      if (res.statusCode === 503 || res.statusCode === 504) return 'warn';
      if (err || res.statusCode >= 500) return 'error';
      return res.statusCode < 400 && pathOf(req) === '/api/health' ? 'silent' : 'info';
    },
    customSuccessMessage: line,
    customErrorMessage: line,
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url,
      }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
  });
}
