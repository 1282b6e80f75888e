// How a learned step chooses its decision threshold from the out-of-fold precision/recall curve of the dev
// pages (server/src/cli/train.ts draws the curve; bench/learn/threshold-selection.ts compares the rules by
// nested cross-validation). Shared by the steps' own files, so none of them imports steps.ts.

/** One point of a cross-validated precision/recall curve. */
export interface CurvePoint {
  threshold: number;
  precision: number;
  recall: number;
  predicted: number;
  truePositives: number;
}

/** The lowest threshold whose out-of-fold precision reaches `precision` (else the highest). */
export function lowestWithPrecision(curve: readonly CurvePoint[], precision: number): number {
  const ok = curve.filter((p) => p.predicted > 0 && p.precision >= precision);
  return ok.length ? ok[0]!.threshold : curve[curve.length - 1]!.threshold;
}

/**
 * The lowest threshold whose out-of-fold precision reaches `precision` on at least `support` predictions
 * (else the most precise point with that support, else the highest threshold). A precision read off a
 * handful of predictions moves with every retrain; asking for support keeps the choice where the curve
 * holds enough points to say something.
 */
export function supportedWithPrecision(
  curve: readonly CurvePoint[],
  precision: number,
  support: number,
): number {
  const ok = curve.filter((p) => p.predicted >= support);
  if (!ok.length) return curve[curve.length - 1]!.threshold;
  const reach = ok.find((p) => p.precision >= precision);
  if (reach) return reach.threshold;
  return [...ok].sort((a, b) => b.precision - a.precision || a.threshold - b.threshold)[0]!.threshold;
}

/** The threshold of a step that abstains: no probability reaches it, so the step adds nothing. */
export const ABSTAIN = 1.01;

/**
 * The lowest threshold whose out-of-fold precision reaches `precision` on at least `support` predictions,
 * else ABSTAIN: a step whose additions cannot be right that often adds none (unlike supportedWithPrecision,
 * which then falls back to the most precise point, however low).
 */
export function supportedOrAbstain(curve: readonly CurvePoint[], precision: number, support: number): number {
  const reach = curve.find((p) => p.predicted >= support && p.precision >= precision);
  return reach ? reach.threshold : ABSTAIN;
}
