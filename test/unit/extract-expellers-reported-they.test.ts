// "they" as the subject of a clause reported by a list of states, with a comparison set off by commas
// between (session 44, events/parties.ts theyReported): "A and B have said that, like C, they plan to
// expel …": A and B expel (was: no one). A lone "they" still names no one. Every sentence here is written
// for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const expelled = (body: string) =>
  extractChecked('Diplomatic row', body)
    .rels.filter((r) => r.includes(' EXPELLED '))
    .sort();

describe('"they" reported by a list of states, past a comparison', () => {
  it.each([
    [
      'Norway expelled three Russian diplomats. Austria and Greece have said that, like Norway, they plan to expel two diplomats.',
      ['Austria EXPELLED Russia', 'Greece EXPELLED Russia', 'Norway EXPELLED Russia'],
    ],
    [
      'Malta and Cyprus said that, unlike Ireland, they would expel Iranian envoys.',
      ['Cyprus EXPELLED Iran', 'Malta EXPELLED Iran'],
    ],
  ])('when "%s", then %j', (text, rels) => {
    expect(expelled(text)).toEqual(rels);
  });

  it('a lone "they" after a comparison names no expeller', () => {
    expect(expelled('Officials said that, like Norway, they would expel Iranian envoys.')).not.toContain(
      'Officials EXPELLED Iran',
    );
  });
});
