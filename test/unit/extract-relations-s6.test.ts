// Relations and events of session 6, on sentences written for the test: a meeting read only from the
// persons a sentence names around its trigger links each of two or three of them. Every sentence here is
// invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;

describe('meetings read from the persons named around them', () => {
  it('links every pair of three persons named in a summit sentence', () => {
    const r = run(
      'Border talks',
      'The talks of Kim Jong-un, Moon Jae-in and Donald Trump at the border village ended on Monday.',
    );
    const met = r.rels.filter((x) => / MET /.test(x));
    expect(met).toHaveLength(3);
    for (const x of met) expect(r.ruleOf(x)).toBe('events/meetings:co-mention');
  });

  it('links only the first two of four or more', () => {
    const r = run(
      'Border talks',
      'The talks of Kim Jong-un, Moon Jae-in, Shinzo Abe and Donald Trump at the border village ended on Monday.',
    );
    expect(r.rels.filter((x) => / MET /.test(x))).toEqual(['Kim Jong-un MET Moon Jae-in']);
  });
});
