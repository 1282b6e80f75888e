// A quotation whose judged subject is an act qualified by words before its noun and then its doer ("“The
// hasty remarks by X were irresponsible”", "“The cynical measures of X are unacceptable”"): the speaker
// criticised the doer (relations/quote-stance.ts `judged-subject`, ACT_LEAD), as for "“The remarks by X …”".
// A quotation that does not judge the act names no target. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const stances = (title: string, body: string) =>
  extractChecked(title, body).rels.filter((r) => / (?:CRITICIZED|ACCUSED) /.test(r));

describe('a judged act with qualifying words before its noun', () => {
  it('when “The hasty remarks by X were irresponsible”, then the speaker criticised X', () => {
    expect(
      stances(
        'Minister responds',
        '“The hasty remarks by Senator Ruth Okafor were irresponsible and offensive,” Foreign Minister Peter Osei said on Monday.',
      ),
    ).toContain('Peter Osei CRITICIZED Ruth Okafor');
  });

  it('when “The cynical unilateral measures of X are unacceptable”, then the speaker criticised X', () => {
    expect(
      stances(
        'Reaction in Minsk',
        '“The cynical unilateral measures of Latvia are unacceptable,” Deputy Foreign Minister Elena Rusu told reporters.',
      ),
    ).toContain('Elena Rusu CRITICIZED Latvia');
  });

  it('when the qualified act is praised, not judged, then no stance', () => {
    expect(
      stances(
        'Minister responds',
        '“The thoughtful remarks by Senator Ruth Okafor were welcome,” Foreign Minister Peter Osei said on Monday.',
      ),
    ).toEqual([]);
  });
});
