// Whether an article arrives as HTML or as plain text: one rule for the CLI, the API, the extractor's
// `auto` format and the "Add article" dialog.

const HTML_FILE = /\.x?html?$/i;
/** Leading whitespace, comments and an XML prolog, which saved pages often open with. */
const PREAMBLE = /^\s*(?:(?:<!--[\s\S]*?-->|<\?xml[^>]*>)\s*)*/;
const OPENS_WITH_MARKUP =
  /^(?:<!doctype html|<(?:html|head|body|article|div|p|h[1-6]|main|section|header|nav|span|table|ul|ol|figure)[\s>/])/i;
const DOCUMENT_TAG = /<(?:html|body)[\s>]/i;

/**
 * Whether the input is HTML: a file named .html/.htm/.xhtml, or text that opens (after whitespace,
 * comments and an XML prolog) with a doctype or an HTML element, or that holds <html> or <body> in its
 * first 4 KB. Plain text with a stray `<b>` or `a < b > c` is text.
 */
export function looksLikeHtml(raw: string, fileName?: string): boolean {
  if (fileName && HTML_FILE.test(fileName)) return true;
  const head = raw.slice(0, 4096);
  return OPENS_WITH_MARKUP.test(head.replace(PREAMBLE, '')) || DOCUMENT_TAG.test(head);
}
