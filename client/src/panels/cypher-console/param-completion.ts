// $name completion from the parameters box. The editor's own completion (@neo4j-cypher/codemirror 1.x, whose
// CodeMirror config overrides every other completion source) offers parameters after `$` in most places, but
// inside a map literal (`{id: $per…}`) its rule offers property keys only, so nothing matched there. Its
// completion is wrapped: wherever the cursor follows `$` and a name's first letters, the parameters' names
// are offered, filtered by what was typed.
import type { EditorApi } from '@neo4j-cypher/codemirror';

type Support = EditorApi['editorSupport'];
type Completion = ReturnType<Support['getCompletion']>;

const PARAMETER_PREFIX = /\$([\p{L}\p{N}_]*)$/u;

/** The completion for `$prefix` before the cursor (line 1-based, column 0-based), or null elsewhere. */
export function parameterCompletion(
  textBefore: string,
  line: number,
  column: number,
  names: readonly string[],
): Completion | null {
  const m = PARAMETER_PREFIX.exec(textBefore);
  if (!m) return null;
  const typed = m[1]!.toLowerCase();
  return {
    from: { line, column: column - m[1]!.length },
    to: { line, column },
    items: names
      .filter((n) => n.toLowerCase().startsWith(typed))
      .map((n) => ({ type: 'parameter' as const, view: n, content: n, postfix: null })),
  };
}

/** Makes the editor complete `$name` from `names()` everywhere in the query. */
export function completeParametersFrom(editor: EditorApi, names: () => readonly string[]): void {
  const support = editor.editorSupport;
  const original = support.getCompletion.bind(support);
  support.getCompletion = (line, column, doFilter) => {
    const textBefore = editor.codemirror.state.doc.line(line).text.slice(0, column);
    return parameterCompletion(textBefore, line, column, names()) ?? original(line, column, doFilter);
  };
}
