// Who may add articles over HTTP (POST /api/articles). The decision:
//  - INGEST_TOKEN set: every request needs "Authorization: Bearer <INGEST_TOKEN>", whatever HOST is
//    (compared in constant time); otherwise 401 INGEST_TOKEN_REQUIRED.
//  - INGEST_TOKEN unset and HOST a loopback address (127.0.0.0/8, ::1, localhost): open, since only
//    this machine can reach the server (as with the Cypher console).
//  - INGEST_TOKEN unset and HOST beyond loopback (0.0.0.0, ::, a LAN address, a name): ingestion over
//    HTTP is refused with 403 INGESTION_DISABLED and a hint to set the token. Reading stays open.
// Behind a reverse proxy on the same machine, HOST is loopback but the world may reach the server: set
// INGEST_TOKEN there too. `npm run ingest` talks to Neo4j directly and needs no token.
import crypto from 'node:crypto';
import type { Config } from '../config.js';
import { IngestionDisabledError, IngestTokenRequiredError } from '../errors.js';

export type IngestPolicy =
  { mode: 'open' } | { mode: 'token'; token: string } | { mode: 'disabled'; host: string };

export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  return (
    h === 'localhost' ||
    h === '::1' ||
    h === '0:0:0:0:0:0:0:1' ||
    /^127(\.\d{1,3}){3}$/.test(h) ||
    /^::ffff:127(\.\d{1,3}){3}$/.test(h)
  );
}

export function ingestPolicy(config: Pick<Config, 'host' | 'ingest'>): IngestPolicy {
  if (config.ingest.token) return { mode: 'token', token: config.ingest.token };
  return isLoopbackHost(config.host) ? { mode: 'open' } : { mode: 'disabled', host: config.host };
}

const digest = (s: string) => crypto.createHash('sha256').update(s, 'utf8').digest();

/** Throws the coded error that refuses a request with this Authorization header, or returns. */
export function checkIngestAuthorization(policy: IngestPolicy, authorization: string | undefined): void {
  if (policy.mode === 'open') return;
  if (policy.mode === 'disabled') throw new IngestionDisabledError(policy.host);
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!m) throw new IngestTokenRequiredError('Adding articles needs the ingestion token (INGEST_TOKEN).');
  if (!crypto.timingSafeEqual(digest(m[1]!), digest(policy.token))) {
    throw new IngestTokenRequiredError('The ingestion token is wrong.');
  }
}
