// Checks an article's input before extraction: readable, within the size limit, UTF-8, text rather than
// binary, not empty. Each refusal is an InputRejectedError naming the source (file or "request body") and
// what is wrong. Also the default title of an article that comes without one.
import fs from 'node:fs';
import path from 'node:path';
import { InputRejectedError } from '../errors.js';

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/** Above this share of control characters (other than tab, newline, carriage return, form feed), it is binary. */
const CONTROL_RATIO = 0.05;

const megabytes = (n: number) => `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) ? 2 : 0)} MB`;

function tooLarge(source: string, size: number, maxBytes: number): InputRejectedError {
  return new InputRejectedError(
    'ARTICLE_TOO_LARGE',
    source,
    `is ${size} bytes, over the limit of ${maxBytes} bytes (${megabytes(maxBytes)})`,
    'Split the article, or raise INGEST_MAX_BYTES.',
  );
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Refuses text that is empty, binary-looking or not well-formed Unicode; returns it unchanged. */
export function checkArticleText(text: string, source: string, maxBytes = DEFAULT_MAX_BYTES): string {
  const size = Buffer.byteLength(text, 'utf8');
  if (size > maxBytes) throw tooLarge(source, size, maxBytes);
  if (text.includes('\u0000')) {
    throw new InputRejectedError(
      'BINARY_INPUT',
      source,
      'holds NUL bytes: it looks like a binary file, not an article',
      'Give the article as plain text (UTF-8) or HTML.',
    );
  }
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 127) controls++;
  }
  if (controls > 0 && controls / text.length > CONTROL_RATIO) {
    throw new InputRejectedError(
      'BINARY_INPUT',
      source,
      `${controls} of its ${text.length} characters are control characters: it looks like a binary file, not an article`,
      'Give the article as plain text (UTF-8) or HTML.',
    );
  }
  if (LONE_SURROGATE.test(text)) {
    throw new InputRejectedError(
      'INVALID_INPUT',
      source,
      'is not well-formed Unicode (it holds a lone surrogate)',
    );
  }
  if (text.trim() === '') {
    throw new InputRejectedError(
      'EMPTY_ARTICLE',
      source,
      text.length ? 'holds only whitespace' : 'is empty',
      'Give the text of an article.',
    );
  }
  return text;
}

/** Decodes bytes as UTF-8 (strictly; a leading BOM is dropped) and checks the text. */
export function decodeArticleBytes(bytes: Uint8Array, source: string, maxBytes = DEFAULT_MAX_BYTES): string {
  if (bytes.length > maxBytes) throw tooLarge(source, bytes.length, maxBytes);
  if (bytes.includes(0)) {
    throw new InputRejectedError(
      'BINARY_INPUT',
      source,
      'holds NUL bytes: it looks like a binary file, not an article',
      'Give the article as plain text (UTF-8) or HTML.',
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputRejectedError(
      'NOT_UTF8',
      source,
      `is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})`,
      'Convert it to UTF-8 first, e.g. iconv -f latin1 -t utf-8.',
    );
  }
  return checkArticleText(text, source, maxBytes);
}

/** Offset of the first byte that breaks UTF-8, for the message: the longest prefix a streaming decoder takes. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const takes = (n: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (takes(mid)) lo = mid;
    else hi = mid - 1;
  }
  // The prefix may end in the first bytes of the sequence that then breaks: that is where it starts.
  for (let cut = lo; cut >= Math.max(0, lo - 3); cut--) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, cut));
      return cut;
    } catch {
      /* an incomplete sequence at the end */
    }
  }
  return lo;
}

/** Reads and checks one article file; unreadable files, directories and oversized files are refused. */
export function readArticleFile(file: string, maxBytes = DEFAULT_MAX_BYTES): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    throw unreadable(file, err);
  }
  if (!stat.isFile()) {
    throw new InputRejectedError('UNREADABLE_FILE', file, 'is not a regular file');
  }
  if (stat.size > maxBytes) throw tooLarge(file, stat.size, maxBytes);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    throw unreadable(file, err);
  }
  return decodeArticleBytes(bytes, file, maxBytes);
}

function unreadable(file: string, err: unknown): InputRejectedError {
  const e = err as NodeJS.ErrnoException;
  const why =
    e.code === 'ENOENT'
      ? 'does not exist'
      : e.code === 'EACCES'
        ? 'cannot be read (permission denied)'
        : `cannot be read (${e.code ?? e.message})`;
  return new InputRejectedError('UNREADABLE_FILE', file, why);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decodeEntities = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });

/**
 * The title of an article that comes without one, stable for the same input (the article id derives
 * from it): HTML's <title> or first <h1>; text's first non-empty line (a Markdown heading's marks
 * dropped); else the fallback (the file name without its extension).
 */
export function defaultTitle(raw: string, html: boolean, fallback: string): string {
  let title = '';
  if (html) {
    const m = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(raw) ?? /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(raw);
    if (m) title = decodeEntities(m[1]!.replace(/<[^>]*>/g, ' '));
  } else {
    const line = raw.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
    title = line.replace(/^\s*#+\s*/, '');
  }
  title = title.replace(/\s+/g, ' ').trim();
  if (title.length > 200) title = `${title.slice(0, 199).trimEnd()}…`;
  return title || fallback;
}

/** The file name without folders and extension, for a default title. */
export const fileTitle = (file: string) => path.basename(file).replace(/\.[^.]+$/, '') || 'article';
