// Aggregate kinds of gold events lost to the one-to-one matching (counts only, no text, no names): an
// extracted event of the same type overlaps the gold event's evidence, yet the scorer gave that extracted
// event to another gold event. Told apart by how many gold events of the type share the evidence sentence
// (one sentence telling several meetings: "held separate meetings with A, B and C") and by how many
// evidence spans the overlapping extracted event holds (several sentences merged into one event). Pure.
import type { AnnotationDocument, Span } from '@dossier/model';
import type { KindCounts } from './pair-kinds.js';
import { mapEntities } from './score.js';

const overlaps = (a: Span[], b: Span[]) =>
  a.some((x) => b.some((y) => Math.min(x.end, y.end) > Math.max(x.start, y.start)));

/** Adds one document's kinds of gold events found by overlap but not matched one-to-one to `k`. */
export function addEventShareKinds(
  k: KindCounts,
  extracted: AnnotationDocument,
  gold: AnnotationDocument,
): void {
  const inc = (s: string) => (k[s] = (k[s] ?? 0) + 1);
  const map = mapEntities(extracted, gold);
  const mapped = (id: string) => map.get(id) ?? `extracted:${id}`;
  // The scorer's greedy matching (score.ts), replayed.
  const taken = new Set<number>();
  for (const e of extracted.events) {
    const parts = new Set(e.participants.map((p) => mapped(p.entity)));
    const i = gold.events.findIndex(
      (g, i) =>
        !taken.has(i) &&
        g.type === e.type &&
        (overlaps(e.evidence, g.evidence) ||
          (e.date !== null && e.date === g.date && g.participants.some((p) => parts.has(p.entity)))),
    );
    if (i >= 0) taken.add(i);
  }
  gold.events.forEach((g, i) => {
    if (taken.has(i)) return;
    const same = extracted.events.filter((e) => e.type === g.type && overlaps(e.evidence, g.evidence));
    if (!same.length) return;
    const t = `event-shared ${g.type}`;
    inc(`${t} TOTAL`);
    const sharing = gold.events.filter((x) => x.type === g.type && overlaps(x.evidence, g.evidence)).length;
    inc(`${t} gold-of-type-on-evidence:${sharing > 3 ? '4+' : sharing}`);
    const spans = Math.max(...same.map((e) => e.evidence.length));
    inc(`${t} extracted-evidence-spans:${spans > 2 ? '3+' : spans}`);
    inc(`${t} extracted-overlapping:${same.length > 2 ? '3+' : same.length}`);
  });
}
