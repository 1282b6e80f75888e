// Security middleware: headers (helmet, with a CSP that allows only our own scripts) and rate limits
// on the Cypher console and on ingestion (429 with Retry-After and a coded error body).
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type { ErrorBody } from '@dossier/model';

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // graphology's ForceAtlas2 worker is started from a blob: URL.
        workerSrc: ["'self'", 'blob:'],
        // CodeMirror and sigma set inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
}

/** A per-client limit of `perMinute` requests; past it, 429 with Retry-After. */
export function rateLimiter(what: string, perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, res, _next, options) => {
      const retryAfter = Math.ceil(options.windowMs / 1000);
      if (!res.getHeader('Retry-After')) res.setHeader('Retry-After', String(retryAfter));
      const body: ErrorBody = {
        error: {
          code: 'RATE_LIMITED',
          message: `Too many ${what} requests: at most ${perMinute} a minute.`,
          hint: `Wait ${res.getHeader('Retry-After')} s and try again.`,
        },
      };
      res.status(429).json(body);
    },
  });
}
