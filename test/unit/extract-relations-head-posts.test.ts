// The posts that head a body, one shared list (role-nouns.ts HEAD_POST_WORDS) read by the titles before a
// name (relations/titles.ts) and the roles in apposition (relations/appositions.ts): "NATO Secretary
// General X", "<Authority> General Manager X", "X, general secretary of the <party>" lead; a deputy, and
// the head of a part of the body ("EU trade chief X"), are members. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

describe('a head post written as a title before the name', () => {
  it('makes the holder of a capitalised head post lead the body', () => {
    const r = extractChecked(
      'Airport reopens',
      'Port Harcourt Airport Authority General Manager Emeka Obi said flights resumed on Monday.',
    );
    expect(r.rels).toContain('Emeka Obi LEADS Port Harcourt Airport Authority');
    expect(r.rels).not.toContain('Emeka Obi MEMBER_OF Port Harcourt Airport Authority');
  });

  it('makes a lower-case head post right after the body lead it', () => {
    const r = extractChecked('Firm cuts jobs', 'Veltrix Corporation chief Dana Moreau announced the cuts.');
    expect(r.rels).toContain('Dana Moreau LEADS Veltrix Corporation');
  });

  it('keeps a deputy and the head of a part of the body members', () => {
    const r = extractChecked(
      'Bloc answers',
      'NATO Deputy Secretary General Piet Vermeer spoke first. EU trade policy chief Irene Kallas answered.',
    );
    expect(r.rels).toContain('Piet Vermeer MEMBER_OF NATO');
    expect(r.rels).not.toContain('Piet Vermeer LEADS NATO');
    expect(r.rels).toContain('Irene Kallas MEMBER_OF European Union');
    expect(r.rels).not.toContain('Irene Kallas LEADS European Union');
  });
});

describe('a head post in apposition', () => {
  it('reads a two-word head post before "of" the body', () => {
    const r = extractChecked(
      'Party congress',
      'Tomas Varga, general secretary of the Unity Party of Moravia, opened the congress.',
    );
    expect(r.rels).toContain('Tomas Varga LEADS Unity Party of Moravia');
  });

  it('keeps a one-word member post a member', () => {
    const r = extractChecked(
      'Party congress',
      'Tomas Varga, secretary of the Unity Party of Moravia, opened the congress.',
    );
    expect(r.rels).toContain('Tomas Varga MEMBER_OF Unity Party of Moravia');
    expect(r.rels).not.toContain('Tomas Varga LEADS Unity Party of Moravia');
  });
});
