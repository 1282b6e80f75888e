// Turns a validated annotation document into the flat rows the batched writes take (pure).
import { normalizeSentence } from '../corroboration/rules.js';
import type { ArticleRows, RelationRow } from '../neo4j/repositories/article-writes.js';
import type { AnnotationDocument, Span } from '@dossier/model';
import { dateBounds, entityDates } from './resolve/periods.js';

const flatSpans = (spans: Span[]): number[] => spans.flatMap((s) => [s.start, s.end]);

export function documentToRows(doc: AnnotationDocument, text: string): ArticleRows {
  const relations = new Map<string, RelationRow>();
  for (const r of doc.relations) {
    const key = `${r.date ?? ''}|${r.place ?? ''}`;
    const id = `${r.source}|${r.type}|${r.target}|${key}`;
    const row = relations.get(id) ?? {
      source: r.source,
      type: r.type,
      target: r.target,
      key,
      date: r.date ?? null,
      place: r.place ?? null,
      event: r.event ?? null,
      evidence: [],
      evidenceStarts: [],
      evidenceEnds: [],
    };
    for (const e of r.evidence) {
      row.evidence.push(e.text);
      row.evidenceStarts.push(e.start);
      row.evidenceEnds.push(e.end);
    }
    row.event ??= r.event ?? null;
    relations.set(id, row);
  }
  return {
    article: {
      id: doc.article.id,
      title: doc.article.title,
      outlet: doc.article.outlet,
      published: doc.article.published,
      url: doc.article.url,
      language: doc.article.language,
      text,
      bodyStart: doc.body.start,
      bodyEnd: doc.body.end,
    },
    entities: doc.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: [...new Set(e.aliases)],
      description: e.description ?? null,
      count: e.mentions.length,
      spans: flatSpans(e.mentions),
      ...dateBounds(entityDates(doc, e.id)),
    })),
    events: doc.events.map((e) => ({
      id: e.id,
      type: e.type,
      label: e.label,
      date: e.date,
      place: e.place ?? null,
      spans: flatSpans(e.evidence),
      evidence: e.evidence.map((s) => s.text),
    })),
    participants: doc.events.flatMap((e) =>
      e.participants.map((p) => ({ event: e.id, entity: p.entity, role: p.role })),
    ),
    statements: doc.statements.map((s) => ({
      id: s.id,
      speaker: s.speaker,
      quote: s.quote,
      quoteKey: normalizeSentence(s.quote),
      date: s.date,
      start: s.start,
      end: s.end,
      about: s.about,
    })),
    relations: [...relations.values()],
  };
}
