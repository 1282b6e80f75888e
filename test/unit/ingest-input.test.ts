// The checks an article's input passes before extraction (empty, binary, not UTF-8, too large,
// unreadable), the default title, and who may POST /api/articles (the token policy).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config.js';
import { InputRejectedError } from '../../server/src/errors.js';
import {
  checkIngestAuthorization,
  ingestPolicy,
  isLoopbackHost,
} from '../../server/src/ingest/ingest-policy.js';
import {
  checkArticleText,
  decodeArticleBytes,
  defaultTitle,
  fileTitle,
  readArticleFile,
} from '../../server/src/ingest/read-input.js';

function rejection(fn: () => unknown): InputRejectedError {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputRejectedError) return err;
    throw err;
  }
  throw new Error('expected an InputRejectedError');
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-ingest-input-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('article input checks', () => {
  it('when the text is empty or whitespace only, then EMPTY_ARTICLE (400) names the source', () => {
    const e = rejection(() => checkArticleText('', 'request body'));
    expect([e.status, e.code]).toEqual([400, 'EMPTY_ARTICLE']);
    expect(e.message).toBe('request body: is empty');
    expect(rejection(() => checkArticleText(' \n\t ', 'a.txt')).message).toBe('a.txt: holds only whitespace');
  });

  it('when the bytes hold a NUL or many control characters, then BINARY_INPUT', () => {
    expect(rejection(() => decodeArticleBytes(Uint8Array.from([72, 105, 0, 33]), 'x.bin')).code).toBe(
      'BINARY_INPUT',
    );
    const controls = Buffer.from('ab\u0001\u0002\u0003\u0004cd', 'utf8');
    const e = rejection(() => decodeArticleBytes(controls, 'y.bin'));
    expect(e.code).toBe('BINARY_INPUT');
    expect(e.message).toMatch(/^y\.bin: 4 of its 8 characters are control characters/);
    // Tabs, newlines, carriage returns and form feeds are text.
    expect(checkArticleText('a\tb\r\nc\fd', 'ok.txt')).toBe('a\tb\r\nc\fd');
  });

  it('when the bytes are not UTF-8 (Latin-1), then NOT_UTF8 gives the offset of the first bad byte', () => {
    const latin1 = Buffer.from('Caf\xe9 au lait', 'latin1');
    const e = rejection(() => decodeArticleBytes(latin1, 'latin1.txt'));
    expect([e.status, e.code]).toEqual([400, 'NOT_UTF8']);
    expect(e.message).toBe('latin1.txt: is not valid UTF-8 (first bad byte at offset 3)');
  });

  it('when the input is valid UTF-8 with a BOM, then the BOM is dropped and the text kept', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Привет, мир — ok', 'utf8')]);
    expect(decodeArticleBytes(bytes, 'bom.txt')).toBe('Привет, мир — ok');
  });

  it('when the text is over the limit, then ARTICLE_TOO_LARGE (413) says the limit', () => {
    const e = rejection(() => checkArticleText('é'.repeat(600), 'request body', 1024));
    expect([e.status, e.code]).toEqual([413, 'ARTICLE_TOO_LARGE']);
    expect(e.message).toContain('1200 bytes, over the limit of 1024 bytes');
  });

  it('when a string holds a lone surrogate, then INVALID_INPUT', () => {
    expect(rejection(() => checkArticleText('abc \ud800 def', 'request body')).code).toBe('INVALID_INPUT');
    expect(checkArticleText('emoji 😀 ok', 'request body')).toBe('emoji 😀 ok');
  });

  it('when files are read, then a missing file, a folder and a too large file are refused by name', () => {
    expect(rejection(() => readArticleFile(path.join(tmp, 'nope.txt'))).message).toMatch(
      /nope\.txt: does not exist$/,
    );
    expect(rejection(() => readArticleFile(tmp)).code).toBe('UNREADABLE_FILE');
    const big = path.join(tmp, 'big.txt');
    fs.writeFileSync(big, 'x'.repeat(5000));
    expect(rejection(() => readArticleFile(big, 4096)).code).toBe('ARTICLE_TOO_LARGE');
    const good = path.join(tmp, 'good.txt');
    fs.writeFileSync(good, 'Title\n\nBody.');
    expect(readArticleFile(good)).toBe('Title\n\nBody.');
  });
});

