// The Cypher console: CodeMirror 6 with Neo4j's Cypher support (highlighting, completion from the graph's
// labels, types, keys and the parameters' $names), Ctrl/Cmd+Enter runs, Up/Down walk the history, saved
// queries, a parameters box, results as a table, a graph merged into the view or JSON, CSV export, the
// plan on demand, and errors marked where they are in the editor.
import { createCypherEditor, type EditorApi } from '@neo4j-cypher/codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import type { CypherResponse } from '@dossier/model';
import { api } from '../../api/client';
import { byId, el } from '../dom';
import './console.css';
import { QueryHistory } from './history';
import { completeParametersFrom } from './param-completion';
import { ServerErrorMark } from './error-mark';
import { paramsBox, readParams } from './params';
import { renderPlan } from './plan';
import { ConsoleRequestError, postCypher, type ConsoleError } from './request';
import { downloadCsv, renderResult, type ResultView } from './results';
import { SavedQueries, savedQueriesControls } from './saved';

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

export class CypherConsole {
  private readonly editor: EditorApi;
  private readonly history = new QueryHistory();
  private readonly errorMark = new ServerErrorMark();
  private readonly params: ReturnType<typeof paramsBox>;
  private view: ResultView = 'table';
  private last: CypherResponse | null = null;
  private readonly viewButtons = new Map<ResultView, HTMLButtonElement>();
  private readonly csvButton = el(
    'button',
    { type: 'button', 'data-testid': 'export-csv', disabled: '' },
    'CSV',
  );

  /** `onResult` merges the result's graph into the view. */
  constructor(private readonly onResult: (res: CypherResponse) => void) {
    const host = byId('cypher-editor-host');
    // The package's typings say it returns the editor API; at run time it returns { editor }.
    const created = createCypherEditor(host, {
      value: '',
      lineNumbers: false,
      autocomplete: true,
      placeholder: 'MATCH (n:Person) RETURN n LIMIT 25',
      theme: 'light',
      // The console's code arrives after the first view: it must not take the focus from what the user
      // is typing by then (the search box). Its default, autofocus, also refocuses on every setValue.
      autofocus: false,
      postExtensions: [this.errorMark.extension],
    }) as unknown as EditorApi | { editor: EditorApi };
    this.editor = 'editor' in created ? created.editor : created;
    this.editor.codemirror.contentDOM.setAttribute('data-testid', 'cypher-editor');
    this.editor.codemirror.contentDOM.setAttribute('aria-label', 'Cypher query');
    host.addEventListener('keydown', (e) => this.onKey(e), true);
    let parameterNames: string[] = [];
    this.params = paramsBox((names) => (parameterNames = names));
    completeParametersFrom(this.editor, () => parameterNames);
    byId('cypher-run').addEventListener('click', () => void this.run());
    const plan = el(
      'button',
      { type: 'button', 'data-testid': 'cypher-plan', title: 'EXPLAIN: the plan, nothing run' },
      'Plan',
    );
    plan.addEventListener('click', () => void this.run({ explain: true }));
    byId('cypher-run').after(plan);
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
    const views = el('span', { class: 'console-views', role: 'group', 'aria-label': 'Show results as' });
    for (const [v, label] of [
      ['table', 'Table'],
      ['graph', 'Graph'],
      ['json', 'JSON'],
    ] as const) {
      const b = el(
        'button',
        { type: 'button', 'data-testid': `view-${v}`, 'aria-pressed': String(v === this.view) },
        label,
      );
      b.addEventListener('click', () => this.showView(v));
      this.viewButtons.set(v, b);
      views.append(b);
    }
    this.csvButton.addEventListener('click', () => this.last && downloadCsv(this.last));
    byId('console-tools').replaceChildren(
      this.params.element,
      savedQueriesControls(new SavedQueries(), this),
      views,
      this.csvButton,
    );
    void this.loadSchema();
  }

  get query(): string {
    return this.editor.codemirror.state.doc.toString();
  }

  setQuery(query: string): void {
    this.editor.setValue(query);
    this.markError(null);
  }

