// An envoy's long title names the states by their formal style ("Ambassador of the Kingdom of X to the
// Republic of Y, Name"): the posting is the short name after the style, read before or after the name.
// A post the sentence says was ended ("terminated the mission of X as Ambassador to Y") is no posting.
// Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { relationsOfType } from '../helpers/extract-text.js';

const envoys = (body: string) => relationsOfType('AMBASSADOR_TO', 'Envoy presents credentials', body);

describe('envoy titles with a state’s formal style', () => {
  it('reads the posting after the style, with a styled sender before it', () => {
    expect(
      envoys(
        'The new Ambassador of the Kingdom of Norway to the Republic of Chile, Erik Lund Haugen, presented his letter of credence on Friday.',
      ),
    ).toEqual(['Erik Lund Haugen AMBASSADOR_TO Chile']);
    expect(
      envoys(
        'The Ambassador of the Sultanate of Oman to the Kingdom of Spain, Ahmed Al Harthy, spoke first.',
      ),
    ).toEqual(['Ahmed Al Harthy AMBASSADOR_TO Spain']);
  });

  it('reads the styled posting in an apposition after the name', () => {
    expect(
      envoys(
        'Erik Lund Haugen, the Ambassador of Norway to the Republic of Chile, said the talks went well.',
      ),
    ).toEqual(['Erik Lund Haugen AMBASSADOR_TO Chile']);
  });

  it('reads a long title after "named X as"', () => {
    expect(
      envoys(
        'The king named Erik Lund Haugen as Ambassador Extraordinary and Plenipotentiary of the Kingdom of Norway to the Republic of Chile.',
      ),
    ).toEqual(['Erik Lund Haugen AMBASSADOR_TO Chile']);
  });

  it('still reads the short forms', () => {
    expect(envoys('The Ambassador of Norway to Chile, Erik Lund Haugen, spoke on Friday.')).toEqual([
      'Erik Lund Haugen AMBASSADOR_TO Chile',
    ]);
  });

  it('gives no posting for a styled place that is no posting, or a post that was ended', () => {
    expect(
      envoys(
        'Erik Lund Haugen, who was born in the Kingdom of Norway, met the Ambassador of Chile on Friday.',
      ),
    ).toEqual([]);
    expect(
      envoys(
        'The king terminated the mission of Erik Lund Haugen as Ambassador Extraordinary and Plenipotentiary of the Kingdom of Norway to the Republic of Chile.',
      ),
    ).toEqual([]);
  });
});
