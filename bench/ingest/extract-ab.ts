// `npx tsx bench/ingest/extract-ab.ts [--rounds 5] [--articles 600] [--seed 5] TREE_A TREE_B …`: a same-run
// A/B of extraction speed between Dossier trees (worktrees or checkouts of two commits, each with its
// node_modules). Every tree's extractArticle is loaded into this one process, with learned steps on and off
// (four configurations for two trees). A warm-up pass of each configuration hashes its documents: equal
// hashes mean the trees extract the synthetic corpus identically. Then each round runs the corpus in batches
// of 25 articles, every configuration on each batch in rotated order, so that load from elsewhere on the
// machine falls on all alike; it prints articles/s per round, the medians and each tree's ratio to the
// first. Run it quietly: `flock /tmp/dossier-heavy.lock flock -x /tmp/dossier-quiet.lock npx tsx …`.
// (bench:ingest gives the absolute single-core figure; this gives the ratio, which load disturbs far less.)
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { argValue } from '../bench-neo4j.js';
import type { NewsArticle } from '../corpus/news-text.js';

const rounds = argValue('rounds', 5);
const articles = argValue('articles', 600);
const seed = argValue('seed', 5);
const trees = process.argv
  .slice(2)
  .filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
if (trees.length < 1) {
  console.error('usage: extract-ab.ts [--rounds N] [--articles N] [--seed N] TREE_A [TREE_B …]');
  process.exit(2);
}

type Extract = (input: {
  raw: string;
  format: 'text';
  learned: boolean;
  meta: { id: string; title: string; outlet: string; published: string };
}) => { document: unknown };

const load = async (tree: string, file: string) =>
  import(pathToFileURL(path.resolve(tree, file)).href) as Promise<Record<string, unknown>>;

const corpusModule = await load(trees[0]!, 'bench/corpus/news-text.ts');
const generate = corpusModule['generateNewsCorpus'] as (o: {
  articles: number;
  seed: number;
}) => Iterable<NewsArticle>;
const corpus = [...generate({ articles, seed })];

const configs: { name: string; run: (a: NewsArticle) => unknown }[] = [];
for (const tree of trees) {
  const extract = (await load(tree, 'server/src/extract/index.ts'))['extractArticle'] as Extract;
  for (const learned of [true, false])
    configs.push({
      name: `${path.basename(path.resolve(tree))} ${learned ? 'on' : 'off'}`,
      run: (a) =>
        extract({
          raw: a.text,
          format: 'text',
          learned,
          meta: { id: a.id, title: a.title, outlet: a.outlet, published: a.published },
        }).document,
    });
}

for (const c of configs) {
  const h = createHash('sha256');
  for (const a of corpus) h.update(JSON.stringify(c.run(a)));
  console.log(`warm-up ${c.name}: documents hash ${h.digest('hex').slice(0, 16)}`);
}

const BATCH = 25;
const rates = configs.map(() => [] as number[]);
for (let r = 0; r < rounds; r++) {
  const ms = configs.map(() => 0);
  for (let b = 0, k = 0; b < corpus.length; b += BATCH, k++) {
    const batch = corpus.slice(b, b + BATCH);
    for (let j = 0; j < configs.length; j++) {
      const i = (j + k + r) % configs.length;
      const t0 = performance.now();
      for (const a of batch) configs[i]!.run(a);
      ms[i]! += performance.now() - t0;
    }
  }
  ms.forEach((m, i) => rates[i]!.push(corpus.length / (m / 1000)));
  console.log(
    `round ${r + 1}: ${configs.map((c, i) => `${c.name} ${rates[i]![r]!.toFixed(0)}`).join(' | ')}`,
  );
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const med = rates.map(median);
configs.forEach((c, i) =>
  console.log(
    `${c.name}: median ${med[i]!.toFixed(1)} articles/s (${rates[i]!.map((x) => x.toFixed(0)).join(' / ')})`,
  ),
);
for (let t = 1; t < trees.length; t++)
  for (const [o, label] of ['on', 'off'].entries())
    console.log(
      `${configs[2 * t]!.name.replace(/ on$/, '')} / ${configs[0]!.name.replace(/ on$/, '')} (learned ${label}): ` +
        (med[2 * t + o]! / med[o]!).toFixed(3),
    );
