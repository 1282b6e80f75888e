// "recalled" as remembering ("recalled the friendship", "recalled that …") is no recall of an envoy
// (server/src/extract/events/recalls-returns.ts remembers), while a state recalling its envoy, its staff
// or a named diplomat still is.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const recalls = (body: string) => extractChecked('Leaders speak', body).events('recall').length;

describe('recalled: remembering or calling an envoy home', () => {
  it.each([
    'Delivering a speech at the Chile-Peru Forum on Friday, Chilean President Anna Berg recalled the old friendship between the nations.',
    'Opening the talks in Oslo, Prime Minister Jan Kowal recalled that the treaty had been signed in 1991.',
    'At the Norway-Sweden summit, Norwegian Foreign Minister Erik Dahl recalled how the two navies had trained together.',
  ])('when "%s", then there is no recall', (body) => {
    expect(recalls(body)).toBe(0);
  });

  it.each([
    'Chile recalled its ambassador to Peru for consultations on Friday.',
    'Norway recalled all of its diplomatic staff from Caracas.',
    'Peru recalled Ambassador Jorge Vela from Mexico City on Tuesday.',
  ])('when "%s", then there is a recall', (body) => {
    expect(recalls(body)).toBe(1);
  });
});
