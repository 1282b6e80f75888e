// What the "Add article" form holds, checked in the browser before any request: the article (pasted, or
// read from a dropped or chosen .txt/.html file) and its optional title, outlet and publication date.
import type { IngestRequest } from '@dossier/model';

export type Format = 'text' | 'html';

export interface ArticleInput {
  content: string;
  format: Format;
  title: string;
  outlet: string;
  published: string;
}

/** Larger files are refused before reading; the server has its own, lower body limit. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export class InputProblem extends Error {
  override name = 'InputProblem';
  constructor(
    message: string,
    readonly hint: string,
    /** The id of the field to focus. */
    readonly field: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** The request body for the form, or an InputProblem saying what to fix (no request is sent then). */
export function toRequest(input: ArticleInput, dryRun: boolean): IngestRequest {
  if (!input.content.trim()) {
    throw new InputProblem(
      'There is no article to extract yet.',
      'Paste the text of a news article, or drop a .txt or .html file on the form.',
      'add-article-text',
    );
  }
  const published = input.published.trim();
  if (published && !ISO_DATE.test(published)) {
    throw new InputProblem(
      `"${published}" is not a date Dossier reads.`,
      'Write it as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2021-03-20), or leave it empty when unknown.',
      'add-article-published',
    );
  }
  const body: IngestRequest = input.format === 'html' ? { html: input.content } : { text: input.content };
  if (input.title.trim()) body.title = input.title.trim();
  if (input.outlet.trim()) body.outlet = input.outlet.trim();
  body.published = published || null;
  if (dryRun) body.dryRun = true;
  return body;
}

/** The format a file is sent as: .html/.htm (or an HTML media type) as html, anything else as text. */
export function formatOf(file: File): Format {
  return /\.html?$/i.test(file.name) || file.type === 'text/html' ? 'html' : 'text';
}

/** Reads a dropped or chosen file; refuses what is not a text or HTML file, or is too large. */
export async function readArticleFile(file: File): Promise<{ content: string; format: Format }> {
  const textual = /\.(txt|text|html?)$/i.test(file.name) || /^text\/(plain|html)$/.test(file.type);
  if (!textual) {
    throw new InputProblem(
      `${file.name} is not a text or HTML file.`,
      'Choose a .txt, .html or .htm file, or paste the article.',
      'add-article-file',
    );
  }
  if (file.size > MAX_FILE_BYTES) {
    throw new InputProblem(
      `${file.name} is too large (${Math.round(file.size / 1024)} KB).`,
      'Save only the article itself, or paste its text.',
      'add-article-file',
    );
  }
  return { content: await file.text(), format: formatOf(file) };
}
