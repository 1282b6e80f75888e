// The server's error marked in the editor, where its position says. The mark is a lint source of its own:
// the editor package installs a linter (its own errors hidden) that runs 750 ms after each edit and would
// replace diagnostics set from outside with its empty list, so a quick answer's mark used to vanish. As a
// source, the mark is part of every lint run while the editor holds the query that was refused.
import { linter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import type { Extension, Text } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';

export interface ErrorPosition {
  offset: number;
}

export class ServerErrorMark {
  private mark: { doc: Text; diagnostic: Diagnostic } | null = null;

  /** Add to the editor's extensions. */
  readonly extension: Extension = linter((view) =>
    this.mark && view.state.doc.eq(this.mark.doc) ? [this.mark.diagnostic] : [],
  );

  /** Marks the word at `position` (the last character when it points past the end), or clears the mark. */
  show(view: EditorView, position: ErrorPosition | null, message = ''): void {
    const doc = view.state.doc;
    if (!position || doc.length === 0) {
      this.mark = null;
    } else {
      const from = Math.min(position.offset, doc.length - 1);
      const to = Math.max(from + 1, view.state.wordAt(from)?.to ?? 0);
      this.mark = { doc, diagnostic: { from, to, severity: 'error', message } };
    }
    view.dispatch(setDiagnostics(view.state, this.mark ? [this.mark.diagnostic] : []));
  }
}
