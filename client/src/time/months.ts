// Month arithmetic on `YYYY-MM` strings, and the months a date of any precision covers.

export type Month = string;

/** An inclusive span of months. */
export interface MonthSpan {
  from: Month;
  to: Month;
}

const pad = (m: number) => String(m).padStart(2, '0');

/** The month `n` months after (or before, n < 0) `month`. */
export function addMonths(month: Month, n: number): Month {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** Months from `first` to `last` inclusive. */
export function monthRange(first: Month, last: Month): Month[] {
  const out: Month[] = [];
  for (let m = first; m <= last; m = addMonths(m, 1)) out.push(m);
  return out;
}

/**
 * The months a date covers: `2021-03-20` and `2021-03` one month, `2021` the whole year; null when
 * undated or unreadable.
 */
export function dateSpan(date: string | null | undefined): MonthSpan | null {
  if (typeof date !== 'string') return null;
  const month = /^(\d{4})-(0[1-9]|1[0-2])/.exec(date);
  if (month) return { from: `${month[1]}-${month[2]}`, to: `${month[1]}-${month[2]}` };
  const year = /^(\d{4})$/.exec(date);
  if (year) return { from: `${year[1]}-01`, to: `${year[1]}-12` };
  return null;
}

/** Whether a span is one month (dated to the month or the day) rather than a year. */
export const isMonthPrecise = (span: MonthSpan): boolean => span.from === span.to;

export const overlaps = (a: MonthSpan, b: MonthSpan): boolean => a.from <= b.to && b.from <= a.to;
