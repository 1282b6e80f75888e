// Relations of stance and of carried words that no event stands behind, on sentences written for the test:
// a critical quotation's speaker and the party its judging clause is about (relations/quote-stance.ts);
// verbs that object only to an act ("rejects the statements of X"); an act's doer after "by" in the
// object; "remarks made by X against Y"; "X's support for Y"; outlets by their reporting position
// (relations/sources.ts). Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const critics = (rels: string[]) => rels.filter((x) => / CRITICIZED /.test(x));

describe('a critical quotation', () => {
  it("gives its speaker's criticism of the judged clause's subject", () => {
    const r = run(
      'Envoy called in',
      'Peruvian Foreign Minister Ana Ruiz spoke on Monday. "The Chilean government has taken a hostile step," Ruiz said.',
    );
    expect(critics(r.rels)).toContain('Ana Ruiz CRITICIZED Chile');
    expect(r.ruleOf('Ana Ruiz CRITICIZED Chile')).toBe('relations/quote-stance:judged-subject');
  });

  it('reads the subject after the verb of saying', () => {
    const r = run('Ties cut', 'Ana Ruiz said on Monday that Chile was making a "grave mistake".');
    expect(critics(r.rels)).toContain('Ana Ruiz CRITICIZED Chile');
  });

  it('reads the possessor right before a judging quotation', () => {
    const r = run('Ties cut', 'Ana Ruiz said the sanctions showed Chile\'s "hostile" policy towards Peru.');
    expect(critics(r.rels)).toContain('Ana Ruiz CRITICIZED Chile');
    expect(critics(r.rels)).not.toContain('Ana Ruiz CRITICIZED Peru');
  });

  it('reads the possessor of the act right after the judging word', () => {
    const r = run(
      'Envoys expelled',
      'Peruvian Foreign Minister Ana Ruiz spoke on Monday. Ruiz said Peru considers "deeply regrettable" Chile\'s decision to expel the diplomats.',
    );
    expect(critics(r.rels)).toContain('Ana Ruiz CRITICIZED Chile');
    expect(r.ruleOf('Ana Ruiz CRITICIZED Chile')).toBe('relations/quote-stance:judged-after');
  });

  it('takes no possessor that owns no act after the word', () => {
    const r = run(
      'Envoys expelled',
      'Peruvian Foreign Minister Ana Ruiz spoke on Monday. Ruiz said the expulsions were "deeply regrettable" Chile\'s envoy told her.',
    );
    expect(critics(r.rels)).not.toContain('Ana Ruiz CRITICIZED Chile');
  });

  it('reads "unhelpful" and "unproductive" as judging words', () => {
    const r = run(
      'Envoys expelled',
      'Peruvian Foreign Minister Ana Ruiz spoke on Monday. "The Chilean move is unhelpful and unproductive," Ruiz said.',
    );
    expect(critics(r.rels)).toContain('Ana Ruiz CRITICIZED Chile');
  });

  it('never targets the speaker’s own side, nor a quotation with no judging word', () => {
    const r = run(
      'Talks',
      'Peru summoned the envoy on Monday. "Peru will defend its interests," the Peruvian Foreign Ministry said. "Chile has been a good partner," it added.',
    );
    expect(critics(r.rels)).toEqual([]);
  });
});

describe('verbs that object to an act', () => {
  it('reads "rejects the statements of X" and "lamented X\'s decision"', () => {
    const r = run(
      'Ties cut',
      "Peru categorically rejects the statements of Gabriel Boric. The European Union lamented Chile's decision on Monday.",
    );
    expect(r.rels).toContain('Peru CRITICIZED Gabriel Boric');
    expect(r.rels).toContain('European Union CRITICIZED Chile');
  });

  it('takes no plain object of "rejected"', () => {
    const r = run('Talks', 'Peru rejected Chile on Monday.');
    expect(critics(r.rels)).toEqual([]);
  });

  it('reads the doer after "by" inside the object', () => {
    const r = run('Sanctions', 'Ana Ruiz has slammed the sanctions imposed on her by Chile.');
    expect(r.rels).toContain('Ana Ruiz CRITICIZED Chile');
  });

  it('reads a headline verb in title case', () => {
    const r = run('Peru Accuses Chile Of Meddling', 'Peru accused Chile of meddling on Monday.');
    expect(r.rels).toContain('Peru ACCUSED Chile');
  });
});

describe('remarks about someone, support for someone', () => {
  it('reads "remarks made by X against Y" in a sentence that objects to them', () => {
    const r = run(
      'Envoy called in',
      'Peru summoned the envoy to protest derogatory remarks made by Chilean officials against President Gabriel Boric.',
    );
    expect(r.rels).toContain('Chile CRITICIZED Gabriel Boric');
  });

  it('reads "X\'s support for Y"', () => {
    const r = run('Aid', "He reiterated Peru's support for Ukraine on Monday.");
    expect(r.rels).toContain('Peru SUPPORTED Ukraine');
  });
});

describe('outlets by their position', () => {
  it('reads "a statement picked up by X" whatever the outlet\'s name', () => {
    const r = run(
      'Envoy',
      'A spokeswoman for the Peruvian Foreign Ministry said the envoy would leave, in a statement picked up by ORF.',
    );
    expect(r.rels).toContain('Peruvian Foreign Ministry QUOTED_BY ORF');
  });
});

describe('the owner of a judged act', () => {
  it("reads the possessor a word or two before the judging word in the speaker's quotation", () => {
    const r = run(
      'Diplomats expelled',
      'Paraguay expelled two diplomats on Friday. “This is Uruguay’s latest unhelpful and unproductive step,” Foreign Minister Rosa Vera said.',
    );
    expect(critics(r.rels)).toContain('Rosa Vera CRITICIZED Uruguay');
    expect(r.ruleOf('Rosa Vera CRITICIZED Uruguay')).toBe('relations/quote-stance:judged-owner');
  });

  it('takes no possessor whose own thing the word does not qualify', () => {
    const r = run(
      'Border talks',
      '“The patrol entered Uruguay’s territorial waters in a blatant way,” Foreign Minister Rosa Vera said.',
    );
    expect(critics(r.rels)).not.toContain('Rosa Vera CRITICIZED Uruguay');
  });
});

describe('an objection voiced over an act', () => {
  it('makes the one who lodged or conveyed it the critic of the act’s owner', () => {
    const r = run(
      'Envoy summoned',
      'Deputy Foreign Minister Rosa Vera summoned the Uruguayan ambassador on Monday. She conveyed Asunción’s “serious concern” over Montevideo’s “unfair” reaction.',
    );
    expect(critics(r.rels)).toContain('Rosa Vera CRITICIZED Montevideo');
    expect(r.ruleOf('Rosa Vera CRITICIZED Montevideo')).toBe('relations/verbs:objected-over');
  });

  it('needs an act with an owner after the preposition', () => {
    const r = run(
      'Envoy summoned',
      'Deputy Foreign Minister Rosa Vera expressed concern over the safety of Uruguay’s diplomats on Monday.',
    );
    expect(critics(r.rels)).toEqual([]);
  });
});
