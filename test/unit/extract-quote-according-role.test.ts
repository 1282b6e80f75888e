// "According to the <role>, … “…”": the person the text last named with that role speaks
// (quotes/according-role.ts, the role read by quotes/role-coreference.ts); "the diplomat" is a consul too.
// Not when no one was given that role before. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const TITLE = 'Envoys expelled after spy row';

/** The speaker's name and rule of the statement whose quotation starts with `start`, or "none". */
function credit(body: string, start: string): string {
  const { d } = extractChecked(TITLE, body);
  const st = d.statements.find((s) => s.quote.startsWith(start));
  return st ? `${d.entities.find((e) => e.id === st.speaker)?.name} [${st.rule}]` : 'none';
}

describe('"according to" a role', () => {
  it('when "According to the prime minister," credits words, then the prime minister named before speaks', () => {
    const body =
      'Two envoys were declared persona non grata, said at a press conference the Prime Minister of Norway Lena Moberg. She argued that one of them had spread false information.\n\nAccording to the Prime Minister, the actions of this man led to “a lasting chill between our two capitals”.';
    expect(credit(body, 'a lasting chill')).toBe('Lena Moberg [quotes:according-to-role]');
  });

  it('when "According to the diplomat," follows a consul general named before, then the consul speaks', () => {
    const body =
      'The Finnish consul general in Tromso, Aaro Niemi, gave an interview to a regional paper on Monday.\n\nAccording to the diplomat, “the ties between the two regions have never depended on the mood in the capitals.”';
    expect(credit(body, 'the ties between')).toBe('Aaro Niemi [quotes:according-to-role]');
  });

  it('when no one was given the role before, then no one is credited by it', () => {
    const body =
      'Two diplomats were declared persona non grata, Foreign Minister Lena Moberg told a press conference in Oslo.\n\nAccording to the prime minister, the diplomat’s actions led to “a lasting chill between our two capitals”.';
    expect(credit(body, 'a lasting chill')).toBe('none');
  });

  it('when the phrase is a role’s office, then it is not read as the person', () => {
    const body =
      'Prime Minister Lena Moberg spoke in Oslo on Monday.\n\nAccording to the prime minister’s office, the diplomat’s actions led to “a lasting chill between our two capitals”.';
    expect(credit(body, 'a lasting chill')).not.toContain('according-to-role');
  });
});
