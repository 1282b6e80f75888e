// A dotted abbreviation written without its last point ("U.S", "U.K", "U.N") is one token and the name it
// abbreviates, as "U.S." is (text.ts, lexicon.ts nameKey): "the U.S Embassy" is no "S Embassy". Every sentence
// here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const entities = (body: string) =>
  extractChecked('Envoys meet', body).d.entities.map((e) => `${e.type} ${e.name}`);

describe('a dotted abbreviation without its last point', () => {
  it.each([
    [
      'Protesters gathered outside the U.S Embassy in Nairobi on Monday.',
      'Organization U.S Embassy in Nairobi',
    ],
    ['Officials at the U.S Embassy said it was closed.', 'Organization U.S Embassy'],
    ['The U.K has recalled its envoy, officials said.', 'Place United Kingdom'],
    ['He met the U.N chief in Geneva on Monday.', 'Organization United Nations'],
    ['The envoy flew back to the U.S, officials said.', 'Place United States'],
  ])('is the name it abbreviates: %s', (body, name) => {
    const got = entities(body);
    expect(got).toContain(name);
    expect(got.some((e) => /^\S+ [SKN] /.test(e))).toBe(false);
  });

  it('keeps initials before a surname in the name', () => {
    expect(entities('Author J.K Rowling met the envoy in London on Monday.')).toContain('Person J.K Rowling');
  });
});

it('leaves a name’s initials missing their last point apart when they abbreviate nothing known', () => {
  const p = extractChecked('Talks', 'The deal was signed by Peter O.B and the envoy on Monday.')
    .d.entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);
  expect(p.some((n) => n.includes('O.B'))).toBe(false);
});
