// The seed: graph-seed/'s five articles and their reviewed annotations, read from disk and loaded.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
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

export async function loadSeed(db: Database, dir: string = SEED_DIR): Promise<LoadOutcome[]> {
  return loadArticles(db, readSeed(dir));
}
