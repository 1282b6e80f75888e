// Role pairs, on sentences written for the test: what a name is said to be inside a quotation (an
// apposition, an envoy's posting), a name set in brackets after its role ("the ambassador to Rome (X)"),
// "his deputy, Y" (DEPUTY_OF the one "his" stands for), and a role after a name that is read only across
// capitalised words, never across a clause; an envoy's posting across an honorific ("… to Norway Mr.
// X"). Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;

describe('roles inside quotations', () => {
  it('reads an envoy apposition in a quoted tweet', () => {
    const r = run(
      'Ambassador recalled',
      '"The government has decided to call Tomas Ferreira – Ambassador of the Republic of Paraguay in Norway – to Asuncion," the foreign minister Elena Duarte wrote on Monday.',
    );
    const m = r.rels.find((x) => /^Tomas Ferreira AMBASSADOR_TO /.test(x));
    expect(m).toBe('Tomas Ferreira AMBASSADOR_TO Norway');
    expect(r.ruleOf(m!)).toBe('relations/envoys:role-of-name');
  });
});

describe('a name in brackets after its role', () => {
  it('makes the envoy named in brackets the ambassador to the capital’s country', () => {
    const r = run(
      'Envoy criticised',
      'Czech ministry spokesman Karel Novak said the conduct of the Danish ambassador to Prague (Lars Holm) was unusual.',
    );
    expect(r.rels).toContain('Lars Holm AMBASSADOR_TO Czech Republic');
    expect(r.names).toContain('Place Czech Republic');
  });
});

describe('his deputy', () => {
  it('gives the deputy to the person "his" stands for, not to an object before it', () => {
    const r = run(
      'Spokesman leaves',
      'Marco Bellini will work directly with Minister Sofia Conti next month and will be replaced by his deputy, Luca Ferri, until a successor is named.',
    );
    expect(r.rels).toContain('Luca Ferri DEPUTY_OF Marco Bellini');
    expect(r.rels.filter((x) => / DEPUTY_OF /.test(x))).toHaveLength(1);
  });

  it('reads the person named in an opening phrase', () => {
    const r = run(
      'Diplomat summoned',
      'With the Swedish ambassador Anna Berg away, his deputy Nils Ek was summoned to the Foreign Ministry on Sunday.',
    );
    expect(r.rels).toContain('Nils Ek DEPUTY_OF Anna Berg');
  });
});

describe('an envoy role after a name', () => {
  it('does not read a posting across a clause of lower-case words', () => {
    const r = run(
      'Envoy expelled',
      '"After the expulsion of our ambassador to Chad, today we asked Chad\'s ambassador to Berlin, Idriss Mahamat, to leave Germany," the ministry said.',
    );
    expect(r.rels).toContain('Idriss Mahamat AMBASSADOR_TO Germany');
    expect(r.rels.filter((x) => / AMBASSADOR_TO Germany/.test(x))).toHaveLength(1);
  });
});

describe('an envoy role before a name', () => {
  it('reads the posting across an honorific before the name', () => {
    const r = run(
      'Envoy received',
      'Foreign Minister Elena Duarte received Paraguayan Ambassador to Norway Mr. Tomas Ferreira on Monday.',
    );
    expect(r.rels).toContain('Tomas Ferreira AMBASSADOR_TO Norway');
    expect(r.ruleOf('Tomas Ferreira AMBASSADOR_TO Norway')).toBe('relations/envoys:role-of-name');
  });
});

describe('members by the role an apposition gives', () => {
  it('gives a role after two bodies joined by "and" to each', () => {
    const r = run(
      'Spokesman leaves',
      'Hanna Lind, a World Bank and International Monetary Fund staffer, will leave the post next month.',
    );
    expect(r.rels).toEqual(
      expect.arrayContaining([
        'Hanna Lind MEMBER_OF World Bank',
        'Hanna Lind MEMBER_OF International Monetary Fund',
      ]),
    );
  });

  it('makes a state a member of the bodies its apposition names', () => {
    const r = run(
      'Diplomats expelled',
      'Estonia, an EU and NATO member, expelled three Belarusian diplomats on Monday.',
    );
    expect(r.rels).toEqual(
      expect.arrayContaining(['Estonia MEMBER_OF European Union', 'Estonia MEMBER_OF NATO']),
    );
    expect(r.ruleOf('Estonia MEMBER_OF NATO')).toBe('relations/appositions:state-member');
  });

  it('reads a body named through its owner’s possessive', () => {
    const r = run(
      'Officials sanctioned',
      'The list names Omar Haddad, the commander of the Republic of Freedonia’s Coastal Defence Forces, and two others.',
    );
    expect(r.rels).toContain('Omar Haddad LEADS Coastal Defence Forces');
  });
});

describe('a body, a title and a name', () => {
  it('reads "member" as a title after a party', () => {
    const r = run('Diplomat expelled', 'Labour Party member Ruth Abbott said the decision was overdue.');
    expect(r.rels).toContain('Ruth Abbott MEMBER_OF Labour Party');
  });

  it('reads a title after a body and its acronym in brackets', () => {
    const r = run(
      'Sanctions announced',
      'Moscow announced sanctions on the International Criminal Court (ICC) prosecutor, Alain Dubois, on Friday.',
    );
    expect(r.rels).toContain('Alain Dubois MEMBER_OF International Criminal Court');
  });
});
