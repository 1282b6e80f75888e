// `npm run ingest -- FILES... [--published D] [--outlet O] [--title T] [--id ID] [--url U] [--format F] [--dry-run]`
// Reads each file (text or HTML, UTF-8), extracts it, resolves its entities against the graph and loads
// it into the configured Neo4j (starting the managed one if needed), one transaction per article. A bad
// file is reported by name and the others still load; the exit code is 1 if any file failed, 2 on a
// usage error. A progress bar shows on stderr (a terminal) for two files or more.
import cliProgress from 'cli-progress';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { AppError } from '../errors.js';
import { articleId, articleMeta, isoDate } from '@dossier/model';
import { ingestArticle, type IngestOutcome } from '../ingest/ingest-article.js';
import { fileTitle, readArticleFile } from '../ingest/read-input.js';
import { createLogger } from '../logger.js';
import { readCounts } from '../neo4j/repositories/index.js';
import { startDossier } from '../server.js';

const USAGE = `usage: npm run ingest -- FILES... [--published YYYY[-MM[-DD]]] [--outlet NAME] [--title TITLE]
                              [--id ARTICLE-ID] [--url URL] [--format text|html|auto] [--dry-run]
  --title and --id name one article: give them with one file only.`;

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      published: { type: 'string' },
      outlet: { type: 'string' },
      title: { type: 'string' },
      id: { type: 'string' },
      url: { type: 'string' },
      format: { type: 'string', default: 'auto' },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
try {
  args = parse();
} catch (err) {
  usage((err as Error).message);
}
const { values, positionals: files } = args;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (files.length === 0) usage('Give at least one file.');
if (values.published !== undefined && !isoDate.safeParse(values.published).success) {
  usage(`--published ${values.published}: must be an ISO date, YYYY, YYYY-MM or YYYY-MM-DD.`);
}
if (values.id !== undefined && !articleId.safeParse(values.id).success) {
  usage(`--id ${values.id}: must be a lower-case slug (a-z, 0-9, -), e.g. tass-2021-03-20-antonov-thanks.`);
}
if (values.url !== undefined && !articleMeta.shape.url.safeParse(values.url).success) {
  usage(`--url ${values.url}: must be a URL.`);
}
if (files.length > 1 && (values.title !== undefined || values.id !== undefined)) {
  usage('--title and --id name one article, but several files were given (each would overwrite the last).');
}
const format = values.format as 'text' | 'html' | 'auto';
if (!['text', 'html', 'auto'].includes(format)) usage(`--format ${values.format}: text, html or auto.`);

const config = { ...loadConfig(), port: 0, host: '127.0.0.1' };
const dossier = await startDossier(config, {
  logger: createLogger('warn'),
  progress: (line) => console.error(line),
  buildClient: false,
}).catch((err: unknown) => {
  console.error(`Cannot start: ${(err as Error).message.split('\n')[0]}`);
  console.error('Check NEO4J_URI / NEO4J_PASSWORD, or unset NEO4J_URI to use the managed Neo4j.');
  process.exit(1);
});

function describe(o: IngestOutcome): string[] {
  const c = o.counts;
  const lines = [
    `${o.loaded ? 'loaded' : 'checked (dry run)'} ${o.source} → ${o.article.id}` +
      (c
        ? `: ${c.entities} entities, ${c.events} events, ${c.statements} statements, ${c.relations} relations`
        : ''),
  ];
  for (const r of o.resolution) {
    if (r.matched && r.rule !== 'same-id') {
      lines.push(`  merged '${r.name}' (${r.extractedId}) into ${r.resolvedId}: ${r.rule}: ${r.explanation}`);
    } else if (r.matched) lines.push(`  joined ${r.resolvedId} ('${r.name}'): same id`);
  }
  for (const w of o.warnings) lines.push(`  warning: ${w}`);
  return lines;
}

let failed = 0;
/** Article id → the file it came from in this run, to tell when a file replaces another. */
const seen = new Map<string, string>();
let loaded = 0;
const bar =
  files.length >= 2 && process.stderr.isTTY
    ? new cliProgress.SingleBar(
        { format: 'ingesting [{bar}] {value}/{total} {file}', stream: process.stderr, hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : null;
// With the bar on the same terminal, lines go above it through the bar's stream.
const print = (line: string, error = false) => {
  if (bar && (error || process.stdout.isTTY)) {
    process.stderr.write('\r\x1b[K');
    (error ? console.error : console.log)(line);
    bar.render();
  } else (error ? console.error : console.log)(line);
};
try {
  bar?.start(files.length, 0, { file: '' });
  for (const file of files) {
    bar?.update({ file });
    try {
      const raw = readArticleFile(file, config.ingest.maxBytes);
      const outcome = await ingestArticle(
        dossier.db,
        {
          source: file,
          raw,
          format,
          meta: {
            id: values.id,
            title: values.title,
            outlet: values.outlet,
            published: values.published ?? null,
            url: values.url ?? null,
          },
          fallbackTitle: fileTitle(file),
          dryRun: values['dry-run'],
        },
        { maxBytes: config.ingest.maxBytes },
      );
      loaded += 1;
      for (const line of describe(outcome)) print(line);
      const earlier = seen.get(outcome.article.id);
      if (earlier && earlier !== file) {
        print(
          `  warning: ${file} has the same article id as ${earlier} (same outlet, date and title) and replaced it; give distinct titles or --id`,
        );
      }
      seen.set(outcome.article.id, file);
    } catch (err) {
      failed += 1;
      const message =
        err instanceof AppError
          ? `${err.message}${err.hint ? ` (${err.hint})` : ''} [${err.code}]`
          : `${file}: ${(err as Error).message}`;
      print(`failed ${message.startsWith(file) ? message : `${file}: ${message}`}`, true);
    }
    bar?.increment();
  }
  bar?.stop();
  const verb = values['dry-run'] ? 'checked' : 'loaded';
  console.log(`${loaded} of ${files.length} file(s) ${verb}, ${failed} failed.`);
  if (!values['dry-run']) console.log('counts per label:', await readCounts(dossier.db));
} finally {
  bar?.stop();
  await dossier.stop();
}
process.exit(failed ? 1 : 0);
