// A body that opens a sentence of narration whose predicate quotes (quotes:subject-of-own-sentence,
// paragraph-pass.ts) in the article's lead too: a first paragraph that is a full sentence is no headline;
// the copy's date marker glued to it ("date 2025-12-24 The ministry …") is passed over; a person set in
// apposition to the verb's object ("summoned the envoy, X, to protest the “…”") is no author of the words,
// unless named as their owner ("over X's call for a “…”"). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const TITLE = 'Neighbours trade protests in border row';

/** The speaker's name and rule of the statement whose quotation starts with `start`, or undefined. */
function credit(body: string, start: string, title = TITLE): string | undefined {
  const { d } = extractChecked(title, body);
  const st = d.statements.find((s) => s.quote.startsWith(start));
  return st && `${d.entities.find((e) => e.id === st.speaker)?.name} [${st.rule}]`;
}

const MORE = '\n\nThe meeting lasted an hour.';

describe('a body that opens the lead sentence', () => {
  it.each([
    [
      'The Foreign Ministry of Ghana on Monday summoned the Nigerian high commissioner, Thomas Adeyemi, to protest the “unacceptable treatment” of Ghanaian traders in Lagos.',
      'Ghanaian Foreign Ministry',
    ],
    [
      "date 2024-05-02 Kenya's Ministry of Foreign Affairs summoned Uganda's envoy, Joy Acheng, over the “hostile conduct” of Ugandan troops at the border.",
      'Kenyan Foreign Ministry',
    ],
    [
      'date 2024-05 The Kenyan Ministry of Foreign Affairs issued a protest note over the “hostile conduct” of Ugandan troops at the border.',
      'Kenyan Foreign Ministry',
    ],
  ])('"%s"', (lead, body) => {
    const start = lead.includes('unacceptable') ? 'unacceptable' : 'hostile';
    expect(credit(lead + MORE, start)).toBe(`${body} [quotes:subject-of-own-sentence]`);
  });
});

describe('not the body', () => {
  it('when the envoy in apposition is named as the words\' owner ("over X\'s call for a “…”")', () => {
    const body =
      "The Foreign Ministry of Ghana on Monday summoned the Nigerian high commissioner, Thomas Adeyemi, over Adeyemi's call for a “boycott” of Ghanaian goods.";
    expect(credit(body + MORE, 'boycott')).toBeUndefined();
  });

  it('when another person is named before the words ("after President X called for a “…”")', () => {
    const body =
      'The Foreign Ministry of Ghana summoned the Nigerian envoy after President Bola Tinubu called for a “boycott” of Ghanaian goods.';
    expect(credit(body + MORE, 'boycott')).toBe('Bola Tinubu [quotes:subject-of-verb-before]');
  });

  it('when the first paragraph is the headline, not a sentence', () => {
    const body = 'The meeting lasted an hour on Monday in Accra, officials in the capital told reporters.';
    expect(credit(body, 'insults', 'Ghana summons envoy over “insults” by traders')).toBeUndefined();
  });
});
