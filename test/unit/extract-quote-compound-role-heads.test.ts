// A role of two words among the shared body titles ("the Secretary General", "the secretary-general",
// "the press secretary", "the chief executive") speaks as the person the text titled so before, whether
// capitalised or not, hyphenated or not (quotes/role-coreference.ts COMPOUND_TITLES, built from
// role-nouns.ts BODY_TITLE_WORDS). A person who holds another title is never that role. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

/** The speaker's name of the statement whose quotation starts with `start`, or undefined. */
function speaker(body: string, start: string): string | undefined {
  const { d } = extractChecked('Talks called off', body);
  const st = d.statements.find((s) => s.quote.startsWith(start));
  return st && d.entities.find((e) => e.id === st.speaker)?.name;
}

describe('a two-word role speaks as the person titled with it before', () => {
  it.each([
    [
      'Cabinet Secretary General Kenji Odawara called the postponement “unfortunate” on Friday.\n\nThe Secretary General added at a press conference, “Dialogue remains our first choice.”',
      'Kenji Odawara',
    ],
    [
      'Cabinet Secretary General Kenji Odawara spoke to journalists in Tokyo.\n\n“Dialogue remains our first choice,” the Secretary General said.',
      'Kenji Odawara',
    ],
    [
      'Commonwealth Secretary-General Amara Boateng opened the summit in Accra.\n\n“Dialogue remains our first choice,” the secretary-general told reporters.',
      'Amara Boateng',
    ],
    [
      'Presidential press secretary Lina Marsh briefed reporters on Tuesday.\n\n“Dialogue remains our first choice,” the press secretary said.',
      'Lina Marsh',
    ],
    [
      'Nordgas chief executive Ivan Petrov visited the terminal on Monday.\n\n“Dialogue remains our first choice,” the chief executive said.',
      'Ivan Petrov',
    ],
  ])('%s', (body, who) => {
    expect(speaker(body, 'Dialogue')).toBe(who);
  });
});

describe('not a person who holds another title', () => {
  it('a foreign minister is no secretary general', () => {
    const body =
      'Foreign Minister Kenji Odawara spoke to journalists in Tokyo.\n\n“Dialogue remains our first choice,” the Secretary General said.';
    expect(speaker(body, 'Dialogue')).toBeUndefined();
  });
  it('a secretary of state is no press secretary', () => {
    const body =
      'Secretary of State Lina Marsh flew to Cairo on Tuesday.\n\n“Dialogue remains our first choice,” the press secretary said.';
    expect(speaker(body, 'Dialogue')).not.toBe('Lina Marsh');
  });
  it('the minister, not the secretary general the minister met', () => {
    const body =
      'Foreign Minister Tomas Varga met Alliance Secretary General Petra Lind in Vienna on Monday.\n\n“Dialogue remains our first choice,” the minister said.';
    expect(speaker(body, 'Dialogue')).toBe('Tomas Varga');
  });
  it('the secretary general, not the minister who met her', () => {
    const body =
      'Foreign Minister Tomas Varga met Alliance Secretary General Petra Lind in Vienna on Monday.\n\n“Dialogue remains our first choice,” the secretary general said.';
    expect(speaker(body, 'Dialogue')).toBe('Petra Lind');
  });
});
