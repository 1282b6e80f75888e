// Post-nominal letters between a name and the envoy apposition after it ("Ian Ward KCMG, the British High
// Commissioner to Peru": relations/envoys.ts afterPostNominals). Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

describe('an envoy apposition after post-nominal letters', () => {
  it('is the named person’s posting', () => {
    const r = extractChecked(
      'Envoy speaks',
      'LIMA, May 3: Ian Ward KCMG, the British High Commissioner to Peru, spoke at the trade forum on Saturday.',
    );
    expect(r.rels).toContain('Ian Ward AMBASSADOR_TO Peru');
  });

  it('reads them after a knight’s name', () => {
    const r = extractChecked(
      'Envoy speaks',
      'Sir Ian Ward KCMG, the British Ambassador to Chile, opened the fair in Santiago.',
    );
    expect(r.rels).toContain('Ian Ward AMBASSADOR_TO Chile');
  });

  it('takes no capital word that is no post-nominal', () => {
    const r = extractChecked(
      'Envoy speaks',
      'Ian Ward said PERU, the British Ambassador to Chile had told him, would sign.',
    );
    expect(r.rels.filter((x) => x.startsWith('Ian Ward AMBASSADOR_TO'))).toEqual([]);
  });
});
