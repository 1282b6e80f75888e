// The sidebar's and the strip's view controls wired to the controller: the legend (types, colours,
// sizes, the outlet filter), the period sliders, the timeline with playback, the comparison of two periods, and undo and
// redo. Each panel is thin; what they change goes through the desk, so it can be undone.
import { ComparePanel } from '../panels/compare-panel';
import { byId } from '../panels/dom';
import { Legend } from '../panels/legend';
import { setupOutletFilter } from '../panels/overview-legend';
import { PeriodSliders } from '../panels/period-sliders';
import { TimelinePanel } from '../panels/timeline';
import { passesFilters } from '../render/view-state';
import { timelineBuckets, type TimelineBuckets } from '../time/buckets';
import type { Month } from '../time/months';
import type { Controller } from './controller';
import { overviewFollowsPeriod } from './period-overview';

export function setupViewControls(c: Controller): void {
  const { graph, state, desk } = c;
  let buckets: TimelineBuckets | null = null;
  const current = () => (buckets ??= timelineBuckets(graph, (n) => passesFilters(graph, state, n)));
  const period = () => ({ from: state.from, to: state.to });
  const periodOverview = overviewFollowsPeriod(() => c.loadPeriodOverview());
  const setPeriod = (from: Month | null, to: Month | null) => {
    desk.changeSettings(
      from || to ? `Period ${from ?? '…'} → ${to ?? '…'}` : 'Whole period',
      () => {
        state.from = from;
        state.to = to;
      },
      'period',
    );
    periodOverview();
  };

  const legend = new Legend({
    types: () => state.types,
    styles: () => state.styles,
    setTypeShown: (type, shown) =>
      desk.changeSettings(`${shown ? 'Show' : 'Hide'} ${type}`, () => {
        if (shown) state.types.add(type);
        else state.types.delete(type);
      }),
    setColor: (type, color) =>
      desk.changeSettings(`Colour of ${type}`, () => (state.styles.colors[type] = color), `color-${type}`),
    setSizeFactor: (type, factor) =>
      desk.changeSettings(`Size of ${type}`, () => {
        if (factor === 1) delete state.styles.sizes[type];
        else state.styles.sizes[type] = factor;
      }),
  });
  const syncOutlets = setupOutletFilter(
    () => state.minOutlets,
    (n) =>
      desk.changeSettings(
        n > 1 ? `Reported by at least ${n} outlets` : 'Any number of outlets',
        () => (state.minOutlets = n),
        'min-outlets',
      ),
  );
  const sliders = new PeriodSliders({ months: () => current().months, period, setPeriod });
  const timeline = new TimelinePanel({
    buckets: current,
    period,
    setPeriod,
    playback: () => state.playback,
    comparison: () => state.compare,
    setPlayback: (p) => {
      state.playback = p;
      c.refresh();
    },
  });
  const compare = new ComparePanel({
    months: () => current().months,
    comparison: () => state.compare,
    setComparison: (cmp) =>
      desk.changeSettings(
        cmp ? 'Compare periods' : 'Stop comparing',
        () => (state.compare = cmp),
        cmp && state.compare ? 'compare' : undefined,
      ),
    result: () => c.index.changes,
    listed: (n) => graph.hasNode(n) && passesFilters(graph, state, n),
    label: (n) => graph.getNodeAttribute(n, 'label'),
    select: (n) => void c.select(n),
  });

  const undo = byId<HTMLButtonElement>('undo');
  const redo = byId<HTMLButtonElement>('redo');
  undo.addEventListener('click', () => desk.undo());
  redo.addEventListener('click', () => desk.redo());
  const syncHistory = () => {
    const u = desk.history.nextUndo;
    const r = desk.history.nextRedo;
    undo.disabled = !u;
    redo.disabled = !r;
    undo.title = u ? `Undo: ${u} (Ctrl+Z)` : 'Nothing to undo';
    redo.title = r ? `Redo: ${r} (Ctrl+Shift+Z)` : 'Nothing to redo';
  };
  desk.history.onChange(syncHistory);
  syncHistory();

  c.onRefresh(() => {
    buckets = null;
    legend.render();
    syncOutlets();
    sliders.render();
    timeline.render();
    compare.render();
  });
}
