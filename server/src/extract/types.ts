// The extractor's contract: raw news text or HTML in, an annotation document out (its schema:
// model/annotation.ts).
// Pure and synchronous: no database, no network, no clock (relative dates resolve against the
// publication date only; when it is unknown they stay unresolved and a warning says so).
import type { AnnotationDocument } from '@dossier/model';

export interface ExtractMeta {
  /** Article id (a lower-case slug); derived from outlet, date and title when absent. */
  id?: string;
  title?: string;
  outlet?: string;
  /** ISO date of any precision, or null/absent when unknown. */
  published?: string | null;
  url?: string | null;
  language?: string;
}

export interface ExtractInput {
  /** The file or request body as text (already decoded from UTF-8). */
  raw: string;
  /** 'auto' looks at the content (an HTML document or fragment vs plain text). */
  format?: 'text' | 'html' | 'auto';
  meta?: ExtractMeta;
  /** Also return every quotation found, attributed or not (`ExtractResult.quotations`), for the eval. */
  debug?: boolean;
  /**
   * The learned steps (extract/learn/) run after the rules unless this is false. Training turns them off,
   * so that a model learns from what the rules alone produce.
   */
  learned?: boolean;
}

/** A quotation the extractor found, with its sentence and paragraph, before unattributed ones are dropped. */
export interface FoundQuotation {
  /** The words, without the marks. */
  start: number;
  end: number;
  open: number;
  close: number;
  sentence: { start: number; end: number };
  paragraph: { start: number; end: number };
  /** The speaker's entity id, or null when no attribution rule found one (the quotation is dropped). */
  speaker: string | null;
  rule: string | null;
}

export interface ExtractResult {
  /**
   * The article text every offset of `document` points into. Plain text input: the input itself,
   * unchanged. HTML input: the text the readability-style cleaner kept, with paragraphs on their own lines.
   */
  text: string;
  /** Passes `validateDocument(text, document)`: every span's text equals `text.slice(start, end)`. */
  document: AnnotationDocument;
  /** What a person should know: "publication date unknown: 3 relative dates left unresolved", ... */
  warnings: string[];
  /** Only with `debug`: every quotation found, in text order. */
  quotations?: FoundQuotation[];
}
