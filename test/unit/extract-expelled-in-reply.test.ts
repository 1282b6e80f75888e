// An expulsion that names no state of its staff, told as a reply to a move by listed states, expels their
// staff: "in response to the expulsions by A, B and C", "in retaliation for similar moves by A and B",
// "responding to the expulsion of its envoys by A and B". Session 45. Every sentence here is written for
// the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const title = 'Expulsions of diplomats';
const expelledBy = (rels: string[], by: string) =>
  rels.filter((r) => r.startsWith(`${by} EXPELLED `)).map((r) => r.slice(`${by} EXPELLED `.length));

describe('an expulsion in reply to a move by listed states expels their staff', () => {
  it('when it answers "the expulsions by A, B and C", then A, B and C are expelled', () => {
    const { rels } = run(
      title,
      'Austria expelled 30 diplomats on Friday in response to the expulsions by Chile, Peru and Bolivia.',
    );
    expect(expelledBy(rels, 'Austria')).toEqual(expect.arrayContaining(['Chile', 'Peru', 'Bolivia']));
  });

  it('when it answers "similar moves by A and B", then A and B are expelled', () => {
    const { rels } = run(
      title,
      'Austria expelled 12 diplomats in retaliation for similar moves by Chile and Peru.',
    );
    expect(expelledBy(rels, 'Austria')).toEqual(expect.arrayContaining(['Chile', 'Peru']));
  });

  it('when a participle clause answers "the expulsion of its envoys by A and B", then A and B are expelled', () => {
    const { rels } = run(
      title,
      'Austria expelled 12 diplomats, responding to the expulsion of its envoys by Chile and Peru.',
    );
    expect(expelledBy(rels, 'Austria')).toEqual(expect.arrayContaining(['Chile', 'Peru']));
  });

  it('when the reply is to something other than a move ("the attack by A"), then A is not expelled', () => {
    const { rels } = run(title, 'Austria expelled ten diplomats in response to the attack by Chile on Peru.');
    expect(expelledBy(rels, 'Austria')).not.toContain('Chile');
  });

  it('when the expulsion names its staff state, then the replied-to states are not added', () => {
    const { rels } = run(
      title,
      'Austria expelled five Chilean diplomats in response to the expulsions by Peru and Bolivia.',
    );
    expect(expelledBy(rels, 'Austria')).toEqual(['Chile']);
  });

  it('when the expeller is among the listed states, then it does not expel itself', () => {
    const { rels } = run(
      title,
      'Austria expelled 20 diplomats in response to the expulsions by Austria and Peru.',
    );
    expect(expelledBy(rels, 'Austria')).not.toContain('Austria');
  });
});
