// A spokesperson's noun is one regex source in role-nouns.ts (SPOKESPERSON) that the rules' alternations
// use, so "spokesman", "spokeswoman" and "spokesperson" read alike everywhere. Sentences invented.
import { describe, expect, it } from 'vitest';
import { BODY_TITLE, SPOKESPERSON } from '../../server/src/extract/role-nouns.js';
import { extractChecked } from '../helpers/extract-text.js';

describe('the shared spokesperson noun', () => {
  const whole = new RegExp(`^${SPOKESPERSON}$`, 'i');

  it('when the noun is singular of either gender, then it matches', () => {
    for (const w of ['spokesman', 'spokeswoman', 'spokesperson', 'Spokesperson'])
      expect(whole.test(w)).toBe(true);
    expect(new RegExp(`^${BODY_TITLE}$`, 'i').test('spokeswoman')).toBe(true);
  });

  it('when it is a plural or another word, then it does not', () => {
    for (const w of ['spokesmen', 'spokespeople', 'spokes', 'spokeswo']) expect(whole.test(w)).toBe(false);
  });
});

describe('a body’s spokesperson titled before the name', () => {
  it('when any of the three nouns is the title, then the person speaks for the body', () => {
    for (const noun of ['spokesman', 'spokeswoman', 'spokesperson']) {
      const r = extractChecked(
        'Port row',
        `Harbour Authority ${noun} Ana Lind said on Monday that the port would stay closed.`,
      );
      expect(r.rels).toContain('Ana Lind SPOKESPERSON_OF Harbour Authority');
    }
  });

  it('when the title is another one, then no one is a spokesperson', () => {
    const r = extractChecked(
      'Port row',
      'Harbour Authority director Ana Lind said on Monday that the port would stay closed.',
    );
    expect(r.rels.filter((x) => x.includes('SPOKESPERSON_OF'))).toEqual([]);
  });
});

describe('a demonym’s unnamed spokesperson', () => {
  const said = (noun: string) => {
    const { d } = extractChecked(
      'Port row',
      `The Chilean Foreign Ministry protested on Monday. “The port stays closed,” the Chilean ${noun} said.`,
    );
    const st = d.statements.find((s) => s.quote.startsWith('The port'));
    return st && d.entities.find((e) => e.id === st.speaker)?.name;
  };

  it('when the noun is a spokesperson’s, then the country’s body speaks', () => {
    for (const noun of ['spokeswoman', 'spokesperson']) expect(said(noun)).toBe('Chilean Foreign Ministry');
  });

  it('when it is another role, then not through this reading', () => {
    expect(said('director')).not.toBe('Chilean Foreign Ministry');
  });
});
