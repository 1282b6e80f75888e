// Session 14's entity mechanisms, each checked on short text written here (names and places other than
// the real pages'): where the body ends (an agency's sign-off, a copy cut after a few words), a dateline
// alone on its line in capitals, a headline sharing the copy's date marker.
import { describe, expect, it } from 'vitest';
import { findBody } from '../../server/src/extract/body.js';
import { creditSpans } from '../../server/src/extract/furniture.js';

const PARA =
  'The ministry said on Monday that the envoy had been summoned over the remarks made at a rally in the capital.';

describe('where the body ends', () => {
  it("when the last paragraph ends with an agency's sign-off, then the paragraph is body and the sign-off a credit", () => {
    const raw = `Ministry summons the envoy\n\n${PARA}\n\nThe row centres on two officials of ousted leader Marta Vilk who fled. — XYZ-AGENCIES\n\n\nadmin\n\nRelated Articles\n`;
    const { work } = findBody(raw, 'Ministry summons the envoy');
    expect(work).toContain('Marta Vilk who fled.');
    expect(work).not.toContain('XYZ-AGENCIES');
    expect(creditSpans('They fled. — XYZ-AGENCIES')).toEqual([[10, 25]]);
  });

  it('when the copy is cut a few words into a sentence after the last paragraph, then those words are body', () => {
    const raw = `Ministry summons the envoy\n\n${PARA}\n\n${PARA}\n\nShe does not recognise Tomas K`;
    expect(findBody(raw, 'Ministry summons the envoy').work).toContain('She does not recognise Tomas K');
  });

  it('when the last line is a row of link words after the last paragraph, then it stays outside', () => {
    const raw = `Ministry summons the envoy\n\n${PARA}\n\n${PARA}\n\nShare On Facebook Twitter`;
    expect(findBody(raw, 'Ministry summons the envoy').work).not.toContain('Share On');
  });
});

describe('the header block', () => {
  it('when a known place in capitals stands alone between headline and text, then it is a dateline, not a byline', () => {
    const raw = `Norway recalls its envoy to Peru\n\nOSLO\n\n${PARA}\n\nJane Roe\n`;
    const { work } = findBody(raw, 'Norway recalls its envoy to Peru');
    expect(work).toContain('OSLO');
  });

  it("when the headline shares the line of the copy's date marker, then the body starts at that line", () => {
    const raw = ` date 2024-02 Norway recalls its envoy to Peru\n\nOSLO\n\n${PARA}\n`;
    const { work } = findBody(raw, 'Norway recalls its envoy to Peru');
    expect(work).toContain('Norway recalls its envoy to Peru');
    expect(work).toContain('OSLO');
  });
});
