// Speakers resolved through the text rather than next to the quotation: a role phrase ("the spokesman",
// "the ambassador", "the Chilean foreign minister") as the person the text last introduced with that role; a
// person whose words a body reports ("X said …, the ministry said, that …") as the speaker; "the statement
// said" as the issuer the text introduced the statement with ("a statement issued by X"); a person followed by
// an apposition of role ("X, spokesman for Y's foreign ministry, accused") as the subject; a passive subject
// ("X was called back “…”") as no speaker. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const TITLE = 'Envoys trade barbs over river dam';

/** The speaker's name and rule of the statement whose quotation starts with `start`. */
function credit(body: string, start: string): string | undefined {
  const { d } = extractChecked(TITLE, body);
  const st = d.statements.find((s) => s.quote.startsWith(start));
  return st && `${d.entities.find((e) => e.id === st.speaker)?.name}`;
}

describe('a role phrase as the person last introduced with that role', () => {
  it('when "the spokesman" speaks after a name titled "spokesman for <body>", then that person speaks', () => {
    const body =
      'Lima (XP) - The spokesman for Peru’s foreign ministry Ernesto Valdivia Quispe has said the dam was illegal.\n\n' +
      'Asked about the floods near General Ortega, the spokesman said: "The water belongs to both nations."';
    expect(credit(body, 'The water')).toBe('Ernesto Valdivia Quispe');
  });

  it('when "the ambassador added" follows two persons, then the one given the role in an apposition speaks', () => {
    const body =
      'Marta Oyarzun, the Chilean ambassador to Bolivia, met Tomas Quiroga Ruiz in La Paz on Monday.\n\n' +
      '“We want a joint survey,” the ambassador added.';
    expect(credit(body, 'We want')).toBe('Marta Oyarzun');
  });

  it('when the role names a country ("the Chilean foreign minister"), then only a holder of that country speaks', () => {
    const body =
      'Bolivian Foreign Minister Tomas Quiroga Ruiz spoke first. Chilean Foreign Minister Marta Oyarzun replied.\n\n' +
      'Later the Bolivian foreign minister said the survey was “a trap”.';
    expect(credit(body, 'a trap')).toBe('Tomas Quiroga Ruiz');
  });

  it('when a role follows a name with no closing comma ("…, General X, the spokesman said"), then the role is not that name’s', () => {
    const body =
      'The spokesman for Peru’s foreign ministry Ernesto Valdivia Quispe spoke on Monday.\n\n' +
      'Asked about General Ramon Salas, the spokesman said: "He has no say in this."';
    expect(credit(body, 'He has')).toBe('Ernesto Valdivia Quispe');
  });
});

describe('a person whose words a body reports', () => {
  it('when a person opens the sentence with "said" and a ministry reports it, then the person speaks', () => {
    const body =
      'Peru summoned Chile’s envoy on Monday.\n\n' +
      'Deputy Foreign Minister Ernesto Valdivia Quispe said in a meeting with the envoy, the Peruvian Foreign Ministry said on Monday, that the dam was “a breach of the treaty”.';
    expect(credit(body, 'a breach')).toBe('Ernesto Valdivia Quispe');
  });

  it('when a person opens the sentence with another active verb and "the ministry said" follows, then the person speaks', () => {
    const body =
      'Peru summoned Chile’s envoy on Monday.\n\n' +
      'Ernesto Valdivia Quispe also met the Bolivian ambassador and made “strong representations” over the dam, the Peruvian Foreign Ministry said.';
    expect(credit(body, 'strong representations')).toBe('Ernesto Valdivia Quispe');
  });

  it('when the person opening the sentence is the passive subject, then the body keeps the words', () => {
    const body =
      'The Peruvian Foreign Ministry summoned Chile’s envoy on Monday.\n\n' +
      'Marta Oyarzun was handed a note over the “illegal works” on the river, the Peruvian Foreign Ministry said.';
    expect(credit(body, 'illegal works')).toBe('Peruvian Foreign Ministry');
  });
});

describe('"the statement said" as the issuer the text introduced it with', () => {
  it('when "a statement issued by <body>" comes before and an outlet speaks between, then the body speaks', () => {
    const body =
      'Lima expelled two Chilean diplomats.\n\n' +
      'This was announced in a statement issued by the Peruvian Foreign Ministry on Friday.\n\n' +
      'According to the statement, the envoys were handed a note, Reuters said.\n\n' +
      '“Any further works on the river will meet a firm response,” the statement said.';
    expect(credit(body, 'Any further')).toBe('Peruvian Foreign Ministry');
  });

  it('when "<country> issued a statement" is all the text says, then the country is not made the issuer', () => {
    const body =
      'The Peruvian Foreign Ministry summoned the Chilean envoy.\n\n' +
      'Peru issued a statement on Friday.\n\n' +
      '“Any further works on the river will meet a firm response,” the statement said.';
    expect(credit(body, 'Any further')).toBe('Peruvian Foreign Ministry');
  });
});

describe('an apposition of role between a person and the verb', () => {
  it('when "X, spokesman for <country>’s foreign ministry, accused …", then the person speaks, not the ministry', () => {
    const body =
      'Peru expelled two Chilean diplomats.\n\n' +
      'Ernesto Valdivia Quispe, spokesman for Peru’s foreign ministry, accused Chile of “years of bad faith”.';
    expect(credit(body, 'years of bad faith')).toBe('Ernesto Valdivia Quispe');
  });
});

describe('a passive verb of saying', () => {
  it('when "X was called back “…”", then X is not credited with the words', () => {
    const body =
      'Chile recalled its envoy.\n\nAmbassador Marta Oyarzun was called back “for consultations”, the broadcaster said.';
    expect(credit(body, 'for consultations')).not.toBe('Marta Oyarzun');
  });
});
