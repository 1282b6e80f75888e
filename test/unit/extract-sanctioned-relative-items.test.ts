// A person named inside the relative clause of a sanctions list's item is no target (session 32): "Those
// sanctioned include Judge A, who jailed opposition leader B, and prosecutor C" (A and C are), the same
// with the clause set off by dashes, and a victim a sentence after the sanctions names. Every sentence
// here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const sanctionedBy = (rels: string[], by: string) =>
  rels.filter((r) => r.startsWith(`${by} SANCTIONED `)).map((r) => r.slice(`${by} SANCTIONED `.length));

describe('no target inside an item’s relative clause', () => {
  it('when "Those sanctioned include Judge A, who jailed opposition leader B, and prosecutor C", then A and C but not B are sanctioned', () => {
    const { rels } = run(
      'EU acts on Belarus',
      'The European Union has imposed sanctions on 12 Belarusian judges and prosecutors.\n\nThose sanctioned include Judge Marina Fedorova, who jailed opposition leader Maria Kolesnikova, and prosecutor Ivan Petrov.',
    );
    const by = sanctionedBy(rels, 'European Union');
    expect(by).toEqual(expect.arrayContaining(['Marina Fedorova', 'Ivan Petrov']));
    expect(by).not.toContain('Maria Kolesnikova');
  });

  it('when "They include judge A – who sentenced activist B – and prosecutor C", then B is not sanctioned', () => {
    const { rels } = run(
      'Canada acts on Iran',
      'Canada imposed sanctions on nine Iranian officials on Wednesday.\n\nThey include judge Mohammad Moghiseh – who sentenced activist Narges Mohammadi – and prosecutor Ali Salehi.',
    );
    const by = sanctionedBy(rels, 'Canada');
    expect(by).toEqual(expect.arrayContaining(['Mohammad Moghiseh', 'Ali Salehi']));
    expect(by).not.toContain('Narges Mohammadi');
  });

  it('when "The officials are accused of the death of A, who died in custody", then A is not sanctioned', () => {
    const { rels } = run(
      'Canada acts on Iran',
      'Canada imposed sanctions on seven Iranian officials on Wednesday.\n\nThe officials are accused of the death of Mahsa Amini, who died in police custody.',
    );
    expect(sanctionedBy(rels, 'Canada')).not.toContain('Mahsa Amini');
  });
});
