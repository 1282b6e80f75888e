// Why the learned entities step abstains: out-of-fold diagnostics on the dev pages only (the blind split is
// never read). Three views, each by candidate (the step adds a candidate's best type, not one example per
// type), 5 folds by article:
//  1. the step's own model (learn/entities/step.ts examples) at a few L2 penalties: added names, right
//     (name AND type), precision;
//  2. two stages: a "name at all" model over the candidates, times a type model trained on every chunk
//     of the page that names a gold entity (thousands of typed examples, not the ~150 positives);
//  3. re-typing the rules' kept entities with that type model: flips that would be right vs wrong.
// `npx tsx bench/learn/entities-diagnostics.ts` (extracts the dev pages first, about a minute).
import { trainingPages } from '../../server/src/cli/train.js';
import { mapEntities } from '../../server/src/extract/eval/score.js';
import { ENTITY_TYPES, findCandidates, normKey } from '../../server/src/extract/learn/entities/candidates.js';
import { entityExamples, pageTokens } from '../../server/src/extract/learn/entities/step.js';
import {
  crossValidate,
  foldOf,
  probability,
  train,
  type Example,
  type LogisticModel,
} from '../../server/src/extract/learn/logistic.js';
import type { TrainingPage } from '../../server/src/extract/learn/steps.js';

const FOLDS = 5;
/** A candidate as the diagnostics see it: its features, the gold type it would be right as (if any). */
interface Row {
  page: string;
  features: string[];
  gold?: string;
  /** The rules' type, for a chunk naming a kept entity (view 3). */
  rule?: string;
}

function rowsOf(pages: readonly TrainingPage[]) {
  const candidates: Row[] = [];
  const typed: Row[] = [];
  for (const page of pages) {
    const { document } = page.result;
    const { work, sents, toks } = pageTokens(page.result.text, document.article.title);
    const matched = new Set(mapEntities(document, page.gold).values());
    const unmatched = new Map<string, string>();
    const anyGold = new Map<string, string>();
    for (const g of page.gold.entities)
      for (const n of [g.name, ...g.aliases]) {
        anyGold.set(normKey(n), g.type);
        if (!matched.has(g.id)) unmatched.set(normKey(n), g.type);
      }
    const rule = new Map(document.entities.map((e) => [normKey(e.name), e.type as string]));
    for (const c of findCandidates(work, toks, sents, document.entities))
      candidates.push({ page: page.id, features: [...c.features], gold: unmatched.get(c.key) });
    for (const c of findCandidates(work, toks, sents, [])) {
      const gold = anyGold.get(c.key);
      if (gold) typed.push({ page: page.id, features: [...c.features], gold, rule: rule.get(c.key) });
    }
  }
  return { candidates, typed };
}

const line = (t: number, predicted: number, right: number, extra = '') =>
  `${t.toFixed(2).padStart(6)} ${String(predicted).padStart(9)} ${String(right).padStart(6)} ${(right / (predicted || 1)).toFixed(3).padStart(9)}${extra}`;
const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
const HEADER = 'threshold predicted  right precision';

/** View 1: the step's own examples, scored out of fold; a candidate's best type decides. */
function ownModel(pages: readonly TrainingPage[], l2: number) {
  const examples = pages.flatMap((p) => entityExamples(p));
  const p = crossValidate(examples, FOLDS, { l2 });
  const best: { p: number; right: boolean }[] = [];
  for (let k = 0; k < examples.length; k += ENTITY_TYPES.length) {
    let j = k;
    for (let i = k + 1; i < k + ENTITY_TYPES.length; i++) if (p[i]! > p[j]!) j = i;
    best.push({ p: p[j]!, right: examples[j]!.label === 1 });
  }
  console.log(`\n1. the step's model, l2 ${l2} (${best.length} candidates)\n${HEADER}`);
  for (const t of THRESHOLDS) {
    const sel = best.filter((b) => b.p >= t);
    console.log(line(t, sel.length, sel.filter((b) => b.right).length));
  }
}

const fit = (rows: readonly Row[], label: (r: Row) => boolean, l2: number): LogisticModel =>
  train(
    rows.map((r): Example => ({ features: r.features, label: label(r) ? 1 : 0, group: r.page })),
    'diagnostics',
    { l2 },
  );
/** The type model's best type and its share of the three probabilities. */
function typeOf(models: readonly LogisticModel[], features: readonly string[]) {
  const ps = models.map((m) => probability(m, features));
  const sum = ps.reduce((a, b) => a + b, 0);
  let k = 0;
  ps.forEach((q, j) => {
    if (q > ps[k]!) k = j;
  });
  return { type: ENTITY_TYPES[k]!, p: ps[k]! / sum };
}

/** Views 2 and 3, out of fold. */
function twoStages(candidates: readonly Row[], typed: readonly Row[]) {
  const added: { score: number; name: boolean; right: boolean }[] = [];
  const flips: { p: number; right: boolean; wrong: boolean }[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const out = (r: Row) => foldOf(r.page, FOLDS) !== fold;
    const name = fit(candidates.filter(out), (r) => !!r.gold, 0.01);
    const types = ENTITY_TYPES.map((T) => fit(typed.filter(out), (r) => r.gold === T, 0.003));
    for (const c of candidates.filter((r) => !out(r))) {
      const t = typeOf(types, c.features);
      const score = probability(name, c.features) * t.p;
      added.push({ score, name: !!c.gold, right: c.gold === t.type });
    }
    for (const r of typed.filter((r) => !out(r) && r.rule)) {
      const t = typeOf(types, r.features);
      if (t.type !== r.rule) flips.push({ p: t.p, right: t.type === r.gold, wrong: r.rule === r.gold });
    }
  }
  const kept = typed.filter((r) => r.rule);
  const typedRight = kept.filter((r) => r.rule === r.gold).length;
  console.log(
    `\n2. two stages: name (${candidates.filter((c) => c.gold).length} of ${candidates.length} candidates name an unmatched gold entity) x type (${typed.length} gold-named chunks)\n${HEADER}  names`,
  );
  for (const t of THRESHOLDS) {
    const sel = added.filter((a) => a.score >= t);
    const names = sel.filter((a) => a.name).length;
    console.log(line(t, sel.length, sel.filter((a) => a.right).length, String(names).padStart(7)));
  }
  console.log(
    `\n3. re-typing kept entities (rules' type right on ${typedRight} of the ${kept.length} chunks naming a kept entity)`,
  );
  console.log('confidence  flips  right  wrong');
  for (const t of [0.6, 0.7, 0.8, 0.9]) {
    const sel = flips.filter((f) => f.p >= t);
    const right = sel.filter((f) => f.right).length;
    const wrong = sel.filter((f) => f.wrong).length;
    console.log(
      `${t.toFixed(2).padStart(10)} ${String(sel.length).padStart(6)} ${String(right).padStart(6)} ${String(wrong).padStart(6)}`,
    );
  }
}

const pages = trainingPages();
for (const l2 of [1e-4, 0.01]) ownModel(pages, l2);
const { candidates, typed } = rowsOf(pages);
twoStages(candidates, typed);
