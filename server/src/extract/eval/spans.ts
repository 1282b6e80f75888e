// Span comparisons the scorer and the failure counts share: how many characters two spans share, and
// whether two quotation spans are the same quotation (they share at least half of the shorter one).
export interface CharSpan {
  start: number;
  end: number;
}

/** Characters a and b share (0 when they are apart). */
export const overlap = (a: CharSpan, b: CharSpan) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** a and b share at least half of the shorter span. */
export const spansMatch = (a: CharSpan, b: CharSpan) => {
  const ov = overlap(a, b);
  return ov > 0 && ov >= 0.5 * Math.min(a.end - a.start, b.end - b.start);
};
