// `npm run eval`: runs the extractor over a set of articles (raw text or HTML and the manifest's title,
// outlet and published date) and scores it against the set's gold annotations (scoring rules in
// server/src/extract/eval/score.ts). Prints per-article and micro-averaged precision/recall/F1 and whether
// each target is met; `--verbose` also lists misses and extras. Exits 0 whatever the scores.
// `--set seeds` (default): the five seed articles, graph-seed/annotations (the extractor was tuned on
// them, so these figures flatter it). `--set heldout`: test/fixtures/heldout, eight articles the rules
// were not written from before its blind score was recorded. `--set fresh`: four more articles
// (test/fixtures/heldout/fresh) written after the rules, a second blind check. `--set all`: seeds and
// held-out, one table. `--set real`: test/fixtures/real, published pages of real outlets, scored by the
// issue's measures (server/src/extract/eval/real-targets.ts); `--split dev|blind` scores one of its splits
// (the blind split's misses are not for rule writers' eyes). `--kinds` prints only counts of the
// quotation failures by kind (eval/quote-kinds.ts, and the shape of their sentences in closed classes:
// eval/sentence-shape-kinds.ts; no text), then of entity pairs and events
// (eval/pair-kinds.ts; events missed altogether, by shape: eval/event-miss-kinds.ts), then of entity
// misses and extras (eval/entity-kinds.ts), which may be read for any split. `--ids a,b,c` (only with
// `--set real`) scores just those pages of the set (or split): how an unseen batch is measured on its own
// before anyone reads its misses.
// An HTML article's gold offsets point into the extractor's cleaned text (see graph-seed/tools).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import type { AnnotationDocument } from '@dossier/model';
import { extractArticle } from '../extract/index.js';
import { findBody } from '../extract/body.js';
import { formatTable, scoreDocument, targetsMet, total, type ArticleScore } from '../extract/eval/score.js';
import { formatMeasures, formatRealTable, realMeasures } from '../extract/eval/real-targets.js';
import { formatKinds, quoteKinds } from '../extract/eval/quote-kinds.js';
import { bodySpeakerKinds } from '../extract/eval/body-speaker-kinds.js';
import { sentenceShapeKinds } from '../extract/eval/sentence-shape-kinds.js';
import { entityKinds } from '../extract/eval/entity-kinds.js';
import { addEventMissKinds } from '../extract/eval/event-miss-kinds.js';
import {
  addPairEventKinds,
  formatKinds as formatPairKinds,
  type KindCounts,
} from '../extract/eval/pair-kinds.js';
import { addEventShareKinds } from '../extract/eval/event-share-kinds.js';

export const SPLITS = ['dev', 'blind'] as const;
export type Split = (typeof SPLITS)[number];

export interface ManifestEntry {
  id: string;
  file: string;
  outlet: string;
  title: string;
  published: string | null;
  /** Only in the real-pages set: the split the article belongs to. */
  split?: Split;
}

export const SETS = {
  seeds: join(PROJECT_ROOT, 'graph-seed'),
  heldout: join(PROJECT_ROOT, 'test', 'fixtures', 'heldout'),
  fresh: join(PROJECT_ROOT, 'test', 'fixtures', 'heldout', 'fresh'),
  real: join(PROJECT_ROOT, 'test', 'fixtures', 'real'),
} as const;
export type SetName = keyof typeof SETS | 'all';
const SET_NAMES = [...Object.keys(SETS), 'all'] as SetName[];

/** One article of a set: its manifest entry, raw text and gold annotation. */
export interface EvalArticle {
  entry: ManifestEntry;
  raw: string;
  gold: AnnotationDocument;
}

