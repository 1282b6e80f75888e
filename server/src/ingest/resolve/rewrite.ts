// Rewriting a document once each entity's resolution is decided (pure): every entity id the document uses
// becomes the node id it resolved to; entities that resolve to the same node become one (mentions kept,
// aliases merged); a merged entity takes the node's name, and its own names become aliases. Relations
// whose two ends became one node are dropped. Each merge of a different id leaves a note for the node.
import type { AnnotatedEntity, AnnotationDocument, IngestResolution, Span } from '@dossier/model';
import { quote, type Decision } from './rules.js';
import type { ExistingEntity, ResolutionNote } from './types.js';

export interface ResolutionOutcome {
  document: AnnotationDocument;
  resolution: IngestResolution[];
  warnings: string[];
  /** One per merge of a different id, to keep on the node (`resolution` property). */
  notes: ResolutionNote[];
}

const uniq = <T>(xs: T[]) => [...new Set(xs)];

/** Applies `decisions` (one per extracted entity id) to `doc`; `warnings` so far are kept and added to. */
export function rewriteDocument(
  doc: AnnotationDocument,
  decisions: Map<string, Decision>,
  candidates: ExistingEntity[],
  warnings: string[],
): ResolutionOutcome {
  const idMap = new Map<string, string>();
  const taken = new Set([...candidates.map((c) => c.id), ...doc.entities.map((e) => e.id)]);
  for (const e of doc.entities) {
    const d = decisions.get(e.id)!;
    let id = d.candidate?.id ?? d.keepId ?? e.id;
    // An id the graph holds for another type must not be reused: loading would give that node a second type.
    const clash = !d.candidate && candidates.find((c) => c.id === id && c.type !== e.type);
    if (clash) {
      const base = `${e.type.toLowerCase()}:${id.slice(id.indexOf(':') + 1)}`;
      id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
      warnings.push(`${e.id} is a ${clash.type} in the graph but a ${e.type} here: renamed ${id}`);
    }
    idMap.set(e.id, id);
  }
  const mapId = (id: string) => idMap.get(id) ?? id;

  // Merge entities that now share an id.
  const merged = new Map<string, AnnotatedEntity>();
  for (const e of doc.entities) {
    const d = decisions.get(e.id)!;
    const id = mapId(e.id);
    const canonical = d.candidate?.name ?? e.name;
    const prev = merged.get(id);
    const names = [...(prev ? [prev.name, ...prev.aliases] : []), e.name, ...e.aliases];
    const mentions = new Map<string, Span>();
    for (const m of [...(prev?.mentions ?? []), ...e.mentions]) mentions.set(`${m.start}:${m.end}`, m);
    const entity: AnnotatedEntity = {
      id,
      type: e.type,
      name: prev?.name ?? canonical,
      aliases: uniq(names).filter((n) => n !== (prev?.name ?? canonical)),
      mentions: [...mentions.values()].sort((a, b) => a.start - b.start),
    };
    const description = prev?.description ?? e.description;
    if (description !== undefined) entity.description = description;
    const rule = prev?.rule ?? e.rule;
    if (rule !== undefined) entity.rule = rule;
    merged.set(id, entity);
  }

  const relations = doc.relations.flatMap((r) => {
    const source = mapId(r.source);
    const target = mapId(r.target);
    if (source === target && r.source !== r.target) {
      warnings.push(`relation ${r.source} -${r.type}-> ${r.target} dropped: both ends resolved to ${source}`);
      return [];
    }
    const out = { ...r, source, target };
    if (r.place) out.place = mapId(r.place);
    return [out];
  });
  const document: AnnotationDocument = {
    ...doc,
    entities: [...merged.values()],
    events: doc.events.map((ev) => {
      const seen = new Set<string>();
      const out = {
        ...ev,
        participants: ev.participants
          .map((p) => ({ ...p, entity: mapId(p.entity) }))
          .filter((p) => {
            const key = `${p.entity}|${p.role}`;
            if (seen.has(key)) return false;
            seen.add(key);
            return true;
          }),
      };
      if (ev.place) out.place = mapId(ev.place);
      return out;
    }),
    statements: doc.statements.map((s) => ({
      ...s,
      speaker: mapId(s.speaker),
      about: uniq(s.about.map(mapId)),
    })),
    relations,
  };

  const resolution: IngestResolution[] = doc.entities.map((e) => {
    const d = decisions.get(e.id)!;
    return {
      extractedId: e.id,
      name: e.name,
      resolvedId: mapId(e.id),
      rule: d.rule,
      matched: d.candidate !== null,
      explanation: d.explanation,
    };
  });
  const notes: ResolutionNote[] = doc.entities.flatMap((e) => {
    const d = decisions.get(e.id)!;
    if (!d.candidate || d.candidate.id === e.id) return [];
    return [
      {
        entityId: d.candidate.id,
        note: `${doc.article.id}: ${quote(e.name)} → ${d.candidate.id} (${d.reason ?? d.rule})`,
      },
    ];
  });
  return { document, resolution, warnings, notes };
}
