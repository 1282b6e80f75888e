// Playback: the view as of one month, either everything up to it (cumulative) or what happened in a
// sliding window ending at it. Items appear in the month of their first dated event or relation.
import { activeIn, firstMonth } from './activity';
import { addMonths, type Month, type MonthSpan } from './months';

export type PlaybackMode = 'cumulative' | 'window';

export interface Playback {
  month: Month;
  mode: PlaybackMode;
  /** Length of the sliding window, in months. */
  window: number;
}

/** Whether an item with these spans is on stage; null for an undated item (shown apart). */
export function onStage(spans: readonly MonthSpan[] | undefined, p: Playback): boolean | null {
  if (!spans?.length) return null;
  if (p.mode === 'cumulative') return firstMonth(spans)! <= p.month;
  return activeIn(spans, { from: addMonths(p.month, -(Math.max(1, p.window) - 1)), to: p.month });
}

/** The month after `current` among `months`, or null at the end. */
export function nextMonth(months: readonly Month[], current: Month | null): Month | null {
  if (!months.length) return null;
  if (current === null) return months[0]!;
  const i = months.indexOf(current);
  return i >= 0 && i < months.length - 1 ? months[i + 1]! : null;
}

/** Milliseconds per month at each speed the control offers. */
export const SPEEDS: Record<string, number> = { '0.5×': 1200, '1×': 600, '2×': 300, '4×': 150 };
