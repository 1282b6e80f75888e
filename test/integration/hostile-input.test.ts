// Hostile input against the real server: random and malformed bodies, oversized bodies, unicode edge
// cases, wrong types, path traversal in ids and Lucene syntax in search get coded 4xx answers, never a
// 5xx or a hang. Also: security headers and rate limits. Randomness is seeded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/corpus/generate-corpus.js';
import { startTestApp, type TestApp } from '../helpers/app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ env: { CYPHER_RATE_LIMIT: '100000', INGEST_RATE_LIMIT: '100000' } });
});
afterAll(async () => {
  await app?.stop();
});

const NASTY = [
  '',
  ' ',
  '\u0000',
  '\uD800',
  '\uFFFF',
  '𝕬𝖓𝖙𝖔𝖓𝖔𝖛',
  'Ａｎｔｏｎｏｖ',
  '\u202Eevil',
  '../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '%00',
  '"; DROP',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  'a'.repeat(5000),
  'title:* AND (x',
  '"unterminated',
  '[* TO *]',
  '\\',
  '~~~^^^',
  'person:',
  ':',
  'NaN',
  '-1',
  '1e309',
];

async function send(method: string, path: string, body?: string, contentType = 'application/json') {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 20_000);
  try {
    const res = await fetch(`${app.url}${path}`, {
      method,
      body,
      headers: body === undefined ? {} : { 'content-type': contentType },
      signal: controller.signal,
    });
    const text = await res.text();
    return { status: res.status, text };
  } finally {
    clearTimeout(timer);
  }
}

function expectCoded4xxOr200(r: { status: number; text: string }, what: string) {
  expect(r.status, `${what} -> ${r.status} ${r.text.slice(0, 200)}`).toBeLessThan(500);
  if (r.status >= 400) {
    let body: { error?: { code?: string } } = {};
    try {
      body = JSON.parse(r.text) as typeof body;
    } catch {
      throw new Error(
        `${what} -> ${r.status} with a body that is not JSON: ${JSON.stringify(r.text.slice(0, 200))}`,
      );
    }
    expect(body.error?.code, what).toMatch(/^[A-Z_]+$/);
  }
}

