// The states an expulsion's patient counts without naming ("diplomats from the three EU countries"): the
// list of just that many countries told before it, or set beside it ("from the two countries, A and B");
// and the agent of a noun of intent after "by" ("the decision by X to expel"). Session 39. Every sentence
// here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const title = 'Expulsions of diplomats';
const expelledBy = (rels: string[], by: string) =>
  rels.filter((r) => r.startsWith(`${by} EXPELLED `)).map((r) => r.slice(`${by} EXPELLED `.length));

describe('a counted complement points back at a list of that many states', () => {
  it('when "diplomats from the three Andean countries" follows a list of three, then all three are expelled', () => {
    const { rels } = run(
      title,
      'Chile, Peru and Bolivia protested on Monday. A day later Norway expelled diplomats from the three Andean countries.',
    );
    expect(expelledBy(rels, 'Norway')).toEqual(expect.arrayContaining(['Chile', 'Peru', 'Bolivia']));
  });

  it('when the list is set beside the count ("the two countries, A and B,"), then both are expelled', () => {
    const { rels } = run(
      title,
      'Norway on Friday expelled envoys from the two countries, Chile and Peru, over the leaked cable.',
    );
    expect(expelledBy(rels, 'Norway')).toEqual(expect.arrayContaining(['Chile', 'Peru']));
  });

  it('when the list before has another length than the count, then none of it is expelled', () => {
    const { rels } = run(
      title,
      'Chile and Peru protested on Monday. A day later Norway expelled diplomats from the three Andean countries.',
    );
    expect(expelledBy(rels, 'Norway')).not.toContain('Chile');
    expect(expelledBy(rels, 'Norway')).not.toContain('Peru');
  });

  it('when the expeller is in the list before, then it is not among the states expelled', () => {
    const { rels } = run(
      title,
      'Norway, Chile and Peru quarrelled over fishing rights. Norway then expelled diplomats from the two countries.',
    );
    expect(expelledBy(rels, 'Norway')).toEqual(expect.arrayContaining(['Chile', 'Peru']));
    expect(expelledBy(rels, 'Norway')).not.toContain('Norway');
  });
});

describe('the agent of "the decision by X to expel"', () => {
  it('when "the decision by X to expel" names the one expelled, then X is the expeller', () => {
    const { rels } = run(
      title,
      'Peru criticised the decision by Norway to expel two Peruvian diplomats from Oslo.',
    );
    expect(expelledBy(rels, 'Norway')).toContain('Peru');
  });

  it('when "by" names no agent of the decision, then no one is made the expeller by it', () => {
    const { rels } = run(
      title,
      'Peru said the decision taken by 2 pm to expel two Peruvian diplomats was final.',
    );
    expect(rels.filter((r) => / EXPELLED /.test(r) && !r.startsWith('Peru '))).toEqual([]);
  });
});
