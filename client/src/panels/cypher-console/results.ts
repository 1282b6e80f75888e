// The console's results: a table, the graph merged into the view, or the rows as JSON; rows exported as CSV.
import type { CypherResponse } from '@dossier/model';
import { el } from '../dom';

export type ResultView = 'table' | 'graph' | 'json';

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

/** The rows as objects keyed by column. */
export function rowsAsObjects(res: CypherResponse): Record<string, unknown>[] {
  return res.rows.map((row) => Object.fromEntries(res.columns.map((c, i) => [c, row[i]])));
}

/** RFC 4180 CSV: a header of the columns, then one line per row; values as the table shows them. */
export function toCsv(res: CypherResponse): string {
  const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  return (
    [res.columns, ...res.rows.map((r) => r.map(cell))].map((r) => r.map(quote).join(',')).join('\r\n') +
    '\r\n'
  );
}

export function downloadCsv(res: CypherResponse): void {
  const url = URL.createObjectURL(new Blob([toCsv(res)], { type: 'text/csv;charset=utf-8' }));
  const a = el('a', { href: url, download: 'dossier-query.csv' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function renderResult(res: CypherResponse, view: ResultView): HTMLElement {
  if (view === 'json') {
    return el(
      'pre',
      { class: 'console-json', 'data-testid': 'results-json' },
      JSON.stringify(rowsAsObjects(res), null, 2),
    );
  }
  if (view === 'graph') {
    const { nodes, edges } = res.graph;
    return el(
      'p',
      { class: 'muted', 'data-testid': 'results-graph' },
      nodes.length
        ? `${nodes.length} node${nodes.length === 1 ? '' : 's'} and ${edges.length} relationship${edges.length === 1 ? '' : 's'} merged into the view.`
        : 'The result holds no nodes or relationships to show in the graph; see the table.',
    );
  }
  return el(
    'table',
    { 'data-testid': 'results-table' },
    el('thead', {}, el('tr', {}, ...res.columns.map((c) => el('th', {}, c)))),
    el('tbody', {}, ...res.rows.map((row) => el('tr', {}, ...row.map((v) => el('td', {}, cell(v)))))),
  );
}
