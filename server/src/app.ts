// createApp(deps): the Express app without listening: middleware, API routes, the client, the one error handler.
import compression from 'compression';
import express, { type Express } from 'express';
import fs from 'node:fs';
import path from 'node:path';
import type { AppDeps } from './app-deps.js';
import { AppError } from './errors.js';
import { apiDocsRoutes } from './http/api-docs.js';
import { errorHandler } from './http/error-handler.js';
import { requestLog } from './http/request-log.js';
import { rateLimiter, securityHeaders } from './http/security.js';
import { buildOpenApiDocument } from './http/openapi.js';
import { articleIngestPreflight, articleRoutes } from './routes/articles.js';
import { cypherRoutes } from './routes/cypher.js';
import { entityRoutes } from './routes/entities.js';
import { corroborationRoutes } from './routes/corroboration.js';
import { graphRoutes } from './routes/graph.js';
import { healthRoutes } from './routes/health.js';

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(requestLog(deps.logger));
  app.use(securityHeaders());
  app.use(compression());
  // POST /api/articles: rate limit, token, then its own body limit (INGEST_MAX_BYTES), before the 1 MB one.
  app.post('/api/articles', ...articleIngestPreflight(deps.config));
  app.use(express.json({ limit: '1mb' }));
  const api = express.Router();
  api.post('/cypher', rateLimiter('console', deps.config.rateLimits.cypher));
  const openapi = buildOpenApiDocument(deps.version);
  api.get('/openapi.json', (_req, res) => res.json(openapi));
  api.use(apiDocsRoutes());
  api.use(healthRoutes(deps));
  api.use(graphRoutes(deps));
  api.use(entityRoutes(deps));
  api.use(corroborationRoutes(deps));
  api.use(articleRoutes(deps));
  api.use(cypherRoutes(deps));
  api.use((req) => {
    throw new AppError(404, 'NOT_FOUND', `No API route ${req.method} ${req.path}.`, 'See /api/docs.');
  });
  app.use('/api', api);

  app.use(express.static(deps.clientDir, { index: 'index.html', maxAge: '1h' }));
  app.get(/^\/(?!api\/).*/, (_req, res) => {
    const index = path.join(deps.clientDir, 'index.html');
    if (fs.existsSync(index)) res.sendFile(index);
    else res.type('html').send(PLACEHOLDER);
  });
  app.use(errorHandler(deps.logger));
  return app;
}

const PLACEHOLDER = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dossier</title></head>
<body style="font-family: system-ui; max-width: 40rem; margin: 4rem auto">
<h1>Dossier</h1><p>The explorer is not built yet. The API is here: <a href="/api/health">/api/health</a>,
<a href="/api/docs">/api/docs</a>.</p></body></html>`;
