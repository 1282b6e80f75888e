// The plan on demand: EXPLAIN's operators as an indented tree, each with its details and estimated rows.
import type { CypherPlanNode } from '@dossier/model';
import { el } from '../dom';

export function renderPlan(plan: CypherPlanNode | null): HTMLElement {
  if (!plan) return el('p', { class: 'muted' }, 'Neo4j returned no plan for this query.');
  const rows: HTMLElement[] = [];
  const walk = (op: CypherPlanNode, depth: number) => {
    rows.push(
      el(
        'tr',
        { 'data-testid': 'plan-operator' },
        el('td', { style: `padding-left: ${8 + depth * 16}px` }, op.operator),
        el('td', { class: 'num' }, op.estimatedRows === null ? '' : op.estimatedRows.toLocaleString('en-US')),
        el('td', { class: 'muted' }, op.details ?? ''),
      ),
    );
    for (const child of op.children) walk(child, depth + 1);
  };
  walk(plan, 0);
  return el(
    'table',
    { 'data-testid': 'plan-table', class: 'console-plan' },
    el(
      'thead',
      {},
      el('tr', {}, el('th', {}, 'operator'), el('th', {}, 'estimated rows'), el('th', {}, 'details')),
    ),
    el('tbody', {}, ...rows),
  );
}
