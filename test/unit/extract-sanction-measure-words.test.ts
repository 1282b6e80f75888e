// The words by which a later sentence points back at sanctions and names whom they reach, one shared list
// (events/sanction-measures.ts): any plural measure noun ("the restrictions", "the penalties") with any verb
// of aiming ("target", "affect", "cover", "were also imposed on"). And what is no list of the sanctioned:
// "the sanctions imposed on Tuesday are …" (a time, then a speaker), measures that only "affected" a trade.
// Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const HEAD = 'The European Union imposed sanctions on Ivan Petrov on Friday.';

describe('a later sentence names more people the sanctions reach', () => {
  it.each([
    [
      '"The restrictions also affect"',
      'The restrictions also affect Deputy Minister Sergei Volkov and Governor Anna Orlova.',
    ],
    [
      '"The restrictions were also imposed on"',
      'The restrictions were also imposed on Deputy Minister Sergei Volkov and Governor Anna Orlova.',
    ],
    [
      '"The restrictions also imposed against" (no copula)',
      'The restrictions also imposed against Deputy Minister Sergei Volkov, Governor Anna Orlova, as well as some regional officials.',
    ],
    [
      '"The penalties also cover"',
      'The penalties also cover Deputy Minister Sergei Volkov and Governor Anna Orlova.',
    ],
    [
      '"The measure extends to"',
      'The measure extends to Deputy Minister Sergei Volkov and Governor Anna Orlova.',
    ],
  ])('%s', (_, more) => {
    const r = run('EU widens sanctions', `${HEAD} ${more}`);
    expect(r.events('sanction')).toHaveLength(1);
    for (const n of ['Ivan Petrov', 'Sergei Volkov', 'Anna Orlova'])
      expect(r.rels).toContain(`European Union SANCTIONED ${n}`);
  });

  it.each([
    [
      'a time after "imposed on", then a speaker',
      'The sanctions imposed on Tuesday are an unfriendly step, said Kremlin spokesman Sergei Volkov.',
    ],
    [
      'measures that affected a trade, no one named',
      'The restrictions affected the grain trade, traders said.',
    ],
    ['no sanctions told before', 'The restrictions also affect Governor Anna Orlova.'],
  ])('not: %s', (_, more) => {
    const body =
      _ === 'no sanctions told before' ? `Ivan Petrov met Sergei Volkov in Riga. ${more}` : `${HEAD} ${more}`;
    const r = run('Sanctions news', body);
    expect(r.rels.filter((x: string) => / SANCTIONED (Sergei Volkov|Anna Orlova)$/.test(x))).toEqual([]);
  });
});
