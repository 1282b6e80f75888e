// The matches of a global pattern, as String.prototype.matchAll gives them, without the copy of the pattern
// matchAll makes on every call (a measurable cost where a pattern runs once per rule or per sentence).
// The pattern's own exec runs from its lastIndex, and lastIndex is put back as it was, so the caller sees
// what matchAll would show: the same matches, in order, and the pattern untouched.

/** Every match of the global pattern `re` in `text`, from re.lastIndex on (an array, read eagerly). */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('matchesOf needs a global pattern');
  const from = re.lastIndex;
  const out: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push(m);
      // (An empty match: step past it, by a whole code point in unicode mode, as matchAll does.)
      if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
    }
  } finally {
    re.lastIndex = from;
  }
  return out;
}

/** The ECMAScript AdvanceStringIndex: the next index, past a surrogate pair in unicode mode. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const cp = text.codePointAt(index)!;
  return index + (cp > 0xffff ? 2 : 1);
}

// Patterns built from an article's words (a person's name, a demonym, a pronoun) recur from call to call
// and from article to article. Building one costs a source string, a RegExp and, at its first match, a
// compilation; so each is built once per source and flags and kept in a bounded Map.

const PATTERNS = new Map<string, RegExp>();

/**
 * The pattern of `source` and `flags`, built once. A global one comes with lastIndex 0: read it with
 * matchAll (which copies it) or in an exec loop that runs to its end, never from two loops at once.
 */
export function patternOf(source: string, flags = ''): RegExp {
  const key = `${flags}/${source}`;
  let re = PATTERNS.get(key);
  if (!re) {
    if (PATTERNS.size > 10_000) PATTERNS.clear();
    re = new RegExp(source, flags);
    PATTERNS.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}
