// Loads annotated articles into Neo4j: each is validated first, then written in one transaction
// (its earlier contributions retracted, its rows merged), so a reload changes nothing and a bad
// document writes nothing.
import type { Database } from '../neo4j/database.js';
import { retractArticle, writeArticle } from '../neo4j/repositories/article-writes.js';
import { writeResolutionNotes } from '../neo4j/repositories/resolution-writes.js';
import { STRUCTURAL_TYPES, type AnnotationDocument, type ResolutionNote } from '@dossier/model';
import { documentToRows } from './to-rows.js';
import { formatDocumentErrors, validateDocument, type DocumentError } from './validate-document.js';

export interface ArticleInput {
  /** Where the document came from, for messages (a file path or "request body"). */
  file: string;
  text: string;
  document: unknown;
  /** Merges entity resolution made (ingestion): kept on the nodes, retracted with the article. */
  resolutionNotes?: ResolutionNote[];
}

export type LoadOutcome =
  | { file: string; articleId: string; ok: true; counts: LoadCounts }
  | { file: string; articleId: string | null; ok: false; errors: DocumentError[]; message: string };

export interface LoadCounts {
  entities: number;
  events: number;
  statements: number;
  relations: number;
}

/** Validation the graph adds to the document format: relation types must not shadow structural ones. */
function checkLoadable(doc: AnnotationDocument, file: string): DocumentError[] {
  const reserved = new Set<string>(STRUCTURAL_TYPES);
  return doc.relations.flatMap((r, i) =>
    reserved.has(r.type)
      ? [
          {
            file,
            item: `relations[${i}] ${r.source} -${r.type}-> ${r.target}`,
            message: `relation type ${r.type} is reserved for the graph's own structure; use another type`,
          },
        ]
      : [],
  );
}

/** Validates one document against its text; returns the document or the errors naming file and item. */
export function prepareArticle(
  input: ArticleInput,
): { ok: true; doc: AnnotationDocument } | { ok: false; errors: DocumentError[] } {
  const result = validateDocument(input.text, input.document, input.file);
  if (!result.ok) return result;
  const extra = checkLoadable(result.doc, input.file);
  return extra.length ? { ok: false, errors: extra } : result;
}

/** Loads one article in one write transaction. Nothing is written when validation fails. */
export async function loadArticle(db: Database, input: ArticleInput): Promise<LoadOutcome> {
  const prepared = prepareArticle(input);
  if (!prepared.ok) {
    const id = (input.document as { article?: { id?: unknown } } | null)?.article?.id;
    return {
      file: input.file,
      articleId: typeof id === 'string' ? id : null,
      ok: false,
      errors: prepared.errors,
      message: formatDocumentErrors(prepared.errors),
    };
  }
  const { doc } = prepared;
  const rows = documentToRows(doc, input.text);
  await db.write(async (tx) => {
    await retractArticle(tx, doc.article.id);
    await writeArticle(tx, rows);
    await writeResolutionNotes(tx, input.resolutionNotes ?? []);
  });
  return {
    file: input.file,
    articleId: doc.article.id,
    ok: true,
    counts: {
      entities: rows.entities.length,
      events: rows.events.length,
      statements: rows.statements.length,
      relations: rows.relations.length,
    },
  };
}

/** Loads articles one transaction each, in order; a bad one is reported and the others still load. */
export async function loadArticles(db: Database, inputs: ArticleInput[]): Promise<LoadOutcome[]> {
  const outcomes: LoadOutcome[] = [];
  for (const input of inputs) outcomes.push(await loadArticle(db, input));
  return outcomes;
}
