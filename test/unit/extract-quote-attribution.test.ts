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
