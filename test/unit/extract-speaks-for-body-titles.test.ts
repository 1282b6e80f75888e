// The titles whose holder speaks for a body (a spokesperson's noun, "press secretary") are one list in
// role-nouns.ts: "the spokeswoman said" and "the press secretary said" name the person the text titled
// with any of them (quotes/role-coreference.ts), and relations/titles.ts reads the same words as a
// spokesperson's. Sentences invented for the test.
import { describe, expect, it } from 'vitest';
import { SPEAKS_FOR_BODY_TITLE } from '../../server/src/extract/role-nouns.js';
import { extractChecked } from '../helpers/extract-text.js';

/** The speaker's name of the statement whose quotation starts with `start`, or undefined. */
function speaker(body: string, start: string): string | undefined {
  const { d } = extractChecked('Port row', body);
  const st = d.statements.find((s) => s.quote.startsWith(start));
  return st && d.entities.find((e) => e.id === st.speaker)?.name;
}

describe('the titles that speak for a body', () => {
  it('when a whole title is a spokesperson’s noun or "press secretary", then the shared test holds it', () => {
    for (const w of ['spokesman', 'Spokeswoman', 'spokesperson', 'press secretary', 'Press Secretary'])
      expect(SPEAKS_FOR_BODY_TITLE.test(w)).toBe(true);
  });

  it('when the title is another one or a plural, then it does not', () => {
    for (const w of ['secretary', 'press', 'spokesmen', 'spokes', 'press secretary general'])
      expect(SPEAKS_FOR_BODY_TITLE.test(w)).toBe(false);
  });
});

describe('a role that speaks for a body names the person titled with any such title', () => {
  const intro =
    'Harbour Authority press secretary Ana Lind spoke to reporters on Monday. Trade Minister Piet Berg was also there. ';

  it('when the later phrase is "the spokeswoman" or "the press secretary", then the press secretary speaks', () => {
    expect(speaker(`${intro}“We will not move,” the spokeswoman said.`, 'We will not')).toBe('Ana Lind');
    expect(speaker(`${intro}“We will not move,” the press secretary said.`, 'We will not')).toBe('Ana Lind');
  });

  it('when no one holds such a title, then "the press secretary" names no minister', () => {
    expect(
      speaker(
        'Trade Minister Piet Berg spoke to reporters on Monday. “We will not move,” the press secretary said.',
        'We will not',
      ),
    ).not.toBe('Piet Berg');
  });
});
