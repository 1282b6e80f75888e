// The actor of a gerund after "for" that follows the main verb's object (session 20): "Moscow condemned
// Warsaw for expelling …", "China retaliated against Canada for expelling …", "Beijing criticised Ottawa for
// summoning …" — the object acted (Warsaw, Canada, Ottawa), not the main clause's subject. "A retaliated
// against B for expelling N diplomats" with no nationality: A's diplomats; "in kind": A expelled B's in
// turn. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const of = (type: string, body: string) =>
  extractChecked('Diplomatic row', body).rels.filter((r) => r.includes(` ${type} `));

describe('the object before "for <verb>-ing" acts', () => {
  it.each([
    ['Moscow condemned Warsaw for expelling 45 Russian diplomats.', 'EXPELLED', ['Warsaw EXPELLED Russia']],
    [
      'China retaliated against Canada for expelling a Chinese diplomat.',
      'EXPELLED',
      ['Canada EXPELLED China'],
    ],
    [
      'Iran criticised Azerbaijan for expelling four Iranian embassy employees.',
      'EXPELLED',
      ['Azerbaijan EXPELLED Iran'],
    ],
    ['Tehran blamed London for expelling two Iranian diplomats.', 'EXPELLED', ['London EXPELLED Iran']],
    ['Lithuania thanked Latvia for expelling the Belarusian envoy.', 'EXPELLED', ['Latvia EXPELLED Belarus']],
    [
      'Beijing criticised Ottawa for summoning the Chinese ambassador.',
      'SUMMONED',
      ['Ottawa SUMMONED China'],
    ],
  ])('when "%s", then %s %j', (text, type, rels) => {
    expect(of(type, text)).toEqual(rels);
  });
});

describe('"retaliated (in kind) against B for expelling N diplomats"', () => {
  it('in kind: both expelled each other’s diplomats', () => {
    expect(
      of(
        'EXPELLED',
        'Russia has already retaliated in kind against the UK for expelling 23 diplomats.',
      ).sort(),
    ).toEqual(['Russia EXPELLED United Kingdom', 'United Kingdom EXPELLED Russia']);
  });
  it('not in kind: only B expelled, the retaliating state’s diplomats', () => {
    expect(of('EXPELLED', 'Hungary retaliated against Ukraine for expelling two diplomats.')).toEqual([
      'Ukraine EXPELLED Hungary',
    ]);
  });
});

describe('no object, no change', () => {
  it('a passive main clause ("Poland was criticised for expelling …"): its subject acts', () => {
    expect(of('EXPELLED', 'Poland was criticised for expelling 45 Russian diplomats.')).toEqual([
      'Poland EXPELLED Russia',
    ]);
  });
});
