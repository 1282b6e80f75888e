// The timeline strip under the graph: dated happenings per month (one bar per month), brushed with
// the pointer to set the period; Play animates the view month by month (cumulative, or a sliding
// window), at a chosen speed; what is undated, or dated only to a year, is counted apart. While two
// periods are compared, their months are marked A and B on the strip.
import type { TimelineBuckets } from '../time/buckets';
import type { Comparison } from '../time/compare';
import type { Month } from '../time/months';
import { nextMonth, SPEEDS, type Playback, type PlaybackMode } from '../time/playback';
import { byId, el } from './dom';

export interface TimelineHost {
  buckets(): TimelineBuckets;
  period(): { from: Month | null; to: Month | null };
  /** The brush: a period (null bounds: the whole span), recorded for undo. */
  setPeriod(from: Month | null, to: Month | null): void;
  playback(): Playback | null;
  /** The two periods compared, if any: marked on the strip. */
  comparison(): Comparison | null;
  /** Playback moved on (or stopped, with null): the view is redrawn, nothing is recorded. */
  setPlayback(p: Playback | null): void;
}

const WINDOWS = [1, 3, 6, 12];

export class TimelinePanel {
  private readonly host: HTMLElement;
  private readonly bars = el('div', { class: 'timeline-bars', role: 'group', 'aria-label': 'Months' });
  private readonly info = el('span', { class: 'timeline-info small muted', 'aria-live': 'polite' });
  private readonly apart = el('span', { class: 'timeline-apart small', 'data-testid': 'timeline-undated' });
  private readonly play = el(
    'button',
    { type: 'button', 'data-testid': 'timeline-play', class: 'play' },
    '▶ Play',
  );
  private readonly stop = el(
    'button',
    { type: 'button', title: 'Leave playback', 'aria-label': 'Stop playback' },
    '■',
  );
  private readonly mode = el('select', { 'aria-label': 'Playback mode', 'data-testid': 'timeline-mode' });
  private readonly windowSize = el('select', {
    'aria-label': 'Window length',
    'data-testid': 'timeline-window',
  });
  private readonly speed = el('select', { 'aria-label': 'Playback speed', 'data-testid': 'timeline-speed' });
  private timer: ReturnType<typeof setInterval> | undefined;
  private brush: { start: number; end: number } | null = null;
  private months: Month[] = [];
  private signature = '';

  constructor(private readonly owner: TimelineHost) {
    this.host = byId('timeline');
    this.mode.append(
      el('option', { value: 'cumulative' }, 'Cumulative'),
      el('option', { value: 'window' }, 'Sliding window'),
    );
    this.windowSize.append(
      ...WINDOWS.map((w) => el('option', { value: String(w) }, `${w} month${w > 1 ? 's' : ''}`)),
    );
    this.windowSize.value = '3';
    this.speed.append(...Object.keys(SPEEDS).map((s) => el('option', { value: s }, s)));
    this.speed.value = '1×';
    this.play.addEventListener('click', () => (this.timer ? this.pause() : this.start()));
    this.stop.addEventListener('click', () => this.end());
    this.mode.addEventListener('change', () => this.retune());
    this.windowSize.addEventListener('change', () => this.retune());
    this.speed.addEventListener('change', () => {
      if (this.timer) {
        this.pause();
        this.start();
      }
    });
    this.bindBrush();
    const controls = el(
      'div',
      { class: 'timeline-controls' },
      this.play,
      this.stop,
      this.mode,
      this.windowSize,
      el('label', { class: 'small' }, 'Speed ', this.speed),
      this.info,
    );
    this.host.replaceChildren(controls, el('div', { class: 'timeline-row' }, this.bars, this.apart));
    this.render();
  }

  /** Re-renders the bars when the counts changed, and the period and playback marks always. */
  render(): void {
    const b = this.owner.buckets();
    const signature = `${b.months[0]}|${b.counts.join(',')}`;
    if (signature !== this.signature) {
      this.signature = signature;
      this.months = b.months;
      this.bars.replaceChildren(
        ...b.months.map((month, i) => {
          const count = b.counts[i]!;
          const bucket = el(
            'div',
            {
              class: 'timeline-bucket',
              'data-testid': 'timeline-bucket',
              'data-month': month,
              'data-count': String(count),
              title: `${month}: ${count} dated event${count === 1 ? '' : 's'} and relation${count === 1 ? '' : 's'}`,
            },
            el('span', {
              class: 'bar',
              style: `height:${b.max ? Math.max(count ? 8 : 0, (100 * count) / b.max) : 0}%`,
            }),
          );
          if (month.endsWith('-01') || i === 0) bucket.dataset['year'] = month.slice(0, 4);
          return bucket;
        }),
      );
      const apart = [
        b.undated ? `${b.undated} undated` : '',
        b.yearOnly ? `${b.yearOnly} dated only to a year` : '',
      ].filter(Boolean);
      this.apart.textContent = apart.length ? `Not on the strip: ${apart.join(' · ')}` : '';
      this.apart.title =
        'Undated items are not placed in time: during playback they stay grey. Items dated only to a year appear from its January.';
    }
    if (!b.months.length)
      this.bars.replaceChildren(el('span', { class: 'muted small' }, 'No dated events in view.'));
    this.play.disabled = b.months.length === 0;
    this.mark();
  }

