// Compare two periods: pick A and B (months), see what is new in B highlighted and what has gone
// faded in the graph, and both listed here. The periods and the mode are kept in the URL.
import type { Comparison, CompareMode, ComparisonResult } from '../time/compare';
import type { Month, MonthSpan } from '../time/months';
import { byId, el } from './dom';

export interface CompareHost {
  months(): Month[];
  comparison(): Comparison | null;
  /** Sets (or clears, with null) the comparison; recorded for undo. */
  setComparison(c: Comparison | null): void;
  result(): ComparisonResult | null;
  /** Whether a node passes the type filter and is not hidden (only those are listed). */
  listed(node: string): boolean;
  label(node: string): string;
  select(node: string): void;
}

const LIST_MAX = 30;

export class ComparePanel {
  private readonly toggle = el('input', {
    type: 'checkbox',
    'data-testid': 'compare-toggle',
    id: 'compare-toggle',
  });
  private readonly selects = {
    aFrom: this.select('compare-a-from', 'Period A from'),
    aTo: this.select('compare-a-to', 'Period A to'),
    bFrom: this.select('compare-b-from', 'Period B from'),
    bTo: this.select('compare-b-to', 'Period B to'),
  };
  private readonly mode = el(
    'select',
    { 'data-testid': 'compare-mode', 'aria-label': 'What the graph shows' },
    el('option', { value: 'all' }, 'Everything, changes marked'),
    el('option', { value: 'changes' }, 'Only what changed'),
  );
  private readonly fields = el('div', { class: 'compare-fields' });
  private readonly lists = el('div', { class: 'compare-lists' });
  private months: Month[] = [];
  private options = '';

  constructor(private readonly owner: CompareHost) {
    const host = byId('compare-periods');
    this.toggle.addEventListener('change', () =>
      this.owner.setComparison(this.toggle.checked ? this.initial() : null),
    );
    const { aFrom, aTo, bFrom, bTo } = this.selects;
    // A bound moved past the other one takes it along.
    const keepOrder = (moved: HTMLSelectElement, other: HTMLSelectElement, isStart: boolean) =>
      moved.addEventListener('change', () => {
        if (isStart ? moved.value > other.value : moved.value < other.value) other.value = moved.value;
        this.commit();
      });
    keepOrder(aFrom, aTo, true);
    keepOrder(aTo, aFrom, false);
    keepOrder(bFrom, bTo, true);
    keepOrder(bTo, bFrom, false);
    this.mode.addEventListener('change', () => this.commit());
    this.fields.append(
      el('div', { class: 'compare-row' }, el('strong', { class: 'compare-tag a' }, 'A'), aFrom, ' – ', aTo),
      el('div', { class: 'compare-row' }, el('strong', { class: 'compare-tag b' }, 'B'), bFrom, ' – ', bTo),
      el('label', { class: 'small' }, 'Show ', this.mode),
    );
    host.append(
      el('label', { class: 'small', for: 'compare-toggle' }, this.toggle, ' Compare period A with B'),
      this.fields,
      this.lists,
    );
  }

  private select(testid: string, label: string): HTMLSelectElement {
    return el('select', { 'data-testid': testid, 'aria-label': label });
  }

  /** The two halves of the months in view. */
  private initial(): Comparison | null {
    const m = this.months;
    if (m.length < 2) return null;
    const half = Math.floor(m.length / 2);
    return { a: { from: m[0]!, to: m[half - 1]! }, b: { from: m[half]!, to: m[m.length - 1]! }, mode: 'all' };
  }

  private commit(): void {
    const { aFrom, aTo, bFrom, bTo } = this.selects;
    const span = (f: string, t: string): MonthSpan => ({ from: f, to: t });
    this.owner.setComparison({
      a: span(aFrom.value, aTo.value),
      b: span(bFrom.value, bTo.value),
      mode: this.mode.value as CompareMode,
    });
  }

  render(): void {
    const c = this.owner.comparison();
    const months = this.owner.months();
    // The periods of a link may reach past the months in view: they are offered too.
    const all = [...new Set([...months, ...(c ? [c.a.from, c.a.to, c.b.from, c.b.to] : [])])].sort();
    if (all.join() !== this.options) {
      this.options = all.join();
      for (const s of Object.values(this.selects))
        s.replaceChildren(...all.map((m) => el('option', { value: m }, m)));
    }
    this.months = months;
    this.toggle.checked = !!c;
    this.toggle.disabled = !c && months.length < 2;
    this.fields.hidden = !c;
    this.lists.hidden = !c;
    if (!c) return;
    this.selects.aFrom.value = c.a.from;
    this.selects.aTo.value = c.a.to;
    this.selects.bFrom.value = c.b.from;
    this.selects.bTo.value = c.b.to;
    this.mode.value = c.mode;
    const r = this.owner.result();
    this.lists.replaceChildren(
      this.list('New in B', 'compare-new', r?.added ?? []),
      this.list('Gone since A', 'compare-gone', r?.gone ?? []),
    );
  }

  private list(title: string, testid: string, nodes: string[]): HTMLElement {
    const shown = nodes.filter((n) => this.owner.listed(n));
    const items = shown.slice(0, LIST_MAX).map((n) => {
      const b = el('button', { type: 'button', class: 'link', 'data-node': n }, this.owner.label(n));
      b.addEventListener('click', () => this.owner.select(n));
      return el('li', {}, b);
    });
    if (shown.length > LIST_MAX)
      items.push(el('li', { class: 'muted small' }, `and ${shown.length - LIST_MAX} more`));
    return el(
      'div',
      {},
      el('h3', {}, `${title} (${shown.length})`),
      shown.length
        ? el('ul', { 'data-testid': testid }, ...items)
        : el('p', { class: 'muted small', 'data-testid': testid }, 'Nothing.'),
    );
  }
}