  /** Ctrl/Cmd+Enter runs; Up on the first line and Down on the last walk the history. */
  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      e.stopPropagation();
      void this.run();
      return;
    }
    if ((e.key !== 'ArrowUp' && e.key !== 'ArrowDown') || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey)
      return;
    if (document.querySelector('.cm-tooltip-autocomplete')) return;
    const view = this.editor.codemirror;
    const line = view.state.doc.lineAt(view.state.selection.main.head).number;
    const up = e.key === 'ArrowUp';
    if (up ? line !== 1 : line !== view.state.doc.lines) return;
    const next = up ? this.history.previous(this.query) : this.history.next();
    if (next === null) return;
    e.preventDefault();
    e.stopPropagation();
    this.editor.setValue(next);
    view.dispatch({ selection: { anchor: up ? 0 : next.length } });
  }

  /** Feeds completion with the graph's labels, relationship types and property keys (GET /api/schema:
   * no console query, so it takes none of the few console slots). */
  private async loadSchema(): Promise<void> {
    try {
      const schema = await api.schema();
      this.editor.setSchema({
        labels: schema.labels.map((l) => `:${l}`),
        relationshipTypes: schema.relationshipTypes.map((t) => `:${t}`),
        propertyKeys: schema.propertyKeys,
      });
    } catch {
      // completion without the schema still works
    }
  }

  private showView(view: ResultView): void {
    this.view = view;
    for (const [v, b] of this.viewButtons) b.setAttribute('aria-pressed', String(v === view));
    if (this.last) this.showResult(this.last);
  }

  private showResult(res: CypherResponse): void {
    const s = res.summary;
    const cut =
      s.cutBy === 'rows'
        ? ` — cut at ${s.cap} rows`
        : s.cutBy === 'size'
          ? ' — cut: the answer reached its size limit (return fewer or smaller values)'
          : '';
    const note = `${s.rows} row${s.rows === 1 ? '' : 's'} in ${s.ms} ms${cut}`;
    byId('results').replaceChildren(el('p', { class: 'muted small' }, note), renderResult(res, this.view));
  }

  /** Marks where the server says the query is wrong (or clears the mark). */
  private markError(err: ConsoleError | null): void {
    this.errorMark.show(this.editor.codemirror, err?.position ?? null, err?.message);
  }

  async run(opts: { explain?: boolean } = {}): Promise<void> {
    const error = byId('cypher-error');
    const results = byId('results');
    const query = this.query;
    error.hidden = true;
    this.markError(null);
    if (!query.trim()) {
      this.showError({ status: 0, code: 'EMPTY_QUERY', message: 'Type a query first, or pick an example.' });
      return;
    }
    const params = readParams(this.params.text());
    if (!params.ok) {
      this.showError({
        status: 0,
        code: 'INVALID_PARAMS',
        message: params.message,
        hint: 'Fix the parameters box.',
      });
      return;
    }
    results.replaceChildren(el('p', { class: 'muted' }, opts.explain ? 'Planning…' : 'Running…'));
    this.history.add(query);
    const onBusy = (retryInS: number, reason: string) =>
      results.replaceChildren(
        el(
          'p',
          { class: 'muted', 'data-testid': 'cypher-busy', role: 'status' },
          `Busy, retrying in ${retryInS} s. ${reason}`,
        ),
      );
    try {
      if (opts.explain) {
        const plan = await postCypher(query, params.params, true, onBusy);
        results.replaceChildren(
          el('p', { class: 'muted small' }, `Plan (query type ${plan.queryType}), nothing run`),
          renderPlan(plan.plan),
        );
        return;
      }
      const res = await postCypher(query, params.params, false, onBusy);
      this.onResult(res);
      this.last = res;
      this.csvButton.disabled = res.rows.length === 0;
      this.showResult(res);
    } catch (e) {
      results.replaceChildren();
      this.showError(
        e instanceof ConsoleRequestError ? e.detail : { status: 0, code: 'CLIENT_ERROR', message: String(e) },
      );
    }
  }

  private showError(err: ConsoleError): void {
    const error = byId('cypher-error');
    const where = err.position
      ? el(
          'div',
          { class: 'small', 'data-testid': 'cypher-error-position' },
          `line ${err.position.line}, column ${err.position.column}`,
        )
      : null;
    error.replaceChildren(
      el('strong', {}, `${err.code}: `),
      err.message,
      ...(err.hint ? [el('div', { class: 'small' }, err.hint)] : []),
      where ?? '',
    );
    error.hidden = false;
    if (err.position) this.markError(err);
  }
}