describe('default titles', () => {
  it('when text comes without a title, then the first non-empty line (without Markdown marks) is the title', () => {
    expect(defaultTitle('\n\n# Envoy returns to Washington\nBody', false, 'f')).toBe(
      'Envoy returns to Washington',
    );
  });
  it('when HTML comes without a title, then <title> or the first <h1> is the title', () => {
    expect(defaultTitle('<html><head><title>A &amp; B</title></head></html>', true, 'f')).toBe('A & B');
    expect(defaultTitle('<div><h1>Big <b>news</b></h1></div>', true, 'f')).toBe('Big news');
    expect(defaultTitle('<div><p>no heading</p></div>', true, 'fallback')).toBe('fallback');
  });
  it('when a file name is the fallback, then folders and extension are dropped', () => {
    expect(fileTitle('/a/b/envoy-story.txt')).toBe('envoy-story');
  });
});

describe('the ingestion token policy', () => {
  const config = (env: Record<string, string>) =>
    loadConfig({ NEO4J_URI: 'bolt://x', NEO4J_PASSWORD: 'p', ...env });

  it('when the host is loopback and no token is set, then ingestion is open', () => {
    for (const host of ['127.0.0.1', '::1', 'localhost', '[::1]', '127.0.1.1'])
      expect(isLoopbackHost(host)).toBe(true);
    expect(ingestPolicy(config({}))).toEqual({ mode: 'open' });
    expect(() => checkIngestAuthorization({ mode: 'open' }, undefined)).not.toThrow();
  });

  it('when the host is beyond loopback and no token is set, then ingestion is disabled (403 INGESTION_DISABLED)', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.5', 'example.org'])
      expect(isLoopbackHost(host)).toBe(false);
    const policy = ingestPolicy(config({ HOST: '0.0.0.0' }));
    expect(policy).toEqual({ mode: 'disabled', host: '0.0.0.0' });
    try {
      checkIngestAuthorization(policy, 'Bearer anything');
      expect.unreachable();
    } catch (err) {
      expect(err).toMatchObject({ status: 403, code: 'INGESTION_DISABLED' });
      expect((err as Error & { hint: string }).hint).toContain('INGEST_TOKEN');
    }
  });

  it('when a token is set, then a request needs exactly "Bearer <token>" (401 INGEST_TOKEN_REQUIRED otherwise)', () => {
    const policy = ingestPolicy(config({ HOST: '0.0.0.0', INGEST_TOKEN: 's3cret-token' }));
    expect(policy.mode).toBe('token');
    expect(() => checkIngestAuthorization(policy, 'Bearer s3cret-token')).not.toThrow();
    for (const header of [undefined, '', 'Bearer', 'Bearer wrong', 'Basic s3cret-token', 's3cret-token']) {
      expect(() => checkIngestAuthorization(policy, header)).toThrow(
        expect.objectContaining({ status: 401, code: 'INGEST_TOKEN_REQUIRED' }),
      );
    }
    // Set on loopback too: then it is required as well.
    expect(ingestPolicy(config({ INGEST_TOKEN: 't' })).mode).toBe('token');
  });

  it('when the size limit is configured, then it is read from INGEST_MAX_BYTES (default 2 MB)', () => {
    expect(config({}).ingest.maxBytes).toBe(2 * 1024 * 1024);
    expect(config({ INGEST_MAX_BYTES: '4096' }).ingest.maxBytes).toBe(4096);
  });
});
