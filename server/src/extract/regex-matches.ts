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
