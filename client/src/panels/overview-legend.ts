// The legend's additions for big archives: "showing N of M" for the overview (the most reported entities
// of the period, the rest on demand), and the filter "reported by at least N outlets".
import type { WireGraph } from '@dossier/model';
import { byId, el } from './dom';

/** A slot right under the type filters (the legend), made once. */
function legendSlot(id: string): HTMLElement {
  const existing = document.getElementById(id);
  if (existing) return existing;
  const slot = el('div', { id, class: 'legend-extra small' });
  byId('type-filters').after(slot);
  return slot;
}

export function showOverviewCount(wire: WireGraph): void {
  const n = wire.nodes.length.toLocaleString('en-US');
  const m = wire.total.toLocaleString('en-US');
  legendSlot('overview-count').replaceChildren(
    el(
      'p',
      { 'data-testid': 'overview-count', class: 'muted', title: 'Search, expand or zoom for the rest' },
      wire.truncated ? `Showing ${n} of ${m}: the most reported` : `Showing all ${n}`,
    ),
  );
}

/**
 * The filter "reported by at least N outlets". Returns a function that shows the current value again
 * (after an undo), unless the user is typing in it.
 */
export function setupOutletFilter(current: () => number, setMin: (n: number) => void): () => void {
  const input = el('input', {
    type: 'number',
    min: '1',
    max: '99',
    step: '1',
    value: String(current()),
    'data-testid': 'min-outlets',
    'aria-label': 'Reported by at least this many independent outlets',
  });
  input.addEventListener('input', () => {
    const n = Math.max(1, Math.min(99, Math.floor(Number(input.value) || 1)));
    if (n !== current()) setMin(n);
  });
  legendSlot('outlet-filter').replaceChildren(
    el('label', { class: 'outlet-filter' }, 'Reported by at least ', input, ' independent outlet(s)'),
  );
  return () => {
    if (document.activeElement !== input) input.value = String(current());
  };
}
