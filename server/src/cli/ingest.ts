// `npm run ingest -- FILES... [--published D] [--outlet O] [--title T] [--id ID] [--url U] [--format F]
//                     [--dry-run] [--force] [--quiet]`
// Reads each file (text or HTML, UTF-8), extracts it and hands it to the article writer, which resolves
// its entities against the graph and loads it into the configured Neo4j (starting the managed one if
// needed), many articles per transaction, while the next files are read and extracted. A file whose
// input was loaded before (same text, format and options: its hash is on the Article node) is skipped,
// so a rerun after an interruption goes on where it stopped; --force loads it again. A bad file is
// reported by name and the others still load; the exit code is 1 if any file failed, 2 on a usage
// error. A progress bar with articles/s and the time left shows on stderr (a terminal).
import cliProgress from 'cli-progress';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { AppError } from '../errors.js';
import { articleId, articleMeta, isoDate } from '@dossier/model';
import { DEFAULT_MAX_BATCH } from '../ingest/article-writer.js';
import { ingestArticle, sourceHash, type IngestOutcome } from '../ingest/ingest-article.js';
import { fileTitle, readArticleFile } from '../ingest/read-input.js';
import { createLogger } from '../logger.js';
import { readCounts } from '../neo4j/repositories/index.js';
import { readLoadedSources } from '../neo4j/repositories/resolution-reads.js';
import { startDossier } from '../server.js';

const USAGE = `usage: npm run ingest -- FILES... [--published YYYY[-MM[-DD]]] [--outlet NAME] [--title TITLE]
                              [--id ARTICLE-ID] [--url URL] [--format text|html|auto] [--dry-run]
                              [--force] [--quiet]
  --title and --id name one article: give them with one file only.
  A file loaded before with the same options is skipped; --force loads it again.
  --quiet prints only failures and the summary.`;

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
      force: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
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

const meta = {
  id: values.id,
  title: values.title,
  outlet: values.outlet,
  published: values.published ?? null,
  url: values.url ?? null,
};
const dryRun = values['dry-run'];
/** Files read ahead, and articles in the writer's queue, at most. */
const CHUNK = 500;
const IN_FLIGHT = 3 * DEFAULT_MAX_BATCH;

let failed = 0;
let loaded = 0;
let skipped = 0;
/** Article id → the file it came from in this run, to tell when a file replaces another. */
const seen = new Map<string, string>();
const started = performance.now();
const bar =
  files.length >= 2 && process.stderr.isTTY
    ? new cliProgress.SingleBar(
        {
          format: 'ingesting [{bar}] {value}/{total} {rate}/s, {left} left {file}',
          stream: process.stderr,
          hideCursor: true,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
// With the bar on the same terminal, lines go above it through the bar's stream.
const print = (line: string, error = false) => {
  if (!error && values.quiet) return;
  if (bar && (error || process.stdout.isTTY)) {
    process.stderr.write('\r\x1b[K');
    (error ? console.error : console.log)(line);
    bar.render();
  } else (error ? console.error : console.log)(line);
};
const duration = (s: number) =>
  s >= 3600
    ? `${Math.floor(s / 3600)} h ${Math.round((s % 3600) / 60)} min`
    : s >= 60
      ? `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`
      : `${Math.round(s)} s`;
let finished = 0;
const finish = (file: string) => {
  finished += 1;
  const seconds = (performance.now() - started) / 1000;
  const rate = (finished - skipped) / seconds;
  bar?.update(finished, {
    file,
    rate: rate.toFixed(rate < 10 ? 1 : 0),
    left: rate > 0 ? duration((files.length - finished) / rate) : '?',
  });
};
const fail = (file: string, err: unknown) => {
  failed += 1;
  const message =
    err instanceof AppError
      ? `${err.message}${err.hint ? ` (${err.hint})` : ''} [${err.code}]`
      : `${file}: ${(err as Error).message}`;
  print(`failed ${message.startsWith(file) ? message : `${file}: ${message}`}`, true);
};

let inFlight = 0;
let wake: (() => void) | null = null;
const pending = new Set<Promise<void>>();
try {
  bar?.start(files.length, 0, { file: '', rate: '0', left: '?' });
  for (let c = 0; c < files.length; c += CHUNK) {
    // Read a chunk of files and ask the graph which of them are loaded already.
    const chunk = files.slice(c, c + CHUNK).map((file) => {
      try {
        const raw = readArticleFile(file, config.ingest.maxBytes);
        const input = { source: file, raw, format, meta, fallbackTitle: fileTitle(file), dryRun };
        return { file, input, hash: sourceHash(input) };
      } catch (err) {
        return { file, error: err };
      }
    });
    const loadedBefore =
      dryRun || values.force
        ? new Set<string>()
        : await dossier.db.read((tx) =>
            readLoadedSources(
              tx,
              chunk.flatMap((x) => (x.hash ? [x.hash] : [])),
            ),
          );
    for (const item of chunk) {
      if (!item.input) {
        fail(item.file, item.error);
        finish(item.file);
        continue;
      }
      if (loadedBefore.has(item.hash)) {
        skipped += 1;
        print(`skipped ${item.file}: loaded before (--force loads it again)`);
        finish(item.file);
        continue;
      }
      while (inFlight >= IN_FLIGHT) await new Promise<void>((r) => (wake = r));
      inFlight += 1;
      const { file, input } = item;
      const job = ingestArticle(dossier.db, input, { maxBytes: config.ingest.maxBytes })
        .then(
          (outcome) => {
            loaded += 1;
            for (const line of describe(outcome)) print(line);
            const earlier = seen.get(outcome.article.id);
            if (earlier && earlier !== file) {
              print(
                `  warning: ${file} has the same article id as ${earlier} (same outlet, date and title) and replaced it; give distinct titles or --id`,
              );
            }
            seen.set(outcome.article.id, file);
          },
          (err: unknown) => fail(file, err),
        )
        .finally(() => {
          inFlight -= 1;
          finish(file);
          pending.delete(job);
          wake?.();
        });
      pending.add(job);
    }
  }
  await Promise.all(pending);
  bar?.stop();
  const verb = dryRun ? 'checked' : 'loaded';
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${loaded} of ${files.length} file(s) ${verb}, ${failed} failed.` +
      (skipped ? ` ${skipped} skipped: loaded before (--force loads them again).` : '') +
      ` ${duration(seconds)}${loaded > 1 ? `, ${(loaded / seconds).toFixed(1)} articles/s` : ''}.`,
  );
  if (!dryRun) console.log('counts per label:', await readCounts(dossier.db));
} finally {
  bar?.stop();
  await dossier.stop();
}
process.exit(failed ? 1 : 0);
