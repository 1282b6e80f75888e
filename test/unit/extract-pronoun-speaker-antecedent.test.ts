// "He"/"she" after a sentence that names several persons: the one the sentence has speak ("On claims
// about X's role, Y said …. He added …") is the antecedent, not a person named in a phrase before it
// (server/src/extract/context.ts pronounAntecedent).
import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from '../helpers/extract-text.js';

describe('the antecedent of a pronoun that speaks', () => {
  it.each([
    [
      'On claims about the role of opposition leader Tomas Vilk in the plot, President Anna Berg said the inquiry would go on. She said the ties were “strong and mature” despite the case.',
      'strong and mature',
      'Anna Berg',
    ],
    [
      'Asked about the arrest of activist Marek Olen and journalist Piotr Sand, Prime Minister Jan Kowal told reporters the courts would decide. He said the case was “a matter for the judges” alone.',
      'a matter for the judges',
      'Jan Kowal',
    ],
    [
      'Against the advice of envoy Lina Roos, Foreign Minister Erik Dahl said talks would resume. He called the offer “a last chance” for peace.',
      'a last chance',
      'Erik Dahl',
    ],
  ])('when "%s", then the quotation is the speaker’s', (body, quote, speaker) => {
    expect(speakerOf(extract(`Leaders speak\n${body}`), quote)).toBe(speaker);
  });

  it('when no one in the sentence before speaks, then the subject-like person stays the antecedent', () => {
    const d = extract(
      'Envoy meets minister\nAmbassador Karl Moen met Minister Ruth Alm in Oslo on Monday. He said the talks were “very useful” for both sides.',
    );
    expect(speakerOf(d, 'very useful')).toBe('Karl Moen');
  });
});
