// The subject of a free relative ("what President X said", "what the ministry announced") speaks only the
// words that relative itself reports ("rejected what Moscow called “a peace plan”": Moscow's); a quotation
// a clause away, after ", adding:" or ", saying", is the main clause subject's, or no one's when that
// subject is an unnamed role ("The spokesman responded to what X said, adding: “…”" is not X's). A role
// run before a name does not cross the relative either. Invented text, with negatives.
import { describe, expect, it } from 'vitest';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

const speaker = (body: string, start: string) => speakerOf(extractChecked('Reply', body).d, start);

describe('a free relative’s subject is not the speaker of a quotation a clause away', () => {
  it.each([
    'The spokesman responded to what President Hassan Karimi said last week, adding: “Some groups were worried.”',
    'The spokeswoman pointed to what Prime Minister Olaf Berg had promised, adding: “Some groups were worried.”',
    'Critics pointed to what Chancellor Anna Lind said on Monday, saying “some groups were worried”.',
    'The envoy referred to what the Egyptian President Omar Fathy told reporters, adding: “Some groups were worried.”',
  ])('%s → not the relative’s subject', (body) => {
    const who = speaker(body, 'ome groups');
    expect(['Hassan Karimi', 'Olaf Berg', 'Anna Lind', 'Omar Fathy']).not.toContain(who);
  });

  it('a named main subject keeps the quotation', () => {
    expect(
      speaker(
        'Government spokesman Ali Rezaei responded to what President Hassan Karimi said last week, adding: “Some groups were worried.”',
        'Some groups',
      ),
    ).toBe('Ali Rezaei');
    expect(
      speaker(
        'Prime Minister Olaf Berg rejected what the opposition said on Monday, calling it “a betrayal”.',
        'a betrayal',
      ),
    ).toBe('Olaf Berg');
  });
});

describe('negatives: the relative’s own words stay its subject’s', () => {
  it('"what X called “…”" is X’s', () => {
    expect(speaker('The ministry dismissed what Moscow called “a peace plan”.', 'a peace plan')).toBe(
      'Moscow',
    );
    expect(
      speaker('Ankara rejected what President Anna Lind described as “a final offer”.', 'a final offer'),
    ).toBe('Anna Lind');
  });

  it('"X repeated what he said: “…”" is X’s', () => {
    expect(
      speaker('Chancellor Olaf Berg repeated what he said last week: “We will not retreat.”', 'We will'),
    ).toBe('Olaf Berg');
  });

  it('a role named before the name in its own run still resolves', () => {
    expect(
      speaker(
        'Foreign Ministry spokesman Ali Rezaei spoke on Tuesday.\n\nThe spokesman said: “Some groups were worried.”',
        'Some groups',
      ),
    ).toBe('Ali Rezaei');
  });
});