/** The manifest entries of a set, only those of `split` and, when given, of `ids` (each must be there). */
export function readManifest(root: string, split?: Split, ids?: readonly string[]): ManifestEntry[] {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as {
    articles: ManifestEntry[];
  };
  const entries = manifest.articles.filter((a) => split === undefined || a.split === split);
  if (ids === undefined) return entries;
  const missing = ids.filter((id) => !entries.some((a) => a.id === id));
  if (missing.length > 0)
    throw new Error(`not in the set${split ? ` (split ${split})` : ''}: ${missing.join(', ')}`);
  return entries.filter((a) => ids.includes(a.id));
}

/** Reads a set laid out like graph-seed (manifest.json, the raw files, annotations/<id>.json). */
export function readEvalSet(root: string, split?: Split, ids?: readonly string[]): EvalArticle[] {
  return readManifest(root, split, ids).map((entry) => ({
    entry,
    raw: readFileSync(join(root, entry.file), 'utf8'),
    gold: JSON.parse(
      readFileSync(join(root, 'annotations', `${entry.id}.json`), 'utf8'),
    ) as AnnotationDocument,
  }));
}

/** The extractor run on one article of a set, with the manifest's metadata (learned steps off for training). */
export function extractEvalArticle({ entry, raw }: EvalArticle, debug = false, learned = true) {
  return extractArticle({
    raw,
    debug,
    learned,
    format: /\.html?$/i.test(entry.file) ? 'html' : 'text',
    meta: { title: entry.title, outlet: entry.outlet, published: entry.published },
  });
}

/** Scores the extractor on every article of a set (of one split of it, or of the listed ids, when given). */
export function evaluateSet(root: string, split?: Split, ids?: readonly string[]): ArticleScore[] {
  return readEvalSet(root, split, ids).map((a) => scoreDocument(extractEvalArticle(a).document, a.gold));
}

export function evaluateSeeds(root = SETS.seeds): ArticleScore[] {
  return evaluateSet(root);
}

export function evaluateHeldout(root = SETS.heldout): ArticleScore[] {
  return evaluateSet(root);
}

export function evaluate(set: SetName, split?: Split, ids?: readonly string[]): ArticleScore[] {
  return set === 'all'
    ? [...evaluateSet(SETS.seeds), ...evaluateSet(SETS.heldout)]
    : evaluateSet(SETS[set], split, ids);
}

export interface EvalArgs {
  set: SetName;
  split?: Split;
  verbose: boolean;
  /** Counts of quotation failures by kind instead of the tables. */
  kinds: boolean;
  /** Only these article ids (`--ids a,b,c`, real set only). */
  ids?: string[];
}

/** The articles a kind count reads: one set (or split), or seeds and held-out for 'all'. */
function readKindArticles(set: SetName, split?: Split, ids?: readonly string[]) {
  return set === 'all'
    ? [...readEvalSet(SETS.seeds), ...readEvalSet(SETS.heldout)]
    : readEvalSet(SETS[set], split, ids);
}

/** The quotation failures of a set (or split) by kind, summed: counts only. */
export function evaluateQuoteKinds(set: SetName, split?: Split, ids?: readonly string[]): string {
  const articles = readKindArticles(set, split, ids);
  return formatKinds(
    articles.map((a) => {
      const r = extractEvalArticle(a, true);
      const q = r.quotations ?? [];
      return {
        ...quoteKinds(r.text, r.document, q, a.gold),
        ...bodySpeakerKinds(r.text, r.document, q, a.gold),
        ...sentenceShapeKinds(r.text, r.document, q, a.gold),
      };
    }),
  );
}

/** The entity-pair and event outcomes of a set (or split) by kind, summed: counts only (eval/pair-kinds.ts). */
export function evaluatePairKinds(set: SetName, split?: Split, ids?: readonly string[]): string {
  const articles = readKindArticles(set, split, ids);
  const k: KindCounts = {};
  for (const a of articles) {
    const r = extractEvalArticle(a);
    addPairEventKinds(k, r.document, a.gold, r.text);
    addEventMissKinds(k, r.text, r.document, a.gold);
    addEventShareKinds(k, r.document, a.gold);
  }
  return formatPairKinds(k);
}

