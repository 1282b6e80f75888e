// Scores an extracted annotation document against a gold one. Pure. Matching, all one-to-one (greedy):
// - entities: same type, and the extracted name equals the gold name or one of its aliases after
//   normalisation (case, punctuation and quote style ignored: "U.S." = "US");
// - statements: quote spans overlap by at least 50% of the shorter one; the speaker is correct when the
//   extracted speaker maps (through the entity matching) to the gold speaker;
// - events: same type, and evidence spans overlap, or the same date and a shared participant (mapped);
//   the largest such matching (event-matching.ts), so a first fit never takes another event's match;
// - relations: (source, type, target) equal after mapping extracted entity ids to gold ids through the
//   entity matching; MET is symmetric;
// - entity pairs: the unordered pairs of entities that any relation links (type and direction ignored),
//   extracted ids mapped through the entity matching; a set per document, so a pair counts once.
// Precision = tp / extracted, recall = tp / gold, F1 their harmonic mean; totals are micro-averaged.
import type { AnnotationDocument, Span } from '@dossier/model';
import { matchEvents } from './event-matching.js';
import { overlap } from './spans.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface ArticleScore {
  id: string;
  entities: Counts;
  statements: Counts;
  speakers: { correct: number; matched: number };
  events: Counts;
  relations: Counts;
  /** Unordered entity pairs linked by any relation, whatever its type. */
  pairs: Counts;
  /** Readable lists of what was missed and what was extra, for debugging. */
  misses: string[];
}

export const normName = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, 's')
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

const spansOverlap = (a: Span[], b: Span[]) => a.some((x) => b.some((y) => overlap(x, y) > 0));

/** " [rule]" for an extracted item that names the rule that made it. */
const ruleOf = (x: { rule?: string }) => (x.rule ? ` [${x.rule}]` : '');

/** Extracted entity id -> gold entity id: same type and a normalised name equal to a gold name or alias. */
export function mapEntities(extracted: AnnotationDocument, gold: AnnotationDocument): Map<string, string> {
  const map = new Map<string, string>();
  const goldTaken = new Set<string>();
  for (const e of extracted.entities) {
    const n = normName(e.name);
    const g = gold.entities.find(
      (g) =>
        !goldTaken.has(g.id) && g.type === e.type && [g.name, ...g.aliases].some((x) => normName(x) === n),
    );
    if (g) {
      map.set(e.id, g.id);
      goldTaken.add(g.id);
    }
  }
  return map;
}

