// The seed: graph-seed/'s five articles and their reviewed annotations, read from disk and loaded.
// An article the database refuses for a reason of the moment (the first cold transaction past the 30 s
// transaction timeout on a busy host, a deadlock, a lock not granted) is loaded again after the others,
// alone, a bounded number of times, each try said; one still refused after that is reported (seedGaps),
// and the start says so loudly (server.ts). Each article is one transaction: a retry never half-writes.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { SeedGap } from '@dossier/model';
import { PROJECT_ROOT } from '../config.js';
import type { Database } from '../neo4j/database.js';
import { loadArticles, type ArticleInput, type LoadOutcome } from './load-articles.js';

export const SEED_DIR = path.join(PROJECT_ROOT, 'graph-seed');

const manifestSchema = z.object({
  articles: z.array(z.object({ id: z.string(), file: z.string() }).passthrough()).min(1),
});

export class SeedError extends Error {
  override name = 'SeedError';
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
  }
}

/** Reads the manifest, each article's text and its annotation document. */
export function readSeed(dir: string = SEED_DIR): ArticleInput[] {
  const manifestFile = path.join(dir, 'manifest.json');
  const manifest = manifestSchema.safeParse(JSON.parse(fs.readFileSync(manifestFile, 'utf8')));
  if (!manifest.success) throw new SeedError(`${manifestFile}: ${manifest.error.issues[0]?.message}`);
  return manifest.data.articles.map((a) => {
    const annotationFile = path.join(dir, 'annotations', `${a.id}.json`);
    const relative = path.relative(PROJECT_ROOT, annotationFile);
    let document: unknown;
    try {
      document = JSON.parse(fs.readFileSync(annotationFile, 'utf8'));
    } catch (err) {
      throw new SeedError(`${relative}: cannot be read as JSON (${(err as Error).message})`, { cause: err });
    }
    return { file: relative, text: fs.readFileSync(path.join(dir, a.file), 'utf8'), document };
  });
}

export interface LoadSeedOptions {
  dir?: string;
  /** Passes after the first over the articles the database refused for a reason of the moment. */
  retries?: number;
  /** The pause before the first such pass, doubled before each next one (a busy host may calm down). */
  pauseMs?: number;
  /** Where each retry is said (npm start: its progress lines; npm run seed: the console). */
  log?: (line: string) => void;
}

export const SEED_RETRIES = 3;
export const SEED_RETRY_PAUSE_MS = 2_000;

const nameOf = (o: LoadOutcome) => o.articleId ?? o.file;

/**
 * Loads the seed: all articles through the writer's queue, then the ones the database refused for a
 * reason of the moment again, one at a time, up to `retries` passes. Returns one outcome per article.
 */
export async function loadSeed(db: Database, options: LoadSeedOptions = {}): Promise<LoadOutcome[]> {
  const inputs = readSeed(options.dir);
  const outcomes = await loadArticles(db, inputs);
  const retries = options.retries ?? SEED_RETRIES;
  let pause = options.pauseMs ?? SEED_RETRY_PAUSE_MS;
  for (let pass = 1; pass <= retries; pass++) {
    const again = outcomes.flatMap((o, i) => (!o.ok && o.retryable ? [i] : []));
    if (!again.length) break;
    await new Promise((r) => setTimeout(r, pause));
    pause *= 2;
    for (const i of again) {
      const before = outcomes[i]!;
      const reason = before.ok ? '' : (before.errors[0]?.message.split('\n')[0] ?? '');
      options.log?.(
        `Seed article ${nameOf(before)} was refused by the database (${reason}); ` +
          `loading it again alone (try ${pass + 1} of ${retries + 1})…`,
      );
      const [after] = await loadArticles(db, [inputs[i]!]);
      outcomes[i] = after!;
      if (after!.ok) options.log?.(`Seed article ${nameOf(after!)} loaded on try ${pass + 1}.`);
    }
  }
  return outcomes;
}

export function seedGaps(outcomes: LoadOutcome[]): SeedGap[] {
  return outcomes.flatMap((o) =>
    o.ok ? [] : [{ article: nameOf(o), file: o.file, reason: o.errors[0]?.message.split('\n')[0] ?? '' }],
  );
}

/** The loud line a start prints when the seed is incomplete (none when it is whole). */
export function seedWarning(gaps: SeedGap[], total: number): string | null {
  if (!gaps.length) return null;
  return (
    `WARNING: the seed is incomplete: ${gaps.length} of ${total} articles were not loaded ` +
    `(${gaps.map((g) => g.article).join(', ')}). Dossier runs without them; ` +
    '`npm run seed` loads them (loading twice changes nothing).'
  );
}
