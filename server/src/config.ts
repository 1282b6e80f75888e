// Dossier's configuration: the environment (and a `.env` file at the project root, which never
// overrides a variable already set), parsed and validated once at start-up.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';
import { z } from 'zod';

/**
 * The project root: the nearest folder above this module that holds package.json (server/src/ when run
 * from source by tsx, dist/server/ when run compiled).
 */
export const PROJECT_ROOT = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, '..', '..');
  }
}

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const intFrom = (def: number, min: number, max: number) =>
  z.preprocess(emptyToUndefined, z.coerce.number().int().min(min).max(max).default(def));

/**
 * CYPHER_MAX_INFLIGHT's default: half the cores (at least one). Each console query that runs to its limit
 * holds a Neo4j core until its deadline; the other half stays free for everyone else's requests.
 */
export const DEFAULT_CYPHER_MAX_INFLIGHT = Math.max(1, Math.floor(os.availableParallelism() / 2));

const envSchema = z.object({
  HOST: z.preprocess(emptyToUndefined, z.string().default('127.0.0.1')),
  PORT: intFrom(3000, 0, 65535),
  NEO4J_URI: optionalString,
  NEO4J_USER: optionalString,
  /** The name Aura's credential files use for NEO4J_USER. */
  NEO4J_USERNAME: optionalString,
  NEO4J_PASSWORD: optionalString,
  NEO4J_DATABASE: z.preprocess(emptyToUndefined, z.string().default('neo4j')),
  NEO4J_MAX_POOL_SIZE: intFrom(50, 1, 1000),
  DOSSIER_DATA_DIR: optionalString,
  DOSSIER_NEO4J_HEAP: z.preprocess(emptyToUndefined, z.string().default('1g')),
  DOSSIER_NEO4J_PAGECACHE: z.preprocess(emptyToUndefined, z.string().default('512m')),
  DOSSIER_SEED: z.preprocess(emptyToUndefined, z.enum(['auto', 'never']).default('auto')),
  DOSSIER_WARM: z.preprocess(emptyToUndefined, z.enum(['on', 'off']).default('on')),
  CYPHER_TIMEOUT_MS: intFrom(15_000, 100, 600_000),
  CYPHER_ROW_CAP: intFrom(1000, 1, 100_000),
  CYPHER_RESULT_MAX_BYTES: intFrom(4 * 1024 * 1024, 1024, 256 * 1024 * 1024),
  CYPHER_RATE_LIMIT: intFrom(120, 1, 1_000_000),
  CYPHER_MAX_INFLIGHT_PER_CLIENT: intFrom(2, 1, 100),
  CYPHER_MAX_INFLIGHT: intFrom(DEFAULT_CYPHER_MAX_INFLIGHT, 1, 1000),
  INGEST_RATE_LIMIT: intFrom(60, 1, 1_000_000),
  INGEST_TOKEN: optionalString,
  INGEST_MAX_BYTES: intFrom(2 * 1024 * 1024, 1024, 64 * 1024 * 1024),
  SHUTDOWN_GRACE_MS: intFrom(10_000, 0, 600_000),
  LOG_LEVEL: z.preprocess(
    emptyToUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
});

/** Every variable Dossier reads (README.md's "Configuration" and .env.example list each). */
export const CONFIG_VARIABLES = Object.keys(envSchema.shape);

export interface Config {
  host: string;
  port: number;
  /** Set: use that Neo4j. Unset: start the managed local Neo4j. */
  neo4j: { uri?: string; user: string; password?: string; database: string; maxPoolSize: number };
  /** Where the managed Neo4j keeps its data and password (git-ignored). */
  dataDir: string;
  managedNeo4j: { heap: string; pageCache: string; txTimeoutMs: number };
  seed: 'auto' | 'never';
  /** npm start warms the ingestion's write path before it listens (ingest/warm-ingestion.ts). */
  warm: boolean;
  /** The console: time limit, row cap, size cap of the rows, queries in flight per client and in all. */
  cypher: {
    timeoutMs: number;
    rowCap: number;
    resultMaxBytes: number;
    maxInFlightPerClient: number;
    maxInFlight: number;
  };
  /** Requests a minute per client. */
  rateLimits: { cypher: number; ingest: number };
  /**
   * Bring your own articles: `token` (INGEST_TOKEN) is required by POST /api/articles when set, and
   * ingestion over HTTP is refused beyond loopback without it; `maxBytes` caps one article's UTF-8 size.
   */
  ingest: { token?: string; maxBytes: number };
  /** On SIGINT/SIGTERM: how long requests in flight may take to finish before their connections are cut. */
  shutdownGraceMs: number;
  logLevel: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
  }
}

/** Where `npm start` and the command-line tools look for a `.env` file. */
export const DOTENV_FILE = path.join(PROJECT_ROOT, '.env');

/**
 * Adds the variables of an env file (`KEY=value` lines, as dotenv and Aura's credential files write
 * them) to `env`, keeping every variable `env` already has; a missing file changes nothing.
 */
export function readEnvFile(file: string, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return env;
    throw new ConfigError(`Could not read ${file}: ${(err as Error).message}`, { cause: err });
  }
  for (const [key, value] of Object.entries(parseEnv(text))) if (env[key] === undefined) env[key] = value;
  return env;
}

/** Reads the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = readEnvFile(DOTENV_FILE)): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  if (e.NEO4J_USER && e.NEO4J_USERNAME && e.NEO4J_USER !== e.NEO4J_USERNAME) {
    throw new ConfigError(
      `NEO4J_USER (${e.NEO4J_USER}) and NEO4J_USERNAME (${e.NEO4J_USERNAME}) disagree: set one of them.`,
    );
  }
  if (e.NEO4J_URI && !e.NEO4J_PASSWORD) {
    throw new ConfigError('NEO4J_URI is set but NEO4J_PASSWORD is not: give the password of NEO4J_USER.');
  }
  return {
    host: e.HOST,
    port: e.PORT,
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER ?? e.NEO4J_USERNAME ?? 'neo4j',
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      maxPoolSize: e.NEO4J_MAX_POOL_SIZE,
    },
    dataDir: path.resolve(PROJECT_ROOT, e.DOSSIER_DATA_DIR ?? '.dossier'),
    managedNeo4j: {
      heap: e.DOSSIER_NEO4J_HEAP,
      pageCache: e.DOSSIER_NEO4J_PAGECACHE,
      txTimeoutMs: Math.max(e.CYPHER_TIMEOUT_MS * 2, 30_000),
    },
    seed: e.DOSSIER_SEED,
    warm: e.DOSSIER_WARM === 'on',
    cypher: {
      timeoutMs: e.CYPHER_TIMEOUT_MS,
      rowCap: e.CYPHER_ROW_CAP,
      resultMaxBytes: e.CYPHER_RESULT_MAX_BYTES,
      maxInFlightPerClient: e.CYPHER_MAX_INFLIGHT_PER_CLIENT,
      maxInFlight: e.CYPHER_MAX_INFLIGHT,
    },
    rateLimits: { cypher: e.CYPHER_RATE_LIMIT, ingest: e.INGEST_RATE_LIMIT },
    ingest: { token: e.INGEST_TOKEN, maxBytes: e.INGEST_MAX_BYTES },
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    logLevel: e.LOG_LEVEL,
  };
}
