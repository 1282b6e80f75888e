// The Cypher console: CodeMirror 6 with Neo4j's Cypher language support (highlighting, completion from
// the graph's labels, types and keys), Ctrl/Cmd+Enter to run, a results table, refusals with reasons.
import { createCypherEditor, type EditorApi } from '@neo4j-cypher/codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { api, ApiError } from '../api/client';
import type { CypherResponse } from '@dossier/model';
import { byId, el } from './dom';

export const EXAMPLES: { label: string; query: string }[] = [
  { label: 'Who recalled whom', query: 'MATCH (a)-[r:RECALLED]->(b) RETURN a, r, b' },
  {
    label: 'Who met in Geneva',
    query: "MATCH (a:Person)-[r:MET]->(b:Person) WHERE r.place = 'place:geneva' RETURN a, r, b",
  },
  {
    label: 'What Antonov said',
    query:
      "MATCH (p:Person {id: 'person:anatoly-antonov'})-[:SAID]->(s:Statement) RETURN s.quote AS quote, s.date AS date ORDER BY date",
  },
];

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  const v = value as {
    _kind?: string;
    properties?: Record<string, unknown>;
    type?: string;
    labels?: string[];
  };
  if (v._kind === 'node')
    return `(${v.labels?.filter((l) => l !== 'Entity').join(':')} ${String(v.properties?.['name'] ?? v.properties?.['id'] ?? '')})`;
  if (v._kind === 'relationship') return `[:${v.type}]`;
  if (v._kind === 'path') return 'path';
  return JSON.stringify(value);
}

export class CypherConsole {
  private readonly editor: EditorApi;

  constructor(private readonly onResult: (res: CypherResponse) => void) {
    const host = byId('cypher-editor-host');
    // The package's typings say it returns the editor API; at run time it returns { editor }.
    const created = createCypherEditor(host, {
      value: '',
      lineNumbers: false,
      autocomplete: true,
      placeholder: 'MATCH (n:Person) RETURN n LIMIT 25',
      theme: 'light',
    }) as unknown as EditorApi | { editor: EditorApi };
    this.editor = 'editor' in created ? created.editor : created;
    this.editor.codemirror.contentDOM.setAttribute('data-testid', 'cypher-editor');
    this.editor.codemirror.contentDOM.setAttribute('aria-label', 'Cypher query');
    host.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          e.stopPropagation();
          void this.run();
        }
      },
      true,
    );
    byId('cypher-run').addEventListener('click', () => void this.run());
    byId('examples').replaceChildren(
      ...EXAMPLES.map((x) => {
        const b = el('button', { type: 'button', class: 'link' }, x.label);
        b.addEventListener('click', () => {
          this.setQuery(x.query);
          void this.run();
        });
        return b;
      }),
    );
    void this.loadSchema();
  }

  get query(): string {
    return this.editor.codemirror.state.doc.toString();
  }

  setQuery(query: string): void {
    this.editor.setValue(query);
  }

  /** Feeds completion with the graph's labels, relationship types and property keys. */
  private async loadSchema(): Promise<void> {
    try {
      const [labels, types, keys] = await Promise.all(
        ['CALL db.labels()', 'CALL db.relationshipTypes()', 'CALL db.propertyKeys()'].map((q) =>
          api.cypher(q),
        ),
      );
      this.editor.setSchema({
        labels: labels!.rows.map((r) => `:${String(r[0])}`),
        relationshipTypes: types!.rows.map((r) => `:${String(r[0])}`),
        propertyKeys: keys!.rows.map((r) => String(r[0])),
      });
    } catch {
      // completion without the schema still works
    }
  }

  async run(): Promise<void> {
    const error = byId('cypher-error');
    const results = byId('results');
    const query = this.query.trim();
    error.hidden = true;
    if (!query) {
      error.textContent = 'Type a query first, or pick an example.';
      error.hidden = false;
      return;
    }
    results.replaceChildren(el('p', { class: 'muted' }, 'Running…'));
    try {
      const res = await api.cypher(query);
      const table = el(
        'table',
        { 'data-testid': 'results-table' },
        el('thead', {}, el('tr', {}, ...res.columns.map((c) => el('th', {}, c)))),
        el('tbody', {}, ...res.rows.map((row) => el('tr', {}, ...row.map((v) => el('td', {}, cell(v)))))),
      );
      const note = `${res.summary.rows} row${res.summary.rows === 1 ? '' : 's'} in ${res.summary.ms} ms${res.summary.truncated ? ` — cut at ${res.summary.cap}` : ''}`;
      results.replaceChildren(el('p', { class: 'muted small' }, note), table);
      this.onResult(res);
    } catch (e) {
      results.replaceChildren();
      const err = e instanceof ApiError ? e : new ApiError(0, 'ERROR', String(e));
      error.replaceChildren(
        el('strong', {}, `${err.code}: `),
        err.message,
        ...(err.hint ? [el('div', { class: 'small' }, err.hint)] : []),
      );
      error.hidden = false;
    }
  }
}