/** The entity misses and extras of a set (or split) by kind, summed: counts only (eval/entity-kinds.ts). */
export function evaluateEntityKinds(set: SetName, split?: Split, ids?: readonly string[]): string {
  const articles = readKindArticles(set, split, ids);
  return formatKinds(
    articles.map((a) => {
      const r = extractEvalArticle(a);
      const found = findBody(r.text, a.entry.title);
      return entityKinds(r.text, r.document, a.gold, found.work, found);
    }),
  );
}

/** `--set NAME`, `--split dev|blind` and `--ids a,b,c` (only with `--set real`), `--verbose`/`-v`, `--kinds`; throws on anything else. */
export function parseArgs(argv: string[]): EvalArgs {
  const args: EvalArgs = { set: 'seeds', verbose: false, kinds: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--verbose' || a === '-v') {
      args.verbose = true;
      continue;
    }
    if (a === '--kinds') {
      args.kinds = true;
      continue;
    }
    const option = /^(--set|--split|--ids)(?:=(.*))?$/.exec(a);
    if (!option)
      throw new Error(
        `unknown argument ${JSON.stringify(a)} (use --set, --split, --ids, --verbose, --kinds)`,
      );
    const value = option[2] ?? argv[++i];
    if (option[1] === '--ids') {
      const ids = (value ?? '').split(',').filter((id) => id !== '');
      if (ids.length === 0) throw new Error('--ids needs a comma-separated list of article ids');
      args.ids = ids;
    } else if (option[1] === '--set') {
      if (!SET_NAMES.includes(value as SetName))
        throw new Error(`--set must be ${SET_NAMES.join(', ')} (got ${JSON.stringify(value)})`);
      args.set = value as SetName;
    } else {
      if (!SPLITS.includes(value as Split))
        throw new Error(`--split must be ${SPLITS.join(' or ')} (got ${JSON.stringify(value)})`);
      args.split = value as Split;
    }
  }
  if (args.split && args.set !== 'real')
    throw new Error(`--split applies only to --set real (the real pages have dev and blind splits)`);
  if (args.ids && args.set !== 'real') throw new Error(`--ids applies only to --set real`);
  return args;
}

function main(): void {
  let args: EvalArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
  const { set, split, verbose, ids } = args;
  if (args.kinds) {
    console.log(`quotation failures by kind, set: ${set}, split: ${split ?? 'all'} (counts only)\n`);
    console.log(evaluateQuoteKinds(set, split, ids));
    console.log(`\nentity pairs and events by kind, set: ${set}, split: ${split ?? 'all'} (counts only)\n`);
    console.log(evaluatePairKinds(set, split, ids));
    console.log(`\nentities by kind, set: ${set}, split: ${split ?? 'all'} (counts only)\n`);
    console.log(evaluateEntityKinds(set, split, ids));
    return;
  }
  let scores: ArticleScore[];
  try {
    scores = evaluate(set, split, ids);
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
  if (set === 'real') {
    const outlets = new Set(readManifest(SETS.real, split, ids).map((a) => a.outlet)).size;
    const only = ids ? `, ${ids.length} listed pages` : '';
    console.log(`set: real, split: ${split ?? 'all'}${only} (${scores.length} pages, ${outlets} outlets)\n`);
    console.log(formatRealTable(scores));
    console.log(`\n${formatMeasures(realMeasures(scores))}`);
  } else {
    console.log(`set: ${set}\n`);
    console.log(formatTable(scores));
    console.log(`\n${formatMeasures(targetsMet(total(scores)))}`);
  }
  if (verbose)
    for (const s of scores) {
      console.log(`\n## ${s.id}`);
      for (const m of s.misses) console.log(`  ${m}`);
    }
}

if (process.argv[1] && /eval\.ts$/.test(process.argv[1])) main();
