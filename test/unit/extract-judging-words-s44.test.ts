// Words of diplomatic condemnation that the judging lexicon (relations/judging.ts) reads in a quotation or a
// reported clause: an act called "destructive", "counterproductive", "out of control", "inadmissible", "a
// blunder", "disappointing". Negative cases: the same words negated, or said of the speaker's own side, or
// where the named party suffers the act. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const critics = (rels: string[]) => rels.filter((x) => / CRITICIZED /.test(x));

describe('words of condemnation in a judged clause', () => {
  it('reads "destructive" and "out of control" in reported speech', () => {
    const r = run(
      'Envoys recalled',
      'Foreign Ministry spokesman Pavel Lenko said that Latvia and Estonia were pursuing a "destructive course". Defence Minister Anne Moreau said on Tuesday that Niger\'s ruling council was "out of control".',
    );
    expect(critics(r.rels)).toEqual(
      expect.arrayContaining([
        'Pavel Lenko CRITICIZED Latvia',
        'Pavel Lenko CRITICIZED Estonia',
        'Anne Moreau CRITICIZED Niger',
      ]),
    );
  });

  it('reads "counterproductive" and "disappointing" in a quotation', () => {
    const r = run(
      'Sanctions imposed',
      '"Norway\'s new measures are counterproductive," the Russian Foreign Ministry said. "The Chilean government\'s refusal to cooperate is deeply disappointing," said Foreign Minister Tomas Reyes.',
    );
    expect(critics(r.rels)).toEqual(
      expect.arrayContaining(['Russian Foreign Ministry CRITICIZED Norway', 'Tomas Reyes CRITICIZED Chile']),
    );
  });

  it('does not take the word negated or said of the sufferer', () => {
    const r = run(
      'Talks held',
      '"Finland has never been destructive in these talks," President Sauli Lind said. "Armenia is disappointed by the outcome," Foreign Minister Aram Tevan said.',
    );
    expect(critics(r.rels)).not.toContain('Sauli Lind CRITICIZED Finland');
    expect(critics(r.rels)).not.toContain('Aram Tevan CRITICIZED Armenia');
  });
});
