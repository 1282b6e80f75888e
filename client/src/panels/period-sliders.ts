// The period as two month sliders (From, To) in the sidebar: the keyboard's way to set what the
// timeline's brush sets. Both follow the view's period, whichever control changed it.
import type { Month } from '../time/months';
import { byId, el } from './dom';

export interface PeriodHost {
  months(): Month[];
  period(): { from: Month | null; to: Month | null };
  /** A period (null bounds: the whole span), recorded for undo; quick repeats merge. */
  setPeriod(from: Month | null, to: Month | null): void;
}

export class PeriodSliders {
  private readonly from = el('input', {
    type: 'range',
    min: '0',
    'aria-label': 'From month',
    'data-testid': 'time-from',
  });
  private readonly to = el('input', {
    type: 'range',
    min: '0',
    'aria-label': 'To month',
    'data-testid': 'time-to',
  });
  private readonly label = el('p', { class: 'small' });
  private months: Month[] = [];

  constructor(private readonly owner: PeriodHost) {
    for (const input of [this.from, this.to]) {
      input.addEventListener('input', () => {
        let a = Number(this.from.value);
        let b = Number(this.to.value);
        if (a > b) [a, b] = [b, a];
        const last = this.months.length - 1;
        this.owner.setPeriod(a === 0 ? null : this.months[a]!, b === last ? null : this.months[b]!);
      });
    }
  }

  render(): void {
    const host = byId('period-sliders');
    const months = this.owner.months();
    if (months.join() !== this.months.join()) {
      this.months = months;
      if (months.length < 2) {
        host.replaceChildren(el('p', { class: 'muted small' }, 'No dated events yet.'));
        return;
      }
      for (const input of [this.from, this.to]) input.max = String(months.length - 1);
      host.replaceChildren(
        el('label', { class: 'small' }, 'From ', this.from),
        el('label', { class: 'small' }, 'To ', this.to),
        this.label,
      );
    }
    if (months.length < 2) return;
    const { from, to } = this.owner.period();
    const a = from ? Math.max(0, months.indexOf(from)) : 0;
    const b = to ? Math.max(0, months.indexOf(to)) : months.length - 1;
    this.from.value = String(a);
    this.to.value = String(b);
    this.label.textContent = `${months[a]} → ${months[b]}${from || to ? '' : ' (all)'}`;
  }
}
