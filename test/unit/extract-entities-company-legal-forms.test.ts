// A company named with its legal form as the last word ("Orbis Trade FZE", "Kestrel Marine Services LLC",
// "Volga Grain JSC", "Nova Petro DMCC"), on invented text: the legal form is a body's head word
// (lexicon ORG_HEADS), so the whole name is one organisation, never a person ("Petro Grand FZE") nor a
// person of its last two words ("Trading LLC"); a name with no legal form is left as before.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

const doc = (...lines: string[]) => extract(lines.join('\n'));

describe('a company named with its legal form', () => {
  it('when the name ends in LLC, FZE, DMCC, JSC or PLC, then it is one organisation', () => {
    const d = doc(
      'Firms sanctioned',
      'The Treasury designated Kestrel Marine Services LLC and Orbis Trade FZE on Tuesday.',
      'Dubai-based Nova Petro DMCC was also listed, and Volga Grain JSC said it would appeal.',
      'Investors in Harwell Mining PLC were told to sell.',
    );
    const orgs = namesOf(d, 'Organization');
    for (const name of [
      'Kestrel Marine Services LLC',
      'Orbis Trade FZE',
      'Nova Petro DMCC',
      'Volga Grain JSC',
      'Harwell Mining PLC',
    ])
      expect(orgs).toContain(name);
    expect(namesOf(d, 'Person')).toEqual([]);
  });

  it('when a given name opens the company name, then it is still no person', () => {
    const d = doc(
      'Oil traders listed',
      'The targeted companies are Petro Grand FZE and Alam Althrwa General Trading LLC, officials said.',
    );
    expect(namesOf(d, 'Organization')).toEqual(
      expect.arrayContaining(['Petro Grand FZE', 'Alam Althrwa General Trading LLC']),
    );
    expect(namesOf(d, 'Person')).toEqual([]);
  });

  it('when a person is named beside a company, then the person stays a person', () => {
    const d = doc(
      'Director designated',
      'The company’s director, Rahul Menon, was also designated along with Orbis Trade FZE.',
    );
    expect(namesOf(d, 'Person')).toEqual(['Rahul Menon']);
    expect(namesOf(d, 'Organization')).toContain('Orbis Trade FZE');
  });
});
