// A judged act whose doers are a list of names (relations/quote-stance.ts, actDoer): "the decision taken by
// A, B and C is baseless" judges each of A, B and C. Negative cases: a doer after title words stays one
// person; a list that does not open right after the act's preposition is no doer list. Every sentence here
// is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const critics = (rels: string[]) => rels.filter((x) => / CRITICIZED /.test(x));

describe('a list of the doers of a judged act', () => {
  it('judges each doer of the list', () => {
    const r = run(
      'Diplomats expelled',
      '"The decision taken by Estonia, Latvia and Lithuania is baseless and unfriendly," Foreign Ministry spokesman Igor Lenko said. "The measures adopted by Canada and Australia are illegal," said spokesman Li Wen.',
    );
    expect(critics(r.rels)).toEqual(
      expect.arrayContaining([
        'Igor Lenko CRITICIZED Estonia',
        'Igor Lenko CRITICIZED Latvia',
        'Igor Lenko CRITICIZED Lithuania',
        'Li Wen CRITICIZED Canada',
        'Li Wen CRITICIZED Australia',
      ]),
    );
  });

  it('keeps a titled doer as one person', () => {
    const r = run(
      'Remarks condemned',
      '"The statements made by President Marco Bellini and his aides are unacceptable," the Slovenian Foreign Ministry said.',
    );
    expect(critics(r.rels)).toContain('Slovenian Foreign Ministry CRITICIZED Marco Bellini');
  });
});
