// A name never runs across a masked stretch of the work text, on invented text with invented names: a wire
// dateline's city before a blanked credit, "MOSCOW (Agency) The Foreign Ministry …", stays a place and the
// body after it keeps its own name (chunking.ts); a related-story line still gives nothing.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

describe('a name across a masked credit', () => {
  it('when a dateline city in capitals is followed by a credit in brackets, then the city is a place', () => {
    const d = extract(
      [
        'Ministry protests over remarks',
        'MOSCOW (Tellmark News / Agency - 04th March, 2024) The Russian Foreign Ministry said on Monday that it had summoned the envoy of Velmora over the remarks.',
        'The envoy was handed a note of protest.',
      ].join('\n'),
    );
    expect(namesOf(d, 'Place')).toContain('Moscow');
    expect(namesOf(d, 'Organization')).toContain('Russian Foreign Ministry');
    expect(namesOf(d, 'Organization').some((n) => /MOSCOW|Moscow/.test(n))).toBe(false);
  });

  it('when the credit is a related-story line, then it still gives nothing', () => {
    const d = extract(
      [
        'Ministry protests over remarks',
        'The Russian Foreign Ministry said on Monday that it had summoned the envoy of Velmora over the remarks.',
        'Related: Quarvania Opens New Consulate In Tellmark',
      ].join('\n'),
    );
    expect(namesOf(d, 'Place')).not.toContain('Tellmark');
    expect(namesOf(d, 'Place')).not.toContain('Quarvania');
  });
});
