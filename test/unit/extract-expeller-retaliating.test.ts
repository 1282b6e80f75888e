// An expulsion told as the means of a reply aimed at named states (session 44, events/expeller-retaliating.ts):
// "A retaliated against B and C by expelling …", "A hit back at B, expelling …": A expels, B and C are
// expelled. Not "retaliated against B for expelling" (B expelled), not a state named inside the target.
// Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const expelled = (body: string) =>
  extractChecked('Diplomatic row', body)
    .rels.filter((r) => r.includes(' EXPELLED '))
    .sort();

describe('an expulsion that is the means of a reply aimed at states', () => {
  it.each([
    [
      'Moscow retaliated against Austria, Greece and Malta by expelling 12 of their diplomats.',
      ['Moscow EXPELLED Austria', 'Moscow EXPELLED Greece', 'Moscow EXPELLED Malta'],
    ],
    [
      'Russia hit back at Ireland and Portugal on Monday, expelling nine diplomats.',
      ['Russia EXPELLED Ireland', 'Russia EXPELLED Portugal'],
    ],
    ['Minsk responded to Vilnius by ordering four diplomats to leave.', ['Minsk EXPELLED Vilnius']],
    [
      'Russia reacted to the European Union and Greece by expelling eight diplomats.',
      ['Russia EXPELLED Greece'],
    ],
  ])('when "%s", then %j', (text, rels) => {
    expect(expelled(text)).toEqual(rels);
  });

  it.each([
    ['Russia retaliated against Britain for expelling 23 diplomats.', ['United Kingdom EXPELLED Russia']],
    [
      'Hungary responded to the crisis on the border with Serbia by expelling a Russian diplomat.',
      ['Hungary EXPELLED Russia'],
    ],
  ])('when "%s", then only %j', (text, rels) => {
    expect(expelled(text)).toEqual(rels);
  });
});
