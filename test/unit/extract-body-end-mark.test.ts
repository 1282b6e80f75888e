// An agency's end-of-story mark ("… labor. END", "(END)", "-END-", "###") after the last paragraph
// (server/src/extract/furniture.ts END_MARK, read by body.ts findBody): the paragraph before it is the
// article's prose, the mark is no part of the body, and a line that only says "END" in a sentence is kept.
import { describe, expect, it } from 'vitest';
import { findBody } from '../../server/src/extract/body.js';

const PARA =
  'Tallinn, May 3 (Baltic Wire)--The Freedonian government protested the remarks of Speaker Marta Vilk, officials said on Tuesday, and asked her to withdraw them before the talks in Riga resumed next week.';

describe("an agency's end mark", () => {
  it.each(['END', '(END)', '-END-', '###', '(ends)'])(
    'when a single long paragraph ends with "%s", then it is the body and the mark is left out',
    (mark) => {
      const raw = `ID :\n5221\nAuthor :\n\nFreedonia protests remarks\n\n${PARA} ${mark}\n\nX`;
      const { body, work } = findBody(raw, 'Freedonia protests remarks');
      expect(work).toContain('Speaker Marta Vilk');
      expect(raw.slice(body.start, body.end).endsWith('resumed next week.')).toBe(true);
    },
  );

  it('when a sentence merely ends with the word END in capitals inside quotes, then the body keeps it', () => {
    const raw = `Freedonia protests remarks\n\n${PARA}\n\nThe banner read “WAR MUST END.” and was taken down.`;
    const { body } = findBody(raw, 'Freedonia protests remarks');
    expect(raw.slice(body.start, body.end).endsWith('was taken down.')).toBe(true);
  });
});
