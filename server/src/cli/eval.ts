// `npm run eval`: runs the extractor over a set of articles (raw text or HTML and the manifest's title,
// outlet and published date) and scores it against the set's gold annotations (scoring rules in
// server/src/extract/eval/score.ts). Prints per-article and micro-averaged precision/recall/F1 and whether
// each target is met; `--verbose` also lists misses and extras. Exits 0 whatever the scores.
// `--set seeds` (default): the five seed articles, graph-seed/annotations (the extractor was tuned on
// them, so these figures flatter it). `--set heldout`: test/fixtures/heldout, eight articles the rules
// were not written from before its blind score was recorded. `--set fresh`: four more articles
// (test/fixtures/heldout/fresh) written after the rules, a second blind check. `--set all`: seeds and
// held-out, one table.
// An HTML article's gold offsets point into the extractor's cleaned text (see graph-seed/tools).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import type { AnnotationDocument } from '../ingest/annotation-schema.js';
import { extractArticle } from '../extract/index.js';
import { formatTable, scoreDocument, targetsMet, total, type ArticleScore } from '../extract/eval/score.js';

export interface ManifestEntry {
  id: string;
  file: string;
  outlet: string;
  title: string;
  published: string | null;
}

export const SETS = {
  seeds: join(PROJECT_ROOT, 'graph-seed'),
  heldout: join(PROJECT_ROOT, 'test', 'fixtures', 'heldout'),
  fresh: join(PROJECT_ROOT, 'test', 'fixtures', 'heldout', 'fresh'),
} as const;
export type SetName = keyof typeof SETS | 'all';

/** One article of a set: its manifest entry, raw text and gold annotation. */
export interface EvalArticle {
  entry: ManifestEntry;
  raw: string;
  gold: AnnotationDocument;
}

/** Reads a set laid out like graph-seed (manifest.json, the raw files, annotations/<id>.json). */
export function readEvalSet(root: string): EvalArticle[] {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as {
    articles: ManifestEntry[];
  };
  return manifest.articles.map((entry) => ({
    entry,
    raw: readFileSync(join(root, entry.file), 'utf8'),
    gold: JSON.parse(
      readFileSync(join(root, 'annotations', `${entry.id}.json`), 'utf8'),
    ) as AnnotationDocument,
  }));
}

/** The extractor run on one article of a set, with the manifest's metadata. */
export function extractEvalArticle({ entry, raw }: EvalArticle) {
  return extractArticle({
    raw,
    format: /\.html?$/i.test(entry.file) ? 'html' : 'text',
    meta: { title: entry.title, outlet: entry.outlet, published: entry.published },
  });
}

/** Scores the extractor on every article of a set. */
export function evaluateSet(root: string): ArticleScore[] {
  return readEvalSet(root).map((a) => scoreDocument(extractEvalArticle(a).document, a.gold));
}

export function evaluateSeeds(root = SETS.seeds): ArticleScore[] {
  return evaluateSet(root);
}

export function evaluateHeldout(root = SETS.heldout): ArticleScore[] {
  return evaluateSet(root);
}

export function evaluate(set: SetName): ArticleScore[] {
  return set === 'all' ? [...evaluateSet(SETS.seeds), ...evaluateSet(SETS.heldout)] : evaluateSet(SETS[set]);
}

function parseSet(argv: string[]): SetName {
  const at = argv.findIndex((a) => a === '--set' || a.startsWith('--set='));
  if (at < 0) return 'seeds';
  const value = argv[at]!.includes('=') ? argv[at]!.split('=')[1] : argv[at + 1];
  if (value === 'seeds' || value === 'heldout' || value === 'fresh' || value === 'all') return value;
  throw new Error(`--set must be seeds, heldout, fresh or all (got ${JSON.stringify(value)})`);
}

function main(): void {
  const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
  let set: SetName;
  try {
    set = parseSet(process.argv.slice(2));
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
  const scores = evaluate(set);
  console.log(`set: ${set}\n`);
  console.log(formatTable(scores));
  console.log('');
  for (const t of targetsMet(total(scores)))
    console.log(`${t.met ? 'MET    ' : 'NOT MET'} ${t.name}: ${t.value.toFixed(3)} (target ≥ ${t.target})`);
  if (verbose)
    for (const s of scores) {
      console.log(`\n## ${s.id}`);
      for (const m of s.misses) console.log(`  ${m}`);
    }
}

if (process.argv[1] && /eval\.ts$/.test(process.argv[1])) main();
