// A role named before a person in a portfolio that "and" joins ("The Minister of Information and Culture,
// X,", "Secretary for Health and Social Care X") is still that person's role: a later "the minister said"
// or "the secretary added" names X. Invented text; negatives: the role does not pass to another person,
// and "the prime minister" is not a minister of a portfolio.
import { describe, expect, it } from 'vitest';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

const speaker = (lead: string, credit: string) =>
  speakerOf(
    extractChecked('Reaction', `${lead}\n\n${credit} “We will not accept these threats.”`).d,
    'We will',
  );

describe('a portfolio joined by "and" keeps the role of the person it titles', () => {
  it.each([
    [
      'The Minister of Information and Culture, Tunde Adeyemi, has berated the opposition parties.',
      'The minister said:',
      'Tunde Adeyemi',
    ],
    [
      'Secretary for Health and Social Care Maria Ellison visited the hospital on Monday.',
      'The secretary told reporters:',
      'Maria Ellison',
    ],
    [
      'Minister for Foreign Affairs and Trade Karin Holm criticised the decision on Friday.',
      'Speaking in Oslo, the minister added:',
      'Karin Holm',
    ],
    [
      'The Minister of Foreign Affairs, Trade and Cooperation, Ana Duarte, summoned the envoy.',
      'The minister said:',
      'Ana Duarte',
    ],
  ])('%s %s “…” → %s', (lead, credit, who) => {
    expect(speaker(lead, credit)).toBe(who);
  });

  it('the role in a reported clause after "adding that"', () => {
    const d = extractChecked(
      'Reaction',
      'The Minister of Information and Culture, Tunde Adeyemi, has berated the opposition parties.\n\n' +
        'The Minister insisted that the vote was fair, adding that “the reaction has shown them for what they are”.',
    ).d;
    expect(speakerOf(d, 'the reaction')).toBe('Tunde Adeyemi');
  });
});

describe('negatives', () => {
  it('the role stays with its own person when another is named after', () => {
    const lead =
      'The Minister of Information and Culture, Tunde Adeyemi, met Ambassador Pierre Lacoste in Abuja on Monday.';
    expect(speaker(lead, 'The ambassador said:')).toBe('Pierre Lacoste');
  });

  it('"the prime minister" is not the minister of a portfolio', () => {
    const lead =
      'The Minister of Information and Culture, Tunde Adeyemi, has berated the opposition parties.';
    expect(speaker(lead, 'The prime minister said:')).not.toBe('Tunde Adeyemi');
  });

  it('an "and" joining two clauses still ends the role run', () => {
    const lead =
      'Talks on the pipeline ended and Kenyan President William Ruto flew home, while Trade Minister Rose Achieng stayed.';
    expect(speaker(lead, 'The minister said:')).toBe('Rose Achieng');
  });
});
