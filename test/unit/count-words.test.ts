// The count words every counted-group rule builds from (server/src/extract/count-words.ts): the ranges a
// rule takes as an alternation, and the number a count word or digits stand for.
import { describe, expect, it } from 'vitest';
import { cardinals, countOf, tens } from '../../server/src/extract/count-words.js';

describe('count words', () => {
  it('gives a range of cardinal words as an alternation, both ends included', () => {
    expect(cardinals(2, 4)).toBe('two|three|four');
    expect(cardinals(1, 1)).toBe('one');
    expect(cardinals(2, 20).split('|')).toHaveLength(19);
    expect(cardinals(2, 20).split('|').at(-1)).toBe('twenty');
  });

  it('gives the tens from twenty up to the one asked', () => {
    expect(tens(20)).toBe('twenty');
    expect(tens(50)).toBe('twenty|thirty|forty|fifty');
    expect(tens(90).split('|').at(-1)).toBe('ninety');
  });

  it('reads the number a count word or digits stand for, whatever the case', () => {
    expect(countOf('seven')).toBe(7);
    expect(countOf('Twelve')).toBe(12);
    expect(countOf('twenty')).toBe(20);
    expect(countOf('forty')).toBe(40);
    expect(countOf('23')).toBe(23);
  });

  it('gives no number for a word that is no count', () => {
    expect(countOf('several')).toBeNaN();
    expect(countOf('dozens')).toBeNaN();
  });
});
