// "He added" / "she went on" after a quotation: the previous quotation's speaker goes on speaking, a body
// whose unnamed voice the pronoun is or a person the text gave the other pronoun by mistake, unless another
// person was named outside a quotation since (server/src/extract/quotes/added-pronoun.ts).
import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from '../helpers/extract-text.js';

describe('a pronoun whose verb goes on keeps the previous speaker', () => {
  it.each([
    [
      'Norway expelled an Iranian diplomat on Monday after talks with Ali Rezaei.\n\n“The diplomat acted against our national interests,” the Norwegian Foreign Ministry said in a statement.\n\nHe added: “We will not tolerate interference.”',
      'We will not tolerate',
      'Norwegian Foreign Ministry',
    ],
    [
      'Chile recalled its ambassador from Lima, where Pedro Ruiz had protested.\n\n“He has meddled in our affairs,” the Chilean Foreign Ministry said. “He keeps attacking our institutions,” she added.',
      'He keeps attacking',
      'Chilean Foreign Ministry',
    ],
    [
      'Russia ordered Deputy Ambassador John Carter to leave.\n\n“We want to be clear about the departure of John Carter,” Maria Petrova said.\n\nHe added, “It was done in a firm manner.”\n\n“The State Department ignored our request,” he went on.',
      'The State Department ignored',
      'Maria Petrova',
    ],
    [
      'Ghana summoned the envoy of Togo, Kofi Mensah, on Friday.\n\n“This breach is serious,” the Ghanaian Foreign Ministry stated on Friday.\n\nShe also added that the ministry would “review all ties” with Lome.',
      'review all ties',
      'Ghanaian Foreign Ministry',
    ],
  ])('when "%s", then the quotation is the previous speaker’s', (body, quote, speaker) => {
    expect(speakerOf(extract(`Envoy row\n${body}`), quote)).toBe(speaker);
  });

  it('when a person was named since the previous quotation, then the pronoun stands for that person', () => {
    const d = extract(
      'Envoy row\n“We regret the decision,” the Kenyan Foreign Ministry said.\n\nOpposition leader Raila Odinga spoke later in Mombasa. “It was taken without consultation,” he added.',
    );
    expect(speakerOf(d, 'It was taken')).toBe('Raila Odinga');
  });

  it('when the previous quotation’s sentence names a person outside it, then that person may speak', () => {
    const d = extract(
      'Envoy row\nThe Russian Foreign Ministry criticised remarks by envoy Paul Grant, prompting him to write: “I am still learning.”\n\n“My talk listed many results,” he added later.',
    );
    expect(speakerOf(d, 'My talk listed')).toBe('Paul Grant');
  });

  it('when the verb does not go on ("he said"), then the pronoun keeps its person', () => {
    const d = extract(
      'Envoy row\nForeign Minister Tomas Berg met the envoy.\n\n“We regret the decision,” the Danish Foreign Ministry said.\n\n“It was hasty,” he said.',
    );
    expect(speakerOf(d, 'It was hasty')).toBe('Tomas Berg');
  });
});
