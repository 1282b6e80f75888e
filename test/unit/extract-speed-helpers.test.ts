// The extractor's speed helpers give what the plain calls give: matchesOf the matches of matchAll (empty
// matches, surrogate pairs, a pattern's lastIndex left as it was), slugify the same slug from its cache.
import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../server/src/extract/regex-matches.js';
import { slugify } from '../../server/src/extract/text.js';

const plain = (ms: Iterable<RegExpMatchArray>) =>
  [...ms].map((m) => ({ at: m.index, all: [...m], groups: m.groups }));

describe('matchesOf: the matches of matchAll without copying the pattern', () => {
  const text = 'The envoy met the minister; the envoy left. 😀 Él llegó a Ñuñoa.';
  const patterns = [
    /\bthe (\w+)/g,
    /\b(?<word>\p{Lu}\p{Ll}+)/gu,
    /x*/g,
    /(?:)/gu,
    /\bthe\b/gi,
    /e/gy,
    /(?=\p{L})/gu,
  ];
  for (const re of patterns)
    it(`when the pattern is ${re}, then the matches are matchAll's`, () => {
      expect(plain(matchesOf(re, text))).toEqual(plain(text.matchAll(re)));
      expect(re.lastIndex).toBe(0);
    });

  it('when the pattern has a lastIndex, then matching starts there and lastIndex is put back', () => {
    const re = /envoy/g;
    re.lastIndex = 10;
    const want = plain(text.matchAll(re));
    expect(plain(matchesOf(re, text))).toEqual(want);
    expect(want).toHaveLength(1);
    expect(re.lastIndex).toBe(10);
  });

  it('when the pattern is not global, then it is refused as matchAll refuses it', () => {
    expect(() => matchesOf(/envoy/, text)).toThrow(TypeError);
  });
});

describe('slugify: remembered slugs are the slugs', () => {
  it('when a name is slugified twice, or at another length, then the slugs are the same as computed', () => {
    expect(slugify('José  Ángel O’Brien')).toBe('jose-angel-obrien');
    expect(slugify('José  Ángel O’Brien')).toBe('jose-angel-obrien');
    expect(slugify('José  Ángel O’Brien', 8)).toBe('jose-ang');
    expect(slugify('---')).toBe('x');
    const long = 'word '.repeat(30);
    expect(slugify(long)).toBe(slugify(long, 80));
    expect(slugify(long)).toHaveLength(79);
  });
});
