// An aside between a speaker and the verb of saying that tells where, when or in what act the speaker
// spoke ("X, speaking alongside Y, said", "X, in a call with Y, said", "X, commenting on Y's remarks,
// said"): a name inside it is no subject (speech-subject.ts ASIDE, reporting-clause.ts, speakers.ts
// subjectPhraseBefore). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

const speaker = (body: string, start: string) => speakerOf(extractChecked('Talks held', body).d, start);

describe('a name inside an aside of the circumstance is not the speaker', () => {
  it.each([
    [
      'Turkish Foreign Minister Hakan Fidan, speaking alongside Iranian Foreign Minister Abbas Araghchi, said: “We are ready to mediate.”',
      'Hakan Fidan',
    ],
    [
      'Italian Prime Minister Giorgia Meloni, in a phone call with Indian Prime Minister Narendra Modi, said the partnership was “strategic”.',
      'Giorgia Meloni',
    ],
    [
      'Italian Prime Minister Giorgia Meloni, after meeting Ukrainian President Volodymyr Zelensky in Rome, said Italy would “stand by Ukraine”.',
      'Giorgia Meloni',
    ],
    [
      "Pakistan's Foreign Office spokesperson Mumtaz Zahra Baloch, responding to a question about remarks by Indian Defence Minister Rajnath Singh, said they were “irresponsible”.",
      'Mumtaz Zahra Baloch',
    ],
    [
      'Russian Foreign Ministry spokeswoman Maria Zakharova, commenting on the statement of Estonian Prime Minister Kaja Kallas, said it was “pure provocation”.',
      'Maria Zakharova',
    ],
    [
      'Chilean President Gabriel Boric, during a visit to Argentine President Javier Milei in Buenos Aires, told reporters the talks were “very frank”.',
      'Gabriel Boric',
    ],
  ])('%s', (body, who) => {
    const d = extractChecked('Talks held', body).d;
    expect(d.statements).toHaveLength(1);
    expect(speakerOf(d, d.statements[0]!.quote.slice(0, 8))).toBe(who);
  });
});

describe('what is no such aside', () => {
  it('an aside that holds the verb of saying itself ("X, in a press conference said, “…”")', () => {
    expect(
      speaker(
        'Indian External Affairs Ministry spokesperson Raveesh Kumar, in a press conference said, “We take note of their concerns.”',
        'We take note',
      ),
    ).toBe('Raveesh Kumar');
  });

  it('a speaker after the aside ("On Monday, in Brussels, X said")', () => {
    expect(
      speaker(
        'On Monday, in Brussels, EU foreign policy chief Kaja Kallas said the sanctions were “long overdue”.',
        'long overdue',
      ),
    ).toBe('Kaja Kallas');
  });

  it('an opening participle ("Speaking alongside Y, X said")', () => {
    expect(
      speaker(
        'Speaking alongside Iranian Foreign Minister Abbas Araghchi, Turkish Foreign Minister Hakan Fidan said: “We are ready to mediate.”',
        'We are ready',
      ),
    ).toBe('Hakan Fidan');
  });

  it('a relative clause after a preposition keeps its own subject ("…, after which Y said")', () => {
    expect(
      speaker(
        'Estonian Prime Minister Kaja Kallas met Latvian Foreign Minister Baiba Braze in Riga, after which Braze said the talks were “useful”.',
        'useful',
      ),
    ).toBe('Baiba Braze');
  });
});
