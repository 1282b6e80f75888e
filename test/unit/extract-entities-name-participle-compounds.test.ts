// A name opening a compound adjective with a past participle or "-related" (text.ts COMPOUND_SUFFIX), on
// invented text: "an EU-supported mission", "a UN-designated group", "the NATO-hosted talks", "Kenya-related
// issues" name the body or the place and keep it out of the next name ("the EU-supported Kivu Task Force" is
// the "Kivu Task Force"); a common word before the hyphen ("Purpose-built", "Newly-appointed") names nothing.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

const doc = (...lines: string[]) => extract(lines.join('\n'));

describe('a name opening a compound adjective with a participle', () => {
  it('when a body or a place opens it, then that one is named and the next name stands alone', () => {
    const d = doc(
      'Mission extended',
      'Troops joined the EU-supported Kivu Task Force on Monday, and Kenya-related issues were raised.',
      'The NATO-hosted talks ended, and Canada-drafted proposals were tabled against a UN-designated group.',
    );
    const orgs = namesOf(d, 'Organization');
    expect(orgs).toContain('European Union');
    expect(orgs).toContain('Kivu Task Force');
    expect(orgs).toContain('NATO');
    expect(orgs).toContain('United Nations');
    expect(orgs.some((n) => n.includes('supported'))).toBe(false);
    const places = namesOf(d, 'Place');
    expect(places).toContain('Kenya');
    expect(places).toContain('Canada');
  });

  it('when a common word opens it, then nothing is named', () => {
    const d = doc(
      'Camps opened',
      'Purpose-built camps opened near the border. Newly-appointed envoys arrived, and Hand-built boats sank.',
    );
    expect(d.entities).toEqual([]);
  });
});
