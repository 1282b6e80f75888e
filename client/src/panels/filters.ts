// Type filters (with the legend's colours) and the time control: two month sliders over the dates in
// the graph, showing the graph as of that period.
import { NODE_TYPES, type NodeType } from '@dossier/model';
import { TYPE_COLORS } from '../render/colors';
import type { ViewState } from '../render/view-state';
import { byId, el } from './dom';

export function renderTypeFilters(state: ViewState, onChange: () => void): void {
  byId('type-filters').replaceChildren(
    ...NODE_TYPES.map((type: NodeType) => {
      const box = el('input', {
        type: 'checkbox',
        'data-testid': 'type-filter',
        'data-type': type,
        id: `type-${type}`,
      });
      box.checked = state.types.has(type);
      box.addEventListener('change', () => {
        if (box.checked) state.types.add(type);
        else state.types.delete(type);
        onChange();
      });
      return el(
        'label',
        { for: `type-${type}`, class: 'type-filter' },
        box,
        el('span', { class: 'dot', style: `background:${TYPE_COLORS[type]}` }),
        ` ${type}`,
      );
    }),
  );
}

/** Months from `first` to `last` inclusive, as YYYY-MM. */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

export function renderTimeline(state: ViewState, months: string[], onChange: () => void): void {
  const host = byId('timeline');
  if (months.length < 2) {
    host.replaceChildren(el('p', { class: 'muted small' }, 'No dated events yet.'));
    return;
  }
  const max = String(months.length - 1);
  const from = el('input', {
    type: 'range',
    min: '0',
    max,
    'aria-label': 'From month',
    'data-testid': 'time-from',
  });
  const to = el('input', {
    type: 'range',
    min: '0',
    max,
    'aria-label': 'To month',
    'data-testid': 'time-to',
  });
  from.value = String(Math.max(0, months.indexOf(state.from ?? months[0]!)));
  to.value = String(state.to ? Math.max(0, months.indexOf(state.to)) : months.length - 1);
  const label = el('p', { class: 'small' });
  const update = () => {
    let a = Number(from.value);
    let b = Number(to.value);
    if (a > b) [a, b] = [b, a];
    state.from = a === 0 ? null : months[a]!;
    state.to = b === months.length - 1 ? null : months[b]!;
    label.textContent = `${months[a]} → ${months[b]}${state.from || state.to ? '' : ' (all)'}`;
  };
  for (const input of [from, to]) {
    input.addEventListener('input', () => {
      update();
      onChange();
    });
  }
  update();
  host.replaceChildren(
    el('label', { class: 'small' }, 'From ', from),
    el('label', { class: 'small' }, 'To ', to),
    label,
  );
}
