// GET /api/docs: the OpenAPI document (/api/openapi.json) browsable with Swagger UI, served from the
// swagger-ui-dist package. Everything the page loads is ours (its script and style from the package, a
// small start script, the document), so it passes the CSP's 'self' rules and reaches nothing outside;
// the spec validator badge, which would call out to a public service, is turned off.
import { Router } from 'express';
import { createRequire } from 'node:module';
import path from 'node:path';

const SWAGGER_UI = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
/** The package's files the page needs, by the name the page asks for. */
const ASSETS = ['swagger-ui.css', 'swagger-ui-bundle.js', 'favicon-32x32.png'];

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Dossier API</title>
<link rel="icon" href="/api/docs/favicon-32x32.png">
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/start.js"></script>
</body>
</html>
`;

const START = `window.ui = SwaggerUIBundle({
  url: '/api/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  validatorUrl: null,
});
`;

export function apiDocsRoutes(): Router {
  const r = Router();
  r.get('/docs', (_req, res) => res.type('html').send(PAGE));
  r.get('/docs/start.js', (_req, res) => res.type('js').send(START));
  for (const asset of ASSETS)
    r.get(`/docs/${asset}`, (_req, res, next) =>
      res.sendFile(path.join(SWAGGER_UI, asset), { maxAge: '1d' }, (err) => err && next(err)),
    );
  return r;
}
