// A place that only names where a body sits ("the Chinese Embassy in Washington", "the Indian High
// Commission in London", "Russia's mission to the UN"): part of the body's name, never its speaker.
import type { Mention } from '../entities/index.js';
import { indexAt } from '../text.js';

/** Whether the place mention m follows an organisation's name, joined by "in", "to" or "at". */
export function seatOfBody(work: string, all: Mention[], m: Mention): boolean {
  const j = indexAt(all, m.start - 1);
  for (let k = j; k >= 0 && k >= j - 2; k--) {
    const x = all[k]!;
    if (x === m || x.end > m.start) continue;
    return (
      x.entity.type === 'Organization' && /^\s+(?:in|to|at)\s+(?:the\s+)?$/.test(work.slice(x.end, m.start))
    );
  }
  return false;
}
