// A capitalised title "of" a body run into the name with no comma (relations/title-of-body.ts): "Deputy
// Chairman of the Security Council X" (a member), "Director of the <Service> X" (the head); and the head of
// a body's part in apposition (relations/appositions.ts): "X, head of the <party>'s youth department" is a
// member of the party, not its head. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

describe('a capitalised title of a body right before the name', () => {
  it('makes a head post lead the body and a deputy a member', () => {
    const r = extractChecked(
      'Decree signed',
      'The decree was signed by Director of the Federal Customs Service Pavel Orlov. It was read by Deputy Chairman of the Security Council Ivan Belov.',
    );
    expect(r.rels).toContain('Pavel Orlov LEADS Federal Customs Service');
    expect(r.rels).toContain('Ivan Belov MEMBER_OF Security Council');
    expect(r.rels).not.toContain('Ivan Belov LEADS Security Council');
  });

  it('lets a one-word title stand between the body and the name', () => {
    const r = extractChecked(
      'Talks in Doha',
      'The talks were held with Chairman of the Emiri Diwan Office Sheikh Khalid Al-Mannai on Sunday.',
    );
    expect(r.rels.filter((x) => x.startsWith('Khalid Al-Mannai LEADS'))).toHaveLength(1);
  });

  it('reads no title from a lower-case clause or a comma-free verb', () => {
    const r = extractChecked(
      'Council meets',
      'Members of the Security Council Ivan Belov had criticised stayed silent. The statement of the Federal Customs Service Pavel Orlov rejected was late.',
    );
    expect(r.rels.filter((x) => /(?:LEADS|MEMBER_OF)/.test(x))).toEqual([]);
  });
});

describe('the head of a part of a body, in apposition', () => {
  it('makes the head of the owner’s department a member of the owner', () => {
    const r = extractChecked(
      'Party delegation',
      'Mara Velic, head of the Unity Party of Moravia’s international department, met the delegation.',
    );
    expect(r.rels).toContain('Mara Velic MEMBER_OF Unity Party of Moravia');
    expect(r.rels).not.toContain('Mara Velic LEADS Unity Party of Moravia');
  });

  it('still makes the head of the body itself lead it', () => {
    const r = extractChecked(
      'Party delegation',
      'Mara Velic, head of the Unity Party of Moravia, met the delegation.',
    );
    expect(r.rels).toContain('Mara Velic LEADS Unity Party of Moravia');
  });
});

describe('a spokesperson’s capitalised title of a body right before the name', () => {
  it('makes the spokesperson speak for the body', () => {
    const r = extractChecked(
      'Ministry answers',
      'Spokeswoman of the Federal Customs Service Irina Volkova rejected the report.',
    );
    expect(r.rels).toContain('Irina Volkova SPOKESPERSON_OF Federal Customs Service');
    expect(r.rels).not.toContain('Irina Volkova MEMBER_OF Federal Customs Service');
  });
});
