// A quotation standing alone, nothing after it, right after a sentence whose subject acted
// (quotes:subject-of-sentence-before, paragraph-pass.ts): the subject's verb may be an irregular past
// ("spoke", "met", "took", "held", "gave"), read as finite like "summoned" or "addressed". Not "was"/"had",
// and not a subject that only stands in a sentence with no finite verb. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

/** The speaker's name and rule of the statement whose quotation starts with `start`, or undefined. */
function credit(body: string, start: string): string | undefined {
  const { d } = extractChecked('Row over minority rights deepens', body);
  const st = d.statements.find((s) => s.quote.startsWith(start));
  return st && `${d.entities.find((e) => e.id === st.speaker)?.name} [${st.rule}]`;
}

const LEAD = "Hungary summoned Ukraine's ambassador on Monday over the treatment of ethnic Hungarians.\n\n";
const WORDS = '\n\n“Hungary expects Kyiv to restore the rights of the minority without delay.”';

describe('the subject of an irregular past verb in the sentence before', () => {
  it.each([
    'Foreign Minister Peter Szijjarto spoke to reporters after the meeting.',
    'Foreign Minister Peter Szijjarto met reporters in Budapest on Tuesday.',
    'Foreign Minister Peter Szijjarto took questions from reporters.',
    'Foreign Minister Peter Szijjarto held a news conference in Budapest.',
    'Later, Foreign Minister Peter Szijjarto gave a press conference.',
  ])('"%s" then "“…”"', (before) => {
    expect(credit(LEAD + before + WORDS, 'Hungary expects')).toBe(
      'Peter Szijjarto [quotes:subject-of-sentence-before]',
    );
  });
});

describe('no speaker from the sentence before', () => {
  it('when its verb is "was" ("X was in Budapest on Tuesday.")', () => {
    expect(
      credit(
        `${LEAD}Foreign Minister Peter Szijjarto was in Budapest on Tuesday.${WORDS}`,
        'Hungary expects',
      ),
    ).not.toBe('Peter Szijjarto [quotes:subject-of-sentence-before]');
  });

  it('when its verb is an auxiliary ("X did not comment.")', () => {
    expect(
      credit(
        `${LEAD}Foreign Minister Peter Szijjarto did not comment on Tuesday.${WORDS}`,
        'Hungary expects',
      ),
    ).not.toBe('Peter Szijjarto [quotes:subject-of-sentence-before]');
  });

  it('when something is said after the quotation ("“…,” a diplomat said")', () => {
    expect(
      credit(
        `${LEAD}Foreign Minister Peter Szijjarto spoke to reporters after the meeting.\n\n“Hungary expects Kyiv to act,” a diplomat in Kyiv said.`,
        'Hungary expects',
      ),
    ).not.toBe('Peter Szijjarto [quotes:subject-of-sentence-before]');
  });
});
