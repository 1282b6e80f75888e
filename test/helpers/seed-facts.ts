// Facts computed from graph-seed's documents, to compare with what the database holds.
import { readSeed } from '../../server/src/ingest/seed.js';
import type { AnnotationDocument } from '@dossier/model';

export function seedDocuments(): { file: string; text: string; doc: AnnotationDocument }[] {
  return readSeed().map((s) => ({ file: s.file, text: s.text, doc: s.document as AnnotationDocument }));
}

/** Distinct ids per label across all seed documents. */
export function expectedLabelCounts(): Record<string, number> {
  const docs = seedDocuments().map((s) => s.doc);
  const distinct = (ids: string[]) => new Set(ids).size;
  const entitiesOf = (type: string) =>
    distinct(docs.flatMap((d) => d.entities.filter((e) => e.type === type).map((e) => e.id)));
  return {
    Article: docs.length,
    Person: entitiesOf('Person'),
    Organization: entitiesOf('Organization'),
    Place: entitiesOf('Place'),
    Event: distinct(docs.flatMap((d) => d.events.map((e) => e.id))),
    Statement: distinct(docs.flatMap((d) => d.statements.map((s) => s.id))),
  };
}
