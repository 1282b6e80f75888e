// Where a host receives a guest, told between the verb and the guest: "X received at the Bayan Palace the
// visiting Y", "X hosted in Riyadh Y". The meeting rule reads the guest after it.
import type { Ctx } from '../context.js';

/**
 * A place right after a verb of hosting, before the guest: "at the Bayan Palace", "in Riyadh", "at his
 * office" (a place named, or a lower-case seat of office). Its length, else 0.
 */
export function hostPlaceGap(c: Ctx, end: number, limit: number): number {
  const lead = /^\s+(?:at|in)\s+(?:the\s+|his\s+|her\s+|its\s+)?/.exec(c.work.slice(end, limit));
  if (!lead) return 0;
  const from = end + lead[0].length;
  const place = c.inRange(from, limit, ['Place'], true)[0];
  const seat = /^(?:office|palace|residence|headquarters)\b/.exec(c.work.slice(from, limit));
  const to = place?.start === from ? place.end : seat ? from + seat[0].length : 0;
  if (!to) return 0;
  const rest = /^(?:\s+on\s+\p{Lu}\p{Ll}+day)?,?\s+(?=(?:the\s+|visiting\s+)*\p{Lu})/u.exec(
    c.work.slice(to, limit),
  );
  return rest ? to + rest[0].length - end : 0;
}
