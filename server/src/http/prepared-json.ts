// Sends an answer that a service hands out many times (the cached overview) without serialising and
// compressing it for each request: its JSON, gzip and ETag are made once per answer object and kept
// as long as the object lives (a WeakMap: when the service's cache drops it, they go too). A request
// that names the ETag it holds gets 304.
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

interface Prepared {
  json: string;
  gzip: Buffer;
  etag: string;
}

const prepared = new WeakMap<object, Prepared>();

function prepare(value: object): Prepared {
  let p = prepared.get(value);
  if (!p) {
    const json = JSON.stringify(value);
    const etag = `"${createHash('sha1').update(json).digest('base64url')}"`;
    p = { json, gzip: gzipSync(json), etag };
    prepared.set(value, p);
  }
  return p;
}

/** Sends `value` (an object that is handed out unchanged again and again) as JSON. */
export function sendPreparedJson(req: Request, res: Response, value: object): void {
  const p = prepare(value);
  res.set('ETag', p.etag);
  res.vary('Accept-Encoding');
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  res.type('json');
  // Already compressed: the compression middleware leaves a response with a Content-Encoding alone.
  if (req.acceptsEncodings('gzip') === 'gzip') res.set('Content-Encoding', 'gzip').send(p.gzip);
  else res.send(p.json);
}
