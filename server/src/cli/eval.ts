// `npm run eval`: runs the extractor over the five seed articles (raw text and the manifest's title,
// outlet and published date) and scores it against graph-seed/annotations (scoring rules in
// server/src/extract/eval/score.ts). Prints per-article and micro-averaged precision/recall/F1 and whether
// each target is met; `--verbose` also lists misses and extras. Exits 0 whatever the scores.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnnotationDocument } from '../ingest/annotation-schema.js';
import { extractArticle } from '../extract/index.js';
import { formatTable, scoreDocument, targetsMet, total, type ArticleScore } from '../extract/eval/score.js';

interface ManifestEntry {
  id: string;
  file: string;
  outlet: string;
  title: string;
  published: string | null;
}

export function evaluateSeeds(
  root = join(import.meta.dirname, '..', '..', '..', 'graph-seed'),
): ArticleScore[] {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as {
    articles: ManifestEntry[];
  };
  return manifest.articles.map((a) => {
    const raw = readFileSync(join(root, a.file), 'utf8');
    const gold = JSON.parse(
      readFileSync(join(root, 'annotations', `${a.id}.json`), 'utf8'),
    ) as AnnotationDocument;
    const { document } = extractArticle({
      raw,
      format: 'text',
      meta: { title: a.title, outlet: a.outlet, published: a.published },
    });
    return scoreDocument(document, gold);
  });
}

function main(): void {
  const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
  const scores = evaluateSeeds();
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