export function scoreDocument(extracted: AnnotationDocument, gold: AnnotationDocument): ArticleScore {
  const misses: string[] = [];
  // Entities.
  const map = mapEntities(extracted, gold);
  const goldTaken = new Set(map.values());
  const entities = {
    tp: map.size,
    fp: extracted.entities.length - map.size,
    fn: gold.entities.length - map.size,
  };
  for (const e of extracted.entities)
    if (!map.has(e.id)) misses.push(`entity extra: ${e.type} ${e.name}${ruleOf(e)}`);
  for (const g of gold.entities) if (!goldTaken.has(g.id)) misses.push(`entity missed: ${g.type} ${g.name}`);
  const mapped = (id: string) => map.get(id) ?? `extracted:${id}`;

  // Statements.
  const stTaken = new Set<number>();
  let stTp = 0;
  const speakers = { correct: 0, matched: 0 };
  for (const s of extracted.statements) {
    let best = -1;
    let bestScore = -1;
    gold.statements.forEach((g, i) => {
      if (stTaken.has(i)) return;
      const ov = overlap(s, g);
      const shorter = Math.min(s.end - s.start, g.end - g.start);
      if (ov < 0.5 * shorter || ov === 0) return;
      const score = ov + (mapped(s.speaker) === g.speaker ? 1e6 : 0);
      if (score > bestScore) [best, bestScore] = [i, score];
    });
    if (best < 0) {
      misses.push(`statement extra: ${JSON.stringify(s.quote.slice(0, 40))}${ruleOf(s)}`);
      continue;
    }
    stTaken.add(best);
    stTp++;
    speakers.matched++;
    const g = gold.statements[best]!;
    if (mapped(s.speaker) === g.speaker) speakers.correct++;
    else
      misses.push(
        `speaker wrong: ${JSON.stringify(g.quote.slice(0, 40))} by ${s.speaker}, gold ${g.speaker}${ruleOf(s)}`,
      );
  }
  gold.statements.forEach((g, i) => {
    if (!stTaken.has(i))
      misses.push(`statement missed: ${JSON.stringify(g.quote.slice(0, 40))} (${g.speaker})`);
  });
  const statements = { tp: stTp, fp: extracted.statements.length - stTp, fn: gold.statements.length - stTp };

  // Events.
  const evTaken = new Set<number>();
  let evTp = 0;
  const evParts = extracted.events.map((e) => new Set(e.participants.map((p) => mapped(p.entity))));
  const evMatch = matchEvents(extracted.events.length, gold.events.length, (x, i) => {
    const [e, g] = [extracted.events[x]!, gold.events[i]!];
    return (
      g.type === e.type &&
      (spansOverlap(e.evidence, g.evidence) ||
        (e.date !== null && e.date === g.date && g.participants.some((p) => evParts[x]!.has(p.entity))))
    );
  });
  extracted.events.forEach((e, x) => {
    const i = evMatch[x]!;
    if (i < 0) {
      misses.push(`event extra: ${e.type} ${e.id}${ruleOf(e)}`);
      return;
    }
    evTaken.add(i);
    evTp++;
  });
  gold.events.forEach((g, i) => {
    if (!evTaken.has(i)) misses.push(`event missed: ${g.type} ${g.id}`);
  });
  const events = { tp: evTp, fp: extracted.events.length - evTp, fn: gold.events.length - evTp };

  // Relations.
  const key = (s: string, t: string, o: string) =>
    t === 'MET' && o < s ? `${o}|${t}|${s}` : `${s}|${t}|${o}`;
  const goldRel = new Map<string, number>();
  for (const r of gold.relations) {
    const k = key(r.source, r.type, r.target);
    goldRel.set(k, (goldRel.get(k) ?? 0) + 1);
  }
  let relTp = 0;
  const seen = new Set<string>();
  for (const r of extracted.relations) {
    const k = key(mapped(r.source), r.type, mapped(r.target));
    if ((goldRel.get(k) ?? 0) > 0 && !seen.has(k)) {
      seen.add(k);
      goldRel.set(k, goldRel.get(k)! - 1);
      relTp++;
    } else misses.push(`relation extra: ${r.source} ${r.type} ${r.target}${ruleOf(r)}`);
  }
  for (const [k, n] of goldRel) if (n > 0) misses.push(`relation missed: ${k}`);
  const relations = { tp: relTp, fp: extracted.relations.length - relTp, fn: gold.relations.length - relTp };

  const pairs = scorePairs(
    gold.relations,
    extracted.relations.map((r) => ({ source: mapped(r.source), target: mapped(r.target) })),
    misses,
  );

  return { id: gold.article.id, entities, statements, speakers, events, relations, pairs, misses };
}

/** Unordered entity pairs that any relation links, gold against (already mapped) extracted. */
function scorePairs(
  gold: { source: string; target: string }[],
  extracted: { source: string; target: string }[],
  misses: string[],
): Counts {
  const pairKey = (r: { source: string; target: string }) =>
    r.source < r.target ? `${r.source} – ${r.target}` : `${r.target} – ${r.source}`;
  const goldPairs = new Set(gold.map(pairKey));
  const extractedPairs = new Set(extracted.map(pairKey));
  let tp = 0;
  for (const k of extractedPairs)
    if (goldPairs.has(k)) tp++;
    else misses.push(`pair extra: ${k}`);
  for (const k of goldPairs) if (!extractedPairs.has(k)) misses.push(`pair missed: ${k}`);
  return { tp, fp: extractedPairs.size - tp, fn: goldPairs.size - tp };
}

