// A line that only names something, past the headline: a photo caption ("Embassy of Ruritania in Lima.
// /FILE", "Foreign Minister Ivan Petrov. Photo: Reuters"), a section label, a credit. A body named there
// did nothing in the text, so it is no "last body named" for "the ministry said", "it said" or "the
// statement read". A line is one when it has at most eight words, no quotation mark, and no lowercase
// word but small function words (so no verb).
import type { Mention } from '../entities/index.js';

const FUNCTION_WORD = /^(?:of|in|for|the|and|on|to|at|de|du|des|la|le|al|el|a|an|via|by|with|from)$/;

/** Whether the line holding `m` (not the text's first line) is a caption or label of names only. */
export function inCaptionLine(work: string, m: Mention): boolean {
  const start = work.lastIndexOf('\n', m.start - 1) + 1;
  if (start === 0) return false;
  const end = work.indexOf('\n', m.end);
  const line = work.slice(start, end < 0 ? work.length : end);
  if (/[“”"‘’']/.test(line.replace(/\b['’]s\b/g, ''))) return false;
  const words = line.match(/[\p{L}\p{N}][\p{L}\p{N}.’'&-]*/gu) ?? [];
  if (!words.length || words.length > 8) return false;
  return words.every((w) => !/^\p{Ll}/u.test(w) || FUNCTION_WORD.test(w));
}