  private mark(): void {
    const { from, to } = this.owner.period();
    const p = this.owner.playback();
    const c = this.owner.comparison();
    const brush = this.brush
      ? [Math.min(this.brush.start, this.brush.end), Math.max(this.brush.start, this.brush.end)]
      : null;
    this.bars.querySelectorAll<HTMLElement>('.timeline-bucket').forEach((node, i) => {
      const month = this.months[i]!;
      const inPeriod = brush
        ? i >= brush[0]! && i <= brush[1]!
        : (!from || month >= from) && (!to || month <= to);
      node.classList.toggle('in-period', inPeriod && !!(from || to || brush));
      node.classList.toggle('current', p?.month === month);
      const side = c && month >= c.a.from && month <= c.a.to ? 'a' : null;
      const other = c && month >= c.b.from && month <= c.b.to ? 'b' : null;
      // Overlapping periods: the month is in both.
      node.dataset['compare'] = [side, other].filter(Boolean).join(' ');
      if (!node.dataset['compare']) delete node.dataset['compare'];
      if (p?.month === month) node.setAttribute('aria-current', 'date');
      else node.removeAttribute('aria-current');
    });
    this.stop.hidden = !p;
    this.play.textContent = this.timer ? '❚❚ Pause' : '▶ Play';
    this.windowSize.hidden = this.mode.value !== 'window';
    this.info.textContent = p
      ? `${p.mode === 'window' ? `${p.window}-month window to` : 'As of'} ${p.month}`
      : from || to
        ? `Period ${from ?? this.months[0] ?? ''} → ${to ?? this.months[this.months.length - 1] ?? ''}`
        : 'Drag across the months to set a period';
  }

  // Playback.

  private frames(): Month[] {
    const { from, to } = this.owner.period();
    return this.months.filter((m) => (!from || m >= from) && (!to || m <= to));
  }

  private settings(month: Month): Playback {
    return { month, mode: this.mode.value as PlaybackMode, window: Number(this.windowSize.value) };
  }

  private start(): void {
    const frames = this.frames();
    const current = this.owner.playback()?.month ?? null;
    // From the start, or on from where it was paused (again from the start once at the end).
    const first = current && nextMonth(frames, current) ? current : frames[0];
    if (!first) return;
    this.owner.setPlayback(this.settings(first));
    this.timer = setInterval(() => this.step(), SPEEDS[this.speed.value] ?? 600);
    this.mark();
  }

  private step(): void {
    const next = nextMonth(this.frames(), this.owner.playback()?.month ?? null);
    if (!next) return this.pause();
    this.owner.setPlayback(this.settings(next));
    this.mark();
  }

  private pause(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.mark();
  }

  /** Leaves playback: the whole view again. */
  end(): void {
    this.pause();
    this.owner.setPlayback(null);
    this.mark();
  }

  private retune(): void {
    const p = this.owner.playback();
    if (p) this.owner.setPlayback(this.settings(p.month));
    this.mark();
  }

  // The brush.

  private indexAt(clientX: number): number {
    const rect = this.bars.getBoundingClientRect();
    const i = Math.floor(((clientX - rect.left) / rect.width) * this.months.length);
    return Math.min(this.months.length - 1, Math.max(0, i));
  }

  private bindBrush(): void {
    this.bars.addEventListener('pointerdown', (e) => {
      if (!this.months.length || e.button !== 0) return;
      const i = this.indexAt(e.clientX);
      this.brush = { start: i, end: i };
      this.bars.setPointerCapture(e.pointerId);
      this.mark();
    });
    this.bars.addEventListener('pointermove', (e) => {
      if (!this.brush) return;
      this.brush.end = this.indexAt(e.clientX);
      this.mark();
    });
    const finish = () => {
      if (!this.brush) return;
      const a = Math.min(this.brush.start, this.brush.end);
      const b = Math.max(this.brush.start, this.brush.end);
      this.brush = null;
      const whole = a === 0 && b === this.months.length - 1;
      this.owner.setPeriod(whole ? null : this.months[a]!, whole ? null : this.months[b]!);
    };
    this.bars.addEventListener('pointerup', finish);
    this.bars.addEventListener('pointercancel', () => {
      this.brush = null;
      this.mark();
    });
    this.bars.addEventListener('dblclick', () => this.owner.setPeriod(null, null));
  }
}
