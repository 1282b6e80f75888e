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

describe('a copula joined later to the list of states that opens the sentence', () => {
  it('reads "A, B and C were … but are now NATO and EU members" and "… and are now members of both X and Y"', () => {
    const r = extractChecked(
      'Old republics',
      'Croatia, Slovenia and Montenegro were once ruled from Belgrade but are now NATO and European Union members. ' +
        'Finland and Sweden stayed neutral for decades and are now members of both NATO and the Council of Europe.',
    );
    for (const s of ['Croatia', 'Slovenia', 'Montenegro'])
      for (const b of ['NATO', 'European Union']) expect(r.rels).toContain(`${s} MEMBER_OF ${b}`);
    for (const s of ['Finland', 'Sweden']) expect(r.rels).toContain(`${s} MEMBER_OF NATO`);
    expect(r.ruleOf('Croatia MEMBER_OF NATO')).toBe('relations/state-members:joined-copula-members');
  });

  it('makes no member when the later verb has its own subject, a negation, or no member noun', () => {
    const r = extractChecked(
      'No membership',
      'Serbia and Belarus criticised the European Union but are not NATO members. ' +
        'Cuba and Venezuela met officials of the European Union, which are now working on aid. ' +
        'Armenia and Georgia held talks with NATO and were then quiet.',
    );
    expect(r.rels.filter((x) => / MEMBER_OF /.test(x))).toEqual([]);
  });
});

describe('a bloc and the list of its states in brackets or after a dash', () => {
  it('reads "the A, B, C and D (BLOC) bloc" and "BLOC countries (A, B and C)"', () => {
    const r = extractChecked(
      'Bloc summit',
      'Leaders of the Argentina, Brazil, Paraguay and Uruguay (Mercosur) bloc met on Monday. ' +
        'Trade among ASEAN countries (Malaysia, Singapore and Thailand) grew.',
    );
    for (const s of ['Argentina', 'Brazil', 'Paraguay', 'Uruguay'])
      expect(r.rels).toContain(`${s} MEMBER_OF Mercosur`);
    for (const s of ['Malaysia', 'Singapore', 'Thailand']) expect(r.rels).toContain(`${s} MEMBER_OF ASEAN`);
    expect(r.ruleOf('Argentina MEMBER_OF Mercosur')).toBe('relations/state-members:bracketed-bloc');
  });

  it('makes no member of a body in brackets after two parties, nor of "BLOC countries, A and B"', () => {
    const r = extractChecked(
      'Talks',
      'Talks between Russia and Ukraine (OSCE) ended on Monday. EU countries, Russia and Turkey signed the deal.',
    );
    expect(r.rels.filter((x) => / MEMBER_OF /.test(x))).toEqual([]);
  });
});

describe('a bloc whose verb names its states', () => {
  it('reads "BLOC consists of|comprises A, B and C" after other sentences', () => {
    const r = extractChecked(
      'Bloc ministers',
      'Ministers will meet on Friday. Mercosur consists of Argentina, Brazil, Paraguay and Uruguay.',
    );
    for (const s of ['Argentina', 'Brazil', 'Paraguay', 'Uruguay'])
      expect(r.rels).toContain(`${s} MEMBER_OF Mercosur`);
    expect(r.ruleOf('Brazil MEMBER_OF Mercosur')).toBe('relations/appositions:made-up-of');
  });

  it('makes no member of people a body consists of, nor of what follows a plain verb', () => {
    const r = extractChecked(
      'Delegation',
      'The delegation of the African Union consists of Amara Diallo and Kofi Mensah. NATO welcomed Finland and Sweden.',
    );
    expect(r.rels.filter((x) => / MEMBER_OF /.test(x))).toEqual([]);
  });
});
