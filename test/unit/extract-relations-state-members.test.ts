// States a sentence calls members of a body outside an apposition: a copula ("A and B are NATO members",
// "are both members of NATO") and a body described after "is a … made up of". Every sentence here is
// invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

describe('states called members of a body', () => {
  it('reads "A, B and C are NATO and European Union members": each state a member of each body', () => {
    const r = extractChecked(
      'Baltic states protest',
      'Latvia, Lithuania and Estonia are NATO and European Union members. They protested on Monday.',
    );
    for (const s of ['Latvia', 'Lithuania', 'Estonia'])
      for (const b of ['NATO', 'European Union']) expect(r.rels).toContain(`${s} MEMBER_OF ${b}`);
    expect(r.ruleOf('Latvia MEMBER_OF NATO')).toBe('relations/state-members:copula-members');
  });

  it('reads "A and B are both members of NATO"', () => {
    const r = extractChecked(
      'Alliance talks',
      'Denmark and Norway are both members of NATO, the ministers said.',
    );
    expect(r.rels).toContain('Denmark MEMBER_OF NATO');
    expect(r.rels).toContain('Norway MEMBER_OF NATO');
  });

  it('makes no member of a body named as a partner in talks', () => {
    const r = extractChecked('Talks fail', 'The talks between NATO members and Russia failed on Monday.');
    expect(r.rels.filter((x) => / MEMBER_OF /.test(x))).toEqual([]);
  });

  it('reads a body that "is a bloc made up of A, B and C"', () => {
    const r = extractChecked(
      'Bloc meets',
      'ASEAN is a regional bloc made up of Indonesia, Vietnam and Laos. Its ministers met on Monday.',
    );
    for (const s of ['Indonesia', 'Vietnam', 'Laos']) expect(r.rels).toContain(`${s} MEMBER_OF ASEAN`);
  });
});

describe('states named after "<body> members"', () => {
  it('reads "NATO members A, B and C" and "EU member states A and B"', () => {
    const r = extractChecked(
      'Diplomats expelled',
      'Fellow NATO members Poland, Estonia and Latvia expelled Russian diplomats. EU member states Greece and Cyprus did not.',
    );
    for (const s of ['Poland', 'Estonia', 'Latvia']) expect(r.rels).toContain(`${s} MEMBER_OF NATO`);
    for (const s of ['Greece', 'Cyprus']) expect(r.rels).toContain(`${s} MEMBER_OF European Union`);
    expect(r.ruleOf('Poland MEMBER_OF NATO')).toBe('relations/state-members:body-members-named');
  });
});
