// "He"/"she" after a sentence whose every named person is an object ("The president, who has been harsh
// with X, said …"): that sentence's subject is no name, so the antecedent is the subject of a sentence
// before it; with no such sentence the last object stays; in the pronoun's own sentence an object stays
// the antecedent ("angry at X after he said …") (server/src/extract/context.ts pronounAntecedent).
import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from '../helpers/extract-text.js';

const speaker = (body: string, quote: string) => speakerOf(extract(`Ties strained\n${body}`), quote);

describe('a pronoun after a sentence that names persons only as objects', () => {
  it.each([
    [
      '“We will not bend on this,” said Erik Dahl on Monday. The host, who was angry with Karl Moen, cut the meeting short. “The door stays open for now,” he added.',
      'The door stays open',
      'Erik Dahl',
    ],
    [
      '“We expect respect,” said Maria Lund on Monday. The host, who had dinner with Anna Berg, left the talks early. “Our ties go on regardless,” she said.',
      'Our ties go on',
      'Maria Lund',
    ],
  ])('when "%s", then the earlier subject speaks', (body, quote, name) => {
    expect(speaker(body, quote)).toBe(name);
  });

  it('when no earlier sentence names a subject, then the object stays the antecedent', () => {
    expect(
      speaker(
        'The talks opened with envoy Karl Moen in Oslo. “The door stays open for now,” he said.',
        'The door stays open',
      ),
    ).toBe('Karl Moen');
  });

  it('in the pronoun’s own sentence, the object before it stays the antecedent', () => {
    expect(
      speaker(
        'Minister Ruth Alm spoke on Monday. Officials grew angry at envoy Karl Moen after he called the plan “a trap for small states.”',
        'a trap for small states',
      ),
    ).toBe('Karl Moen');
  });
});
