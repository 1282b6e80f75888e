// A quotation on its own line after a line that hands it to a statement ("The statement read in part:",
// "The statement reads as follows:", "Its statement said:"), on invented newswire text: the statement's
// issuer, named the sentence before, speaks.
import { describe, expect, it } from 'vitest';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

const lead =
  'MANILA - The Philippines protested on Monday. The Chinese embassy in Manila issued a statement.';
const speaker = (line: string) =>
  speakerOf(
    extractChecked(
      'Sea dispute',
      `${lead}\n\n${line}\n\n“The Philippine side has repeatedly violated our sovereignty.”`,
    ).d,
    'The Philippine side',
  );

describe('a line handing the next quotation to a statement', () => {
  it.each(['The statement read in part:', 'The statement reads as follows:', 'Its statement said:'])(
    '"%s" then the words: the embassy that issued the statement speaks',
    (line) => {
      expect(speaker(line)).toBe('Chinese Embassy in Manila');
    },
  );

  it('when the line reads "as follows" in the same paragraph, then the issuer speaks', () => {
    const body = `${lead}\n\nIts statement reads as follows: “The Philippine side has repeatedly violated our sovereignty.”`;
    expect(speakerOf(extractChecked('Sea dispute', body).d, 'The Philippine side')).toBe(
      'Chinese Embassy in Manila',
    );
  });
});
