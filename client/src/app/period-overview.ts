// The overview follows the period the user picks: once brushing or sliding has paused for SETTLE_MS, the
// period's most reported entities are asked for and join the view. Undo and redo of a period change
// ask for nothing (they only move the filter), so the history stays as it was.

/** A pause in brushing or sliding this long means the user has settled on a period. */
const SETTLE_MS = 400;

/** Returns the function to call on every period change the user makes. */
export function overviewFollowsPeriod(load: () => Promise<void>): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(() => void load().catch(() => undefined), SETTLE_MS);
  };
}
