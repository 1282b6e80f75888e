// The architecture as rules (`npm run check:deps`, part of `npm test`): no import cycles, and every layer
// imports only what lies below it (docs/architecture.md, "The map"):
//   model/                      the shared model: imports no code of server/ or client/
//   client/src/                 the explorer: imports the model and its own code only
//   server/src/extract/         the extractor: the model and libraries only
//   server/src/routes/          HTTP routes -> services (and ingest/, the ingestion use cases)
//   server/src/services/        use cases -> repositories -> mappers
//   server/src/neo4j/           the database edge: nothing above it
/** @type {import('dependency-cruiser').IConfiguration} */
const SERVER = '^server/src/';
const above = (...folders) => `^server/src/(${folders.join('|')})`;

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment:
        'An import cycle ties modules into one knot: move what both sides need into a module of its own.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'The import names a module that does not exist.',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'model-is-shared',
      severity: 'error',
      comment: 'The model is shared by server and client: it imports neither (only libraries).',
      from: { path: '^model/' },
      to: { path: '^(server|client|test|bench|graph-seed)/' },
    },
    {
      name: 'client-imports-model-only',
      severity: 'error',
      comment: 'The client reaches the server only over HTTP; shared types come from @dossier/model.',
      from: { path: '^client/src/' },
      to: { path: '^(server|test|bench|graph-seed)/' },
    },
    {
      name: 'server-not-client',
      severity: 'error',
      comment: 'The server does not import client code.',
      from: { path: SERVER },
      to: { path: '^client/' },
    },
    {
      name: 'extractor-stands-alone',
      severity: 'error',
      comment: 'The extractor depends on nothing else in the server: only the model and libraries.',
      from: { path: '^server/src/extract/' },
      to: { path: SERVER, pathNot: '^server/src/extract/' },
    },
    {
      name: 'routes-through-services',
      severity: 'error',
      comment: 'Routes call services (or ingest/); the database is reached only through them.',
      from: { path: '^server/src/routes/' },
      to: { path: above('neo4j', 'app\\.ts', 'server\\.ts', 'index\\.ts') },
    },
    {
      name: 'services-below-http',
      severity: 'error',
      comment: 'Use cases know nothing of HTTP: no routes, middleware or app.',
      from: { path: above('services', 'ingest', 'corroboration', 'cypher-guard') },
      to: { path: above('routes', 'http', 'app', 'app-deps\\.ts', 'server\\.ts', 'index\\.ts', 'cli') },
    },
    {
      name: 'ingest-not-services',
      severity: 'error',
      comment: 'Ingestion is a use case beside the services, not above them.',
      from: { path: '^server/src/ingest/' },
      to: { path: '^server/src/services/' },
    },
    {
      name: 'database-edge-at-the-bottom',
      severity: 'error',
      comment: 'Repositories, mappers and the managed Neo4j import nothing above them.',
      from: { path: '^server/src/neo4j/' },
      to: {
        path: above(
          'routes',
          'http',
          'services',
          'ingest',
          'extract',
          'cli',
          'app',
          'app-deps\\.ts',
          'server\\.ts',
          'index\\.ts',
        ),
      },
    },
    {
      name: 'mappers-below-repositories',
      severity: 'error',
      comment: 'Mappers turn driver values into wire types; they do not run queries.',
      from: { path: '^server/src/neo4j/mappers' },
      to: { path: '^server/src/neo4j/(repositories|database)' },
    },
    {
      name: 'http-middleware-below-routes',
      severity: 'error',
      comment:
        'Middleware, request schemas and the OpenAPI document do not reach into routes or the database.',
      from: { path: '^server/src/http/' },
      to: { path: above('routes', 'services', 'ingest', 'neo4j', 'app') },
    },
    {
      name: 'driver-at-the-edge',
      severity: 'error',
      comment:
        "neo4j-driver's types stop at the database edge (neo4j/), the error handler that maps its errors, and the Cypher console, whose job is the driver's values and errors.",
      from: {
        path: SERVER,
        pathNot:
          '^server/src/(neo4j/|http/error-handler\\.ts|cypher-guard/|services/(cypher-console|console-errors)\\.ts)',
      },
      to: { path: 'node_modules/neo4j-driver' },
    },
    {
      name: 'cli-is-an-entry-point',
      severity: 'error',
      comment: 'Command-line entry points are imported by nothing in the server.',
      from: { path: SERVER, pathNot: '^server/src/cli/' },
      to: { path: '^server/src/cli/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|target)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
