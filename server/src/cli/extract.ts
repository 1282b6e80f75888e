// `npm run --silent extract -- FILE [--published YYYY-MM-DD] [--outlet NAME] [--title T] [--id ID]
// [--url URL] [--format text|html|auto]`: prints the annotation document for one article as JSON
// (2-space indent) on stdout and nothing else; warnings go to stderr. HTML is detected by extension
// (.html, .htm, .xhtml) or content. Exit code 1 with a clear message for a missing, unreadable, empty or
// binary file, or bad arguments.
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { extractArticle } from '../extract/index.js';
import type { ExtractMeta } from '../extract/types.js';

const USAGE =
  'usage: npm run --silent extract -- FILE [--published YYYY-MM-DD] [--outlet NAME] [--title TITLE] [--id ID] [--url URL] [--format text|html|auto]';

export class CliError extends Error {
  override name = 'CliError';
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
  }
}

export interface CliArgs {
  file: string;
  meta: ExtractMeta;
  format: 'text' | 'html' | 'auto';
}

export function parseArgs(argv: string[]): CliArgs {
  const meta: ExtractMeta = {};
  let file: string | undefined;
  let format: CliArgs['format'] = 'auto';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.indexOf('=');
    const [flag, inline] = a.startsWith('--') && eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new CliError(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    switch (flag) {
      case '--published': {
        const v = value();
        if (!/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(v))
          throw new CliError(`--published must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got "${v}"`);
        meta.published = v;
        break;
      }
      case '--outlet':
        meta.outlet = value();
        break;
      case '--title':
        meta.title = value();
        break;
      case '--id':
        meta.id = value();
        break;
      case '--url':
        meta.url = value();
        break;
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'html' && v !== 'auto')
          throw new CliError(`--format must be text, html or auto`);
        format = v;
        break;
      }
      case '-h':
      case '--help':
        throw new CliError(USAGE);
      default:
        if (a.startsWith('--')) throw new CliError(`unknown option ${a}\n${USAGE}`);
        if (file) throw new CliError(`only one FILE, got "${file}" and "${a}"\n${USAGE}`);
        file = a;
    }
  }
  if (!file) throw new CliError(`no FILE given\n${USAGE}`);
  return { file, meta, format };
}

export function readArticle(file: string): string {
  let buf: Buffer;
  try {
    if (statSync(file).isDirectory()) throw new CliError(`${file}: is a directory, not a file`);
    buf = readFileSync(file);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`${file}: no such file`);
    if (code === 'EACCES') throw new CliError(`${file}: permission denied`);
    throw new CliError(`${file}: cannot read (${(e as Error).message})`, { cause: e });
  }
  if (buf.length === 0) throw new CliError(`${file}: the file is empty`);
  const sample = buf.subarray(0, 8192);
  if (sample.includes(0))
    throw new CliError(`${file}: looks like a binary file (NUL bytes), not text or HTML`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf).replace(/^\uFEFF/, '');
  const bad = (text.slice(0, 8192).match(/\uFFFD/g) ?? []).length;
  if (bad > 8 && bad > sample.length / 100) throw new CliError(`${file}: not UTF-8 text (looks binary)`);
  if (!text.trim()) throw new CliError(`${file}: the file has no text (only whitespace)`);
  return text;
}

function main(): number {
  try {
    const args = parseArgs(process.argv.slice(2));
    const raw = readArticle(args.file);
    const ext = extname(args.file).toLowerCase();
    const format = args.format === 'auto' && ['.html', '.htm', '.xhtml'].includes(ext) ? 'html' : args.format;
    const result = extractArticle({ raw, format, meta: args.meta });
    for (const w of result.warnings) process.stderr.write(`warning: ${basename(args.file)}: ${w}\n`);
    const d = result.document;
    process.stderr.write(
      `${basename(args.file)}: ${d.entities.length} entities, ${d.statements.length} statements, ${d.events.length} events, ${d.relations.length} relations\n`,
    );
    process.stdout.write(`${JSON.stringify(d, null, 2)}\n`);
    return 0;
  } catch (e) {
    process.stderr.write(
      `extract: ${e instanceof CliError ? e.message : ((e as Error).stack ?? String(e))}\n`,
    );
    return 1;
  }
}

if (process.argv[1] && /extract\.ts$/.test(process.argv[1])) process.exitCode = main();
