// Finding exact words in an article: a unique occurrence inside a range, or the one a hint names, and
// every whole-word occurrence of an entity's names. Failures throw an OffsetError naming the item.
import type { TextRef } from './reviewed-format.js';

export class OffsetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OffsetError';
  }
}

export interface Range {
  start: number;
  end: number;
}

/** Every occurrence of `text` inside `range` (start offsets). */
export function occurrences(raw: string, text: string, range: Range): number[] {
  const found: number[] = [];
  for (
    let i = raw.indexOf(text, range.start);
    i >= 0 && i + text.length <= range.end;
    i = raw.indexOf(text, i + 1)
  ) {
    found.push(i);
  }
  return found;
}

/** Matches of `text` inside `range` where any run of spaces matches any run of whitespace (NBSP too). */
function looseMatches(raw: string, text: string, range: Range): Range[] {
  const pattern = text
    .trim()
    .split(/\s+/u)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const re = new RegExp(pattern, 'gu');
  const found: Range[] = [];
  re.lastIndex = range.start;
  for (let m = re.exec(raw); m && m.index + m[0].length <= range.end; m = re.exec(raw)) {
    found.push({ start: m.index, end: m.index + m[0].length });
    re.lastIndex = m.index + 1;
  }
  return found;
}

/** The span of a text reference inside `range`; `item` names it in errors. Its text is the article's. */
export function locate(raw: string, ref: TextRef, range: Range, item: string): Range & { text: string } {
  const { text, occurrence, after } =
    typeof ref === 'string' ? { text: ref, occurrence: undefined, after: undefined } : ref;
  let from = range.start;
  if (after) {
    const a = looseMatches(raw, after, range);
    if (a.length === 0)
      throw new OffsetError(`${item}: the hint after ${JSON.stringify(after)} is not in the body`);
    from = a[0]!.end;
  }
  const found = looseMatches(raw, text, { start: from, end: range.end });
  if (found.length === 0) {
    throw new OffsetError(
      `${item}: ${JSON.stringify(text)} is not in the body${after ? ' after the hint' : ''}`,
    );
  }
  let span: Range;
  if (occurrence !== undefined) {
    if (occurrence > found.length) {
      throw new OffsetError(
        `${item}: ${JSON.stringify(text)} occurs ${found.length} time(s), not ${occurrence}`,
      );
    }
    span = found[occurrence - 1]!;
  } else if (after || found.length === 1) {
    span = found[0]!;
  } else {
    throw new OffsetError(
      `${item}: ${JSON.stringify(text)} occurs ${found.length} times in the body; add "occurrence" or "after"`,
    );
  }
  return { ...span, text: raw.slice(span.start, span.end) };
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Every whole-word occurrence of `form` inside `range`. */
export function wholeWordOccurrences(raw: string, form: string, range: Range): Range[] {
  return occurrences(raw, form, range)
    .filter((i) => !isWordChar(raw[i - 1]) && !isWordChar(raw[i + form.length]))
    .map((i) => ({ start: i, end: i + form.length }));
}