/** Gold quotations found with their right speaker, as a fraction of all gold quotations (0 when none). */
export function quotesWithSpeaker(s: ArticleScore): number {
  const gold = s.statements.tp + s.statements.fn;
  return gold ? s.speakers.correct / gold : 0;
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });

export function total(scores: ArticleScore[]): ArticleScore {
  const zero = { tp: 0, fp: 0, fn: 0 };
  return scores.reduce<ArticleScore>(
    (t, s) => ({
      id: 'TOTAL (micro)',
      entities: add(t.entities, s.entities),
      statements: add(t.statements, s.statements),
      speakers: {
        correct: t.speakers.correct + s.speakers.correct,
        matched: t.speakers.matched + s.speakers.matched,
      },
      events: add(t.events, s.events),
      relations: add(t.relations, s.relations),
      pairs: add(t.pairs, s.pairs),
      misses: [],
    }),
    {
      id: 'TOTAL (micro)',
      entities: zero,
      statements: zero,
      speakers: { correct: 0, matched: 0 },
      events: zero,
      relations: zero,
      pairs: zero,
      misses: [],
    },
  );
}

export const TARGETS = { entitiesF1: 0.9, speakerAccuracy: 0.95, eventsF1: 0.7, relationsF1: 0.7 };

export function targetsMet(t: ArticleScore): { name: string; value: number; target: number; met: boolean }[] {
  const sp = t.speakers.matched ? t.speakers.correct / t.speakers.matched : 0;
  return [
    { name: 'entities F1', value: prf(t.entities).f1, target: TARGETS.entitiesF1 },
    { name: 'quote speaker accuracy', value: sp, target: TARGETS.speakerAccuracy },
    { name: 'events F1', value: prf(t.events).f1, target: TARGETS.eventsF1 },
    { name: 'relations F1', value: prf(t.relations).f1, target: TARGETS.relationsF1 },
  ].map((x) => ({ ...x, met: x.value >= x.target }));
}

const f2 = (n: number) => n.toFixed(2);
/** A P R F1 cell. */
export const prfCell = (c: Counts) => {
  const { p, r, f1 } = prf(c);
  return `${f2(p)} ${f2(r)} ${f2(f1)}`;
};
/** A fraction cell: "0.67 (2/3)", or "n/a" when the denominator is 0. */
export const fractionCell = (n: number, d: number) => (d ? `${f2(n / d)} (${n}/${d})` : 'n/a');

/** A column of a score table: its heading and the cell of a row. */
export interface Column {
  head: string;
  cell: (row: ArticleScore) => string;
}

/** One row per article and the micro total, columns padded to their widest cell. */
export function formatColumns(scores: ArticleScore[], columns: Column[]): string {
  const rows = [...scores, total(scores)];
  const cells = rows.map((r) => [r.id, ...columns.map((c) => c.cell(r))]);
  const heads = ['article', ...columns.map((c) => c.head)];
  const widths = heads.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row
      .map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i]!)))
      .join(' | ')
      .trimEnd();
  const head = line(heads);
  const rule = '-'.repeat(Math.max(head.length, ...cells.map((c) => line(c).length)));
  const out = [head, rule, ...cells.slice(0, -1).map(line), rule, line(cells.at(-1)!)];
  return out.join('\n');
}

/** The table of the project's own sets: entities, statements, speaker accuracy, events, relations. */
export function formatTable(scores: ArticleScore[]): string {
  return formatColumns(scores, [
    { head: 'entities P R F1', cell: (r) => prfCell(r.entities) },
    { head: 'statements P R F1', cell: (r) => prfCell(r.statements) },
    { head: 'speaker acc', cell: (r) => fractionCell(r.speakers.correct, r.speakers.matched) },
    { head: 'events P R F1', cell: (r) => prfCell(r.events) },
    { head: 'relations P R F1', cell: (r) => prfCell(r.relations) },
  ]);
}
