// A summons of diplomats the object phrase lists by state after "representing", "of" or "from" ("summoned
// diplomats representing France, Germany and Italy", "the ambassadors of Peru and Bolivia", "diplomats in
// Tehran representing Spain and Greece"): one SUMMONED each. The summoner's own state is never listed, and
// a single state stays one. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

const summoned = (body: string) => relationsOfType('SUMMONED', 'Envoys summoned', body);

describe('a summons of diplomats listed by state', () => {
  it('reads each listed state', () => {
    expect(
      summoned('Iran summoned diplomats representing France, Germany, Italy and the UK on Monday.'),
    ).toEqual([
      'Iran SUMMONED France',
      'Iran SUMMONED Germany',
      'Iran SUMMONED Italy',
      'Iran SUMMONED United Kingdom',
    ]);
    expect(summoned('Chile summoned the ambassadors of Peru and Bolivia.')).toEqual([
      'Chile SUMMONED Peru',
      'Chile SUMMONED Bolivia',
    ]);
    expect(summoned('Egypt summoned diplomats from Sweden and Denmark over the burnings.')).toEqual([
      'Egypt SUMMONED Sweden',
      'Egypt SUMMONED Denmark',
    ]);
  });

  it('reads the states after where the diplomats are posted', () => {
    expect(
      summoned(
        'Iran on Tuesday summoned diplomats in Tehran representing Spain, Greece and Austria to protest.',
      ),
    ).toEqual(['Iran SUMMONED Spain', 'Iran SUMMONED Greece', 'Iran SUMMONED Austria']);
  });

  it('keeps one state as one', () => {
    expect(summoned('Turkey summoned the envoy of Greece.')).toEqual(['Turkey SUMMONED Greece']);
  });
});
