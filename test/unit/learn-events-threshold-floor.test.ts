// The learned events step never chooses a threshold below 0.8 (session 39): at 0.7 it misread what the rules
// leave out on purpose (a state summoning its own envoy, "recalled that …", "pushed for a summit").
import { describe, expect, it } from 'vitest';
import { LEARNED_STEPS, type CurvePoint } from '../../server/src/extract/learn/steps.js';

const events = LEARNED_STEPS.find((s) => s.name === 'events')!;
const point = (threshold: number, precision: number, predicted: number): CurvePoint => ({
  threshold,
  precision,
  recall: 0.5,
  predicted,
  truePositives: Math.round(precision * predicted),
});

describe('the learned events step’s threshold', () => {
  it('stays at 0.8 when the curve reaches its precision lower down', () => {
    const curve = [0.5, 0.6, 0.7, 0.8, 0.9].map((t) => point(t, 0.9, 40));
    expect(events.chooseThreshold(curve)).toBe(0.8);
  });

  it('goes above 0.8 when the curve reaches its precision only there', () => {
    const curve = [point(0.7, 0.6, 40), point(0.8, 0.7, 30), point(0.9, 0.9, 25)];
    expect(events.chooseThreshold(curve)).toBe(0.9);
  });
});
