// A quotation standing alone after a paragraph whose subject is a person the words name ("“This is always
// a concern of Prime Minister X whenever he meets …”"): that person is spoken of, not speaking; the cue is
// passed over and the speaker named a paragraph earlier speaks. A quotation that does not name the
// subject stays the subject's.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const LEAD =
  'JAKARTA — Indonesian Prime Minister Budi Santoso received Malaysian Foreign Minister Aziz Rahman at the palace on Monday.\n\n';
const BEFORE =
  'Foreign Minister Sri Lestari said Santoso hopes the two sides can agree on a travel corridor.\n\nDuring the meeting, Santoso stressed the importance of protecting Indonesian workers in Malaysia.\n\n';

function speakerOf(quote: string): string | undefined {
  const { d, name } = extractChecked(
    'Prime minister receives Malaysian minister',
    `${LEAD}${BEFORE}${quote}`,
  );
  const st = d.statements.find((s) => quote.includes(s.quote.slice(0, 20)));
  return st?.speaker ? name(st.speaker) : undefined;
}

describe('a person the words name is not their speaker', () => {
  it.each([
    '“This is always a concern of Prime Minister Santoso whenever he meets Malaysian leaders because there are many of them.”',
    '“The protection of our workers has always been a priority for Santoso, and it will remain so.”',
  ])('when the words are %s, then the earlier speaker speaks', (quote) => {
    expect(speakerOf(quote)).toBe('Sri Lestari');
  });

  it('when the words name no one, then the subject of the paragraph before speaks', () => {
    expect(speakerOf('“We will always protect our citizens wherever they are.”')).toBe('Budi Santoso');
  });
});
