// Aggregate kinds of entity-pair and event misses, as counts only (no text, no names), so that the blind
// split's misses can be sized by kind without anyone reading them. Pure. For each gold pair (unordered,
// type of its first gold relation): found, or missed with why — an entity unmatched, both entities in one
// extracted event (a relation the event's roles should imply), the gold relation's event found or missed,
// both entities named in the gold evidence (a sentence rule's reach) or not. Events: found, found under
// another type, missed; extras by type. Extra pairs by the rule of the relation that made them.
import type { AnnotationDocument, Span } from '@dossier/model';
import { normName } from './score.js';
import { outMentionShape, unnamedMentionShape } from './out-mention-shape.js';
import { stanceMissShape } from './stance-miss-shape.js';

export type KindCounts = Record<string, number>;

const overlaps = (a: Span[], b: Span[]) =>
  a.some((x) => b.some((y) => Math.min(x.end, y.end) > Math.max(x.start, y.start)));

/** Adds one document's kinds of pair and event outcomes to `k`. */
export function addPairEventKinds(
  k: KindCounts,
  extracted: AnnotationDocument,
  gold: AnnotationDocument,
  text?: string,
): void {
  const inc = (s: string) => (k[s] = (k[s] ?? 0) + 1);
  const map = new Map<string, string>();
  const back = new Map<string, string>();
  for (const e of extracted.entities) {
    const n = normName(e.name);
    const g = gold.entities.find(
      (g) => !back.has(g.id) && g.type === e.type && [g.name, ...g.aliases].some((x) => normName(x) === n),
    );
    if (!g) continue;
    map.set(e.id, g.id);
    back.set(g.id, e.id);
  }
  const mapped = (id: string) => map.get(id) ?? `x:${id}`;
  const key = (a: string, b: string) => [a, b].sort().join('|');
  const extractedPairs = new Map<string, string>();
  for (const r of extracted.relations)
    extractedPairs.set(key(mapped(r.source), mapped(r.target)), r.rule ?? '?');
  const goldPairs = new Set<string>();
  const outNamedInDoc = new Set<string>();
  const typeOf = (id: string) => gold.entities.find((e) => e.id === id)?.type ?? '?';
  for (const r of gold.relations) {
    const kk = key(r.source, r.target);
    if (goldPairs.has(kk)) continue;
    goldPairs.add(kk);
    if (extractedPairs.has(kk)) {
      inc(`pair found ${r.type}`);
      continue;
    }
    const both = back.has(r.source) && back.has(r.target);
    inc(`pair missed TOTAL ${both ? 'both-found' : 'entity-missing'}`);
    if (!both) {
      inc(`pair missed ${r.type} entity-missing`);
      continue;
    }
    const [xs, xt] = [back.get(r.source)!, back.get(r.target)!];
    const inOneEvent = extracted.events.some(
      (e) => e.participants.some((p) => p.entity === xs) && e.participants.some((p) => p.entity === xt),
    );
    if (inOneEvent) {
      const ev = extracted.events.find(
        (e) => e.participants.some((p) => p.entity === xs) && e.participants.some((p) => p.entity === xt),
      )!;
      const ge = r.event ? gold.events.find((e) => e.id === r.event) : undefined;
      inc(
        `pair missed ${r.type} in-one-event ${ev.type} extracted-participants ${ev.participants.length} gold-participants ${ge?.participants.length ?? '-'} ${ev.rule ?? ''}`,
      );
    }
    const goldEvent = r.event ? gold.events.find((e) => e.id === r.event) : undefined;
    const eventFound =
      goldEvent &&
      extracted.events.some((e) => e.type === goldEvent.type && overlaps(e.evidence, goldEvent.evidence));
    const mentions = (id: string) => extracted.entities.find((e) => e.id === id)?.mentions ?? [];
    const inEvidence = overlaps(mentions(xs), r.evidence) && overlaps(mentions(xt), r.evidence);
    const why = inOneEvent
      ? 'in-one-extracted-event'
      : goldEvent
        ? eventFound
          ? 'its-event-found'
          : 'its-event-missed'
        : inEvidence
          ? 'no-event both-in-evidence'
          : 'no-event not-both-in-evidence';
    inc(`pair missed ${r.type} ${why}`);
    if (!goldEvent && !inEvidence) {
      const named = (x: string) => (overlaps(mentions(x), r.evidence) ? 'named' : 'unnamed');
      const quoted = gold.statements.some((q) => overlaps([{ ...q, text: '' }], r.evidence));
      const bySource = gold.statements.some(
        (q) => overlaps([{ ...q, text: '' }], r.evidence) && q.speaker === r.source,
      );
      inc(
        `pair missed ${r.type} no-event source ${named(xs)} target ${named(xt)}${quoted ? (bySource ? ' quote-by-source' : ' quote-by-other') : ''}`,
      );
    }
    inc(`pair missed why ${why}`);
    if (why === 'no-event both-in-evidence')
      for (const x of stanceMissShape(r, mentions(xs), mentions(xt), extracted, gold, mapped))
        inc(`pair missed ${r.type} no-event shape ${x}`);
    if (goldEvent && eventFound) {
      const ev = extracted.events.find(
        (e) => e.type === goldEvent.type && overlaps(e.evidence, goldEvent.evidence),
      )!;
      const role = (id: string) => goldEvent.participants.find((p) => p.entity === id)?.role ?? 'none';
      const inAny = (x: string) =>
        extracted.events.some((e) => e.type === ev.type && e.participants.some((p) => p.entity === x));
      const said = (x: string) => overlaps(mentions(x), goldEvent.evidence);
      const has = (x: string) =>
        ev.participants.some((p) => p.entity === x)
          ? 'in'
          : `out(${inAny(x) ? 'other-event' : 'no-event'},${said(x) ? 'named-in-evidence' : 'not-named'})`;
      if (goldEvent.type === 'visit' || goldEvent.type === 'arrival') {
        const place = ev.place ? map.get(ev.place) : undefined;
        const gp = goldEvent.place;
        inc(
          `pair missed ${r.type} event-found place ${!ev.place ? 'none' : !place ? 'unmatched' : place === gp ? 'same-as-gold-event' : 'other'}; gold event place ${gp === r.target ? 'is' : 'is not'} the target`,
        );
      }
      inc(
        `pair missed ${r.type} event-found roles ${role(r.source)}:${typeOf(r.source)}:${has(xs)} -> ${role(r.target)}:${typeOf(r.target)}:${has(xt)}`,
      );
      const inside = ev.participants.flatMap((p) => mentions(p.entity));
      for (const [x, g] of [
        [xs, r.source],
        [xt, r.target],
      ] as const)
        if (has(x) === 'out(no-event,named-in-evidence)') {
          const head = `pair out-named ${r.type} ${role(g)}:${typeOf(g)}`;
          const ge = gold.entities.find((e) => e.id === g)!;
          for (const s of outMentionShape(
            mentions(x),
            [ge.name, ...ge.aliases],
            goldEvent.evidence,
            inside,
            ev.evidence,
          ))
            inc(`${head} ${s}`);
          outNamedInDoc.add(head);
        } else if (text !== undefined && has(x) === 'out(no-event,not-named)') {
          const head = `pair out-unnamed ${r.type} ${role(g)}:${typeOf(g)}`;
          for (const s of unnamedMentionShape(text, mentions(x), goldEvent.evidence, r.evidence, ev.evidence))
            inc(`${head} ${s}`);
          // The last event of the type told before the mention: the found one, or another (and its roles).
          const at = mentions(x)[0]?.start ?? 0;
          const endOf = (e: (typeof extracted.events)[number]) => Math.max(...e.evidence.map((v) => v.end));
          const prior = extracted.events
            .filter((e) => e.type === ev.type && endOf(e) <= at)
            .sort((a, b) => endOf(a) - endOf(b))
            .at(-1);
          inc(
            `${head} found-rule:${ev.rule ?? '?'} last-event-before:${!prior ? 'none' : prior === ev ? 'found' : `other(${[...new Set(prior.participants.map((p) => p.role))].sort().join('+')},${prior.rule ?? '?'})`}`,
          );
          outNamedInDoc.add(head);
        }
    }
    inc(`pair missed types ${typeOf(r.source)}-${typeOf(r.target)}`);
  }
  for (const head of outNamedInDoc) inc(`${head} pages`);
  for (const [kk, rule] of extractedPairs) if (!goldPairs.has(kk)) inc(`pair extra ${rule}`);
  for (const g of gold.events) {
    const hit = extracted.events.some((e) => e.type === g.type && overlaps(e.evidence, g.evidence));
    const other = extracted.events.some((e) => overlaps(e.evidence, g.evidence));
    inc(`event ${g.type} ${hit ? 'found' : other ? 'other-type-same-span' : 'missed'}`);
  }
  for (const e of extracted.events)
    if (!gold.events.some((g) => e.type === g.type && overlaps(e.evidence, g.evidence)))
      inc(`event-extra ${e.type}`);
}

/** The counts as sorted lines `kind: n`. */
export const formatKinds = (k: KindCounts) =>
  Object.entries(k)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([a, n]) => `${a}: ${n}`)
    .join('\n');
