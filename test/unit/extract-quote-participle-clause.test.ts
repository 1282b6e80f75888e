// A participle of saying after a comma (", adding:", ", saying", ", insisting") reports the words of its
// clause's subject, the phrase that opens the sentence, when that phrase is a role, a body's common noun or
// a pronoun the speaker index reads rather than a name ("The spokesperson pointed to …, adding: “…”": the
// body the text named the spokesperson's). Not when a clause of its own opens between the phrase and the
// participle, nor when the opening phrase stands for no one named. Invented text, with negatives.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const statementOf = (title: string, body: string, start: string) => {
  const { d } = extractChecked(title, body);
  const st = d.statements.find((x) => x.quote.startsWith(start));
  return st && { who: d.entities.find((e) => e.id === st.speaker)?.name, rule: st.rule };
};

describe('a participle of saying takes the speaker its sentence opens with', () => {
  it.each([
    [
      'The spokesperson for the Chilean government said on Monday: “The stance on talks remains the same.”\n\nMuch was made of the turnabout.\n\nThe spokesperson pointed to reactions to the remarks, adding: “Some groups were worried.”',
      'Chile',
    ],
    [
      'The Peruvian Foreign Ministry issued a note on Monday.\n\nThe ministry rejected the accusations as baseless, saying that the envoy had acted “within the law”.',
      'Peruvian Foreign Ministry',
    ],
    [
      'Foreign Minister Ana Lopez met the envoy in Lima on Monday.\n\nThe minister then turned to the press, insisting: “We will not back down.”',
      'Ana Lopez',
    ],
    [
      'Foreign Minister Ana Lopez met the envoy in Lima on Monday.\n\nShe later took questions from reporters, stressing: “We will not back down.”',
      'Ana Lopez',
    ],
    [
      'The Kenyan Ministry of Foreign Affairs summoned the envoy on Tuesday.\n\nThe ministry recalled the talks held in Nairobi last year, noting that they had been “frank and useful”.',
      'Kenyan Foreign Ministry',
    ],
  ])('%s → %s', (body, who) => {
    expect(statementOf('Envoy row', body, body.split('“').pop()!.slice(0, 8))?.who).toBe(who);
  });
});

describe('no speaker where the participle has another subject or none named', () => {
  const notByRule = (body: string, start: string) =>
    expect(statementOf('Envoy row', body, start)?.rule).not.toBe('quotes:participle-clause-subject');
  it('a clause of its own between the opening phrase and the participle', () => {
    notByRule(
      'The Iranian Foreign Ministry issued a statement on Monday.\n\nThe ministry statement came after protesters marched on the embassy, calling it a “den of spies”.',
      'den of',
    );
    notByRule(
      'The Iranian Foreign Ministry issued a statement on Monday.\n\nThe ministry was silent while crowds gathered outside, chanting “death to spies”.',
      'death',
    );
  });
  it('an opening phrase that stands for no one named', () => {
    notByRule(
      'Crowds gathered in the capital on Monday.\n\nThousands marched through the streets, chanting and saying “We will not back down.”',
      'We will',
    );
    notByRule(
      'Crowds gathered in the capital on Monday.\n\nA man in the crowd waved a flag, shouting: “We will not back down.”',
      'We will',
    );
  });
  it('a participle far from the quotation, or a second clause between', () => {
    notByRule(
      'The Peruvian Foreign Ministry issued a note on Monday.\n\nThe ministry rejected the accusations, saying little more, and the envoy later called them “absurd”.',
      'absurd',
    );
  });
});