describe('hostile input', () => {
  it('when ids, search terms and query parameters are nasty strings, then answers are 200 or coded 4xx', async () => {
    for (const s of NASTY) {
      // A lone surrogate cannot be percent-encoded; send its replacement character instead.
      const e = encodeURIComponent(
        s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
      );
      for (const path of [
        `/api/search?q=${e}`,
        `/api/entities/${e}`,
        `/api/entities/${e}/neighbors?limit=${e}`,
        `/api/articles/${e}`,
        `/api/paths?from=${e}&to=person:anatoly-antonov`,
        `/api/graph?types=${e}&from=${e}&to=${e}&limit=${e}`,
      ]) {
        expectCoded4xxOr200(await send('GET', path), `GET ${path.slice(0, 80)}`);
      }
    }
  });

  it('when the console gets random, malformed or mistyped bodies and parameters, then answers are coded 4xx or 200 and nothing is written', async () => {
    const random = seededRandom(20211616);
    const bodies: string[] = [
      '',
      'null',
      '[]',
      '"MATCH (n) RETURN n"',
      '{"query": 42}',
      '{"query": null}',
      '{"query": ["MATCH (n) RETURN n"]}',
      '{"query": "RETURN 1", "params": "x"}',
      '{"query": "RETURN 1", "params": [1]}',
      '{"query": "RETURN 1", "extra": true}',
      '{"query": "RETURN $x", "params": {"x": {"deep": [1, {"deeper": null}]}}}',
      // The parameters box: bad JSON types, bad names, deep and oversized values, wrong types for the query.
      '{"query": "RETURN $x", "params": null}',
      '{"query": "RETURN $x", "params": 42}',
      '{"query": "RETURN $x", "params": {"bad name": 1}}',
      '{"query": "RETURN $x", "params": {"": 1}}',
      `{"query": "RETURN $x", "params": {"x": ${'['.repeat(40)}${']'.repeat(40)}}}`,
      JSON.stringify({ query: 'RETURN $x', params: { x: 'y'.repeat(100_000) } }),
      '{"query": "RETURN range(1, $n)", "params": {"n": "ten"}}',
      '{"query": "MATCH (n) RETURN n LIMIT $n", "params": {"n": -1}}',
      '{"query": "MATCH (n) RETURN n LIMIT $n", "params": {"n": 1.5}}',
      '{"query": "RETURN [x IN range(1, $n) | x]", "params": {"n": 1e300}}',
      '{"query": "RETURN $missing"}',
      '{"query": "RETURN $x", "params": {"x": {"__proto__": {"polluted": true}}}}',
      '{"query": "RETURN $x", "explain": "yes"}',
      '{"query": "MATCH (n) SET n.x = $x RETURN n", "params": {"x": 1}}',
      '{"query": ',
      '{"query": "RETURN 1"}}',
      '\u0000\u0001\u0002',
      ...NASTY.map((s) => JSON.stringify({ query: s })),
    ];
    for (let i = 0; i < 40; i++) {
      const len = Math.floor(random() * 200);
      let s = '';
      for (let j = 0; j < len; j++) s += String.fromCharCode(Math.floor(random() * 0x3000));
      bodies.push(random() < 0.5 ? s : JSON.stringify({ query: s }));
    }
    const counts = async () => (await (await fetch(`${app.url}/api/health`)).json()) as { counts: unknown };
    const before = (await counts()).counts;
    for (const body of bodies) {
      expectCoded4xxOr200(await send('POST', '/api/cypher', body), `POST /api/cypher ${body.slice(0, 60)}`);
    }
    for (let i = 0; i < 30; i++) {
      const value =
        random() < 0.5 ? String.fromCharCode(Math.floor(random() * 0x3000)) : Math.floor(random() * 1e6);
      const name = random() < 0.8 ? 'p' : String.fromCharCode(Math.floor(random() * 0x3000));
      const body = JSON.stringify({
        query: 'RETURN $p AS p',
        params: { [name]: random() < 0.5 ? value : [value, { v: value }] },
      });
      expectCoded4xxOr200(await send('POST', '/api/cypher', body), `params ${body.slice(0, 60)}`);
    }
    expect((await counts()).counts).toEqual(before);
    const wrongType = await send(
      'POST',
      '/api/cypher',
      'query=RETURN 1',
      'application/x-www-form-urlencoded',
    );
    expectCoded4xxOr200(wrongType, 'form body');
    expect(wrongType.status).toBe(400);
  });

  it('when ingestion gets random, malformed, mistyped or hostile articles, then answers are coded 4xx or 200 and nothing is written', async () => {
    const counts = async () => (await (await fetch(`${app.url}/api/health`)).json()) as { counts: unknown };
    const before = (await counts()).counts;
    const random = seededRandom(20220608);
    const bodies: string[] = [
      '',
      'null',
      '[]',
      '{}',
      '{"text": 42, "dryRun": true}',
      '{"text": "x", "html": "<p>x</p>", "dryRun": true}',
      '{"text": "An article.", "published": "yesterday", "dryRun": true}',
      '{"text": "An article.", "published": "2021-13-40", "dryRun": true}',
      '{"text": "An article.", "id": "../../etc/passwd", "dryRun": true}',
      '{"text": "An article.", "url": "javascript:alert(1)", "dryRun": true}',
      '{"text": "An article.", "dryRun": "yes"}',
      '{"text": "An article.", "dryRun": true, "extra": 1}',
      '{"text": ',
      ...NASTY.map((s) => JSON.stringify({ text: s, dryRun: true })),
      ...NASTY.map((s) => JSON.stringify({ html: s, dryRun: true })),
      ...NASTY.map((s) =>
        JSON.stringify({ text: `Anatoly Antonov said "${s}" in ${s}.`, title: s, dryRun: true }),
      ),
    ];
    for (let i = 0; i < 30; i++) {
      const len = Math.floor(random() * 400);
      let s = '';
      for (let j = 0; j < len; j++) s += String.fromCharCode(Math.floor(random() * 0x3000));
      bodies.push(
        random() < 0.3 ? s : JSON.stringify({ [random() < 0.5 ? 'text' : 'html']: s, dryRun: true }),
      );
    }
    for (const body of bodies) {
      expectCoded4xxOr200(
        await send('POST', '/api/articles', body),
        `POST /api/articles ${body.slice(0, 60)}`,
      );
    }
    const huge = await send('POST', '/api/articles', JSON.stringify({ text: 'x'.repeat(5_000_000) }));
    expect(huge.status).toBe(413);
    expectCoded4xxOr200(huge, 'huge article');
    expect((await counts()).counts).toEqual(before);
  });

  it('when a body is over the limit, then the answer is 413 with a code', async () => {
    const huge = JSON.stringify({ query: `RETURN '${'x'.repeat(2_000_000)}'` });
    const r = await send('POST', '/api/cypher', huge);
    expect(r.status).toBe(413);
    expect(JSON.parse(r.text).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('when any page or API answer is sent, then security headers and a strict CSP are set', async () => {
    for (const path of ['/', '/api/health']) {
      const res = await fetch(`${app.url}${path}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain("script-src 'self' 'unsafe-inline'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });
});

describe('rate limits', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await startTestApp({ env: { CYPHER_RATE_LIMIT: '3' }, empty: false });
  });
  afterAll(async () => {
    await limited?.stop();
  });

  it('when the console is called past its limit, then 429 comes with Retry-After and a code', async () => {
    const call = () =>
      fetch(`${limited.url}/api/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'RETURN 1 AS one' }),
      });
    for (let i = 0; i < 3; i++) expect((await call()).status).toBe(200);
    const res = await call();
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('RATE_LIMITED');
  });
});
