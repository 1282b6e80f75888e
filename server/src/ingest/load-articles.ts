// Loads annotated articles (the seed, reviewed annotations, the benchmarks' corpus): each is validated
// first, then written through the process's article writer (article-writer.ts), so a reload changes
// nothing, a bad document writes nothing, and a document that fails in the database fails alone (said
// `retryable` when the database refused it for a reason of the moment: seed.ts tries those again).
import type { Database } from '../neo4j/database.js';
import { describeDatabaseError, isTransientDatabaseError } from '../neo4j/transient-errors.js';
import { STRUCTURAL_TYPES, type AnnotationDocument } from '@dossier/model';
import { writerFor, type LoadCounts } from './article-writer.js';
import { formatDocumentErrors, validateDocument, type DocumentError } from './validate-document.js';

export type { LoadCounts };

export interface ArticleInput {
  /** Where the document came from, for messages (a file path or "request body"). */
  file: string;
  text: string;
  document: unknown;
}

export type LoadOutcome =
  | { file: string; articleId: string; ok: true; counts: LoadCounts }
  | {
      file: string;
      articleId: string | null;
      ok: false;
      errors: DocumentError[];
      message: string;
      /** The database refused it for a reason of the moment (a timeout, a deadlock): worth trying again. */
      retryable: boolean;
    };

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

const refused = (input: ArticleInput, errors: DocumentError[], retryable = false): LoadOutcome => {
  const id = (input.document as { article?: { id?: unknown } } | null)?.article?.id;
  return {
    file: input.file,
    articleId: typeof id === 'string' ? id : null,
    ok: false,
    errors,
    message: formatDocumentErrors(errors),
    retryable,
  };
};

/**
 * Loads one article as annotated (its ids are the node ids). A document that fails validation writes
 * nothing and is reported; a database error is thrown.
 */
export async function loadArticle(db: Database, input: ArticleInput): Promise<LoadOutcome> {
  const prepared = prepareArticle(input);
  if (!prepared.ok) return refused(input, prepared.errors);
  const { doc } = prepared;
  const { counts } = await writerFor(db).write({ text: input.text, doc, resolve: false });
  return { file: input.file, articleId: doc.article.id, ok: true, counts };
}

/**
 * Loads articles as annotated, in order, through the writer's batches. A bad document, or one the
 * database refuses, is reported and the others still load.
 */
export async function loadArticles(db: Database, inputs: ArticleInput[]): Promise<LoadOutcome[]> {
  return Promise.all(
    inputs.map((input) =>
      loadArticle(db, input).catch((err: unknown) =>
        refused(
          input,
          [{ file: input.file, item: 'database', message: describeDatabaseError(err) }],
          isTransientDatabaseError(err),
        ),
      ),
    ),
  );
}
