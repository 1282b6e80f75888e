// Validates an annotation document against its article's raw text: the schema, every span's text at
// its offsets, spans inside the body, unique ids and cross-references. Pure: no I/O. All errors are
// collected, each naming the file, the item and what is wrong.
import { annotationDocument, type AnnotationDocument, type Span } from '@dossier/model';

export interface DocumentError {
  file: string;
  item: string;
  message: string;
}

export type ValidationResult = { ok: true; doc: AnnotationDocument } | { ok: false; errors: DocumentError[] };

export function formatDocumentErrors(errors: DocumentError[]): string {
  return errors.map((e) => `${e.file}: ${e.item}: ${e.message}`).join('\n');
}

const quoteText = (s: string, max = 60) => JSON.stringify(s.length > max ? `${s.slice(0, max)}…` : s);

export function validateDocument(
  raw: string,
  input: unknown,
  file: string,
  expectedArticleId?: string,
): ValidationResult {
  const parsed = annotationDocument.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => ({
        file,
        item: i.path.length ? i.path.join('.') : '(document)',
        message: i.message,
      })),
    };
  }
  const doc = parsed.data;
  const errors: DocumentError[] = [];
  const fail = (item: string, message: string) => errors.push({ file, item, message });

  if (expectedArticleId !== undefined && doc.article.id !== expectedArticleId) {
    fail('article.id', `is "${doc.article.id}" but the article is "${expectedArticleId}"`);
  }
  const { body } = doc;
  if (body.end > raw.length || body.start >= body.end) {
    fail('body', `${body.start}..${body.end} is not a span inside the text (length ${raw.length})`);
  }

  const checkSpan = (item: string, start: number, end: number, text: string): void => {
    if (end > raw.length) {
      fail(item, `ends at ${end}, past the end of the text (${raw.length})`);
      return;
    }
    if (end <= start) {
      fail(item, `end (${end}) must be greater than start (${start})`);
      return;
    }
    const actual = raw.slice(start, end);
    if (actual !== text) {
      fail(
        item,
        `text ${quoteText(text)} does not match the article at ${start}..${end}, which reads ${quoteText(actual)}`,
      );
    } else if (start < body.start || end > body.end) {
      fail(item, `${start}..${end} lies outside the article body (${body.start}..${body.end})`);
    }
  };
  const checkSpans = (item: string, spans: Span[], what: string) =>
    spans.forEach((s, i) => checkSpan(`${item} ${what}[${i}]`, s.start, s.end, s.text));

  const seen = new Set<string>();
  const unique = (item: string, id: string) => {
    if (seen.has(id)) fail(item, `id ${id} is used more than once`);
    seen.add(id);
  };
  const entityType = new Map(doc.entities.map((e) => [e.id, e.type]));
  const eventIds = new Set(doc.events.map((e) => e.id));
  const needEntity = (item: string, id: string, role: string) => {
    if (!entityType.has(id)) fail(item, `${role} ${id} is not an entity of this document`);
  };
  const needPlace = (item: string, id: string | null | undefined) => {
    if (!id) return;
    const type = entityType.get(id);
    if (!type) fail(item, `place ${id} is not an entity of this document`);
    else if (type !== 'Place') fail(item, `place ${id} is a ${type}, not a Place`);
  };

  doc.entities.forEach((e, i) => {
    const item = `entities[${i}] ${e.id}`;
    unique(item, e.id);
    checkSpans(item, e.mentions, 'mentions');
  });
  doc.events.forEach((e, i) => {
    const item = `events[${i}] ${e.id}`;
    unique(item, e.id);
    checkSpans(item, e.evidence, 'evidence');
    needPlace(item, e.place);
    e.participants.forEach((p, j) => needEntity(`${item} participants[${j}]`, p.entity, 'participant'));
  });
  doc.statements.forEach((s, i) => {
    const item = `statements[${i}] ${s.id}`;
    unique(item, s.id);
    checkSpan(`${item} quote`, s.start, s.end, s.quote);
    needEntity(item, s.speaker, 'speaker');
    s.about.forEach((a, j) => needEntity(`${item} about[${j}]`, a, 'about'));
  });
  doc.relations.forEach((r, i) => {
    const item = `relations[${i}] ${r.source} -${r.type}-> ${r.target}`;
    needEntity(item, r.source, 'source');
    needEntity(item, r.target, 'target');
    needPlace(item, r.place);
    if (r.event && !eventIds.has(r.event)) fail(item, `event ${r.event} is not an event of this document`);
    checkSpans(item, r.evidence, 'evidence');
  });

  return errors.length ? { ok: false, errors } : { ok: true, doc };
}
