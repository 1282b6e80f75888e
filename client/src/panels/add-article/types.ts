// Wire types of POST /api/articles as the "Add article" dialog reads them. Local until the shared
// definition lands in server/src/shared/wire.ts; then this module re-exports it.
import type { AnnotationDocument } from '../../../../server/src/ingest/annotation-schema';

export type { AnnotationDocument };

export interface IngestRequest {
  /** Exactly one of text and html. */
  text?: string;
  html?: string;
  id?: string;
  title?: string;
  outlet?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; null or absent when unknown. */
  published?: string | null;
  url?: string;
  /** true: extract and resolve only, nothing is written (200); otherwise the article is loaded (201). */
  dryRun?: boolean;
}

export interface IngestResolution {
  /** The id the extractor gave the entity. */
  extractedId: string;
  name: string;
  /** The id in the graph it resolved to (the document already uses it). */
  resolvedId: string;
  /** Which rule decided, e.g. exact-name, alias, new. */
  rule: string;
  /** Whether it joins an existing node of the graph. */
  matched: boolean;
  explanation: string;
}

export interface IngestResponse {
  loaded: boolean;
  article: {
    id: string;
    title: string;
    outlet: string;
    published: string | null;
    url: string | null;
  };
  /** The text every offset of `document` points into. */
  text: string;
  document: AnnotationDocument;
  resolution: IngestResolution[];
  warnings: string[];
  counts?: Record<string, number>;
}
