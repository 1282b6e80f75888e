// A quotation's speaker named after "said" and a long title (server/src/extract/quotes/speaker-phrases.ts
// ROLE_PREFIX, speakers.ts mentionsAt): the field may hold "the", "for" and "and" ("said Under Secretary
// of the Treasury for Terrorism and Financial Intelligence X"), and the name may stand far after "said".
// Negatives: a name, then "and" or "for" and another name or body, is not a title's field.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const speaker = (body: string) => {
  const { d, name } = extractChecked('Sanctions', body);
  return d.statements.map((s) => (s.speaker ? name(s.speaker) : undefined))[0];
};

describe('a speaker after a long title', () => {
  it('when "said" is followed by a long title with "the", "for" and "and", then the name after it speaks', () => {
    expect(
      speaker(
        '“Sanctions disrupt key networks,” said Under Secretary of the Treasury for Terrorism and Financial Intelligence Tovar Kembali.',
      ),
    ).toBe('Tovar Kembali');
    expect(speaker('“The market will recover,” said Secretary of the Interior Rasko Denvil.')).toBe(
      'Rasko Denvil',
    );
    expect(speaker('“Work begins soon,” said Minister for Planning and Development Lanh Ostrava.')).toBe(
      'Lanh Ostrava',
    );
  });

  it('when a news agency follows the speaker and a day, then the speaker stays the person', () => {
    expect(
      speaker(
        '“This is no act of aggression,” said Bulgarian prime minister Kiril Petkov on Tuesday, Reuters reports.',
      ),
    ).toBe('Kiril Petkov');
  });

  it('when "and" or "for" follows a named person, then the name after it is no title field', () => {
    expect(speaker('“We agree,” said Joe Biden and the Treasury in a joint statement.')).toBe('Joe Biden');
    expect(speaker('“We agree,” said Joe Biden for the Treasury.')).toBe('Joe Biden');
  });
});
