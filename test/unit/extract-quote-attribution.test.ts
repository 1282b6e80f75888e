// Quote attribution across a paragraph and role speakers (issue 9, third batch), on invented text: a
// quotation standing alone after "He stressed that …", a possessive owner that is no subject, role
// phrases ("the Kremlin spokesman", "Mr Ambassador", a headline's "Minister:") resolved to the person who
// holds the role in the article.
import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from '../helpers/extract-text.js';

describe('a quotation standing alone', () => {
  it('when the paragraph before reports a pronoun speaker, then the quotation is the pronoun’s person', () => {
    const d = extract(
      [
        'Minister visits Vilnius',
        'Slovak Foreign Minister Juraj Blanar met his Lithuanian counterpart in Vilnius on Monday.',
        'He emphasised that the two countries share the same concerns about security in the region.',
        '"We are neighbours in the same alliance and we will act together when it matters most to our people,',
      ].join('\n'),
    );
    expect(speakerOf(d, 'We are neighbours')).toBe('Juraj Blanar');
  });

  it('when a possessive owner stands before a speech verb, then the owner is not the speaker', () => {
    const d = extract(
      [
        'New envoys in Lima',
        'The new Italian Ambassador Marco Venturi said that President Boluarte’s recent visit to Rome underlined the ties between the countries.',
        '“Among my first tasks is the trade between our two countries and the exchange of students,”',
      ].join('\n'),
    );
    expect(speakerOf(d, 'Among my first tasks')).toBe('Marco Venturi');
  });
});

describe('role phrases as speakers', () => {
  it('when a possessive country owns a title and a later role phrase opens the clause, then the participle’s quotation is that person’s', () => {
    const d = extract(
      [
        'Minister speaks to Danish radio',
        'In an interview with the Danish broadcaster DR, Bolivia’s acting Foreign Minister Celinda Sosa Lunda said her country wants closer ties with Europe.',
        'However, the new Bolivian foreign minister also gave the European Union some advice during the interview, saying “Our partners should listen before they judge our choices.”',
      ].join('\n'),
    );
    expect(speakerOf(d, 'Our partners should listen')).toBe('Celinda Sosa Lunda');
  });
});

describe('a role in place of a name', () => {
  it('when a spokesman introduced by an apposition is later "the Elysee spokeswoman", then her quotation is hers', () => {
    const d = extract(
      [
        'Paris prepares a call',
        'Claire Dubreuil, the press secretary of the French president, told reporters that a call with Kyiv was planned.',
        '"This is an important conversation for both countries," the Elysee spokeswoman said.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'This is an important conversation')).toBe('Claire Dubreuil');
  });

  it('when a headline gives words to "Ambassador:" and the text to "Mr Ambassador", then both are the one ambassador’s', () => {
    const d = extract(
      [
        'Ambassador: "Kenya and Peru are close partners"',
        '"Our ties are an example for the region", said Peruvian Ambassador to Kenya Luis Quispe Mamani at a press conference.',
        '"I had a good meeting with the foreign minister and we agreed to meet again in the spring," said Mr Ambassador.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'Kenya and Peru are close partners')).toBe('Luis Quispe Mamani');
    expect(speakerOf(d, 'I had a good meeting')).toBe('Luis Quispe Mamani');
  });
});

describe('attribution clauses', () => {
  it('when a name and its apposition come before the verb, or a verb before a role-titled name, then the name speaks', () => {
    const d = extract(
      [
        'Moscow answers Riga',
        '"We will respond in kind," Irina Volkova, spokeswoman for the Belarusian Foreign Ministry, said on Thursday.',
        '"The relations are at their lowest point," says Ghanaian diplomat Kwame Asante Boateng.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'We will respond')).toBe('Irina Volkova');
    expect(speakerOf(d, 'The relations are')).toBe('Kwame Asante Boateng');
  });

  it('when a country’s government is the subject of the speech verb, then the country speaks', () => {
    const d = extract(
      [
        'Envoy expelled',
        'Bolivia’s government said in a statement that the envoy was "persona non grata".',
      ].join('\n'),
    );
    expect(speakerOf(d, 'persona non grata')).toBe('Bolivia');
  });
});
