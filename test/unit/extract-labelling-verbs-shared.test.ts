// One list of labelling verbs (relations/labelling-verbs.ts: call, describe, term, brand, label, dub; and
// deem, regard, consider, view, refer to) that the stance rules build from: the labelled-verb rule
// (verbs.ts `labelled`), the anaphoric act (act-anaphora.ts), the label after "what it termed as"
// (called-acts.ts) and the judged subject (quote-stance.ts). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const stances = (title: string, body: string) =>
  extractChecked(title, body).rels.filter((r) => / (?:CRITICIZED|ACCUSED) /.test(r));

describe('labelling verbs shared by the stance rules', () => {
  it('when X deemed or regarded “the move” (an act just reported) as wrong, then X criticised its doer', () => {
    expect(
      stances(
        'Diplomats expelled',
        'Norway expelled three Russian diplomats on Tuesday. Russia deemed the move unacceptable.',
      ),
    ).toContain('Russia CRITICIZED Norway');
    expect(
      stances(
        'Diplomats expelled',
        'Norway expelled three Russian diplomats on Tuesday. Russia regarded the move as a provocation.',
      ),
    ).toContain('Russia CRITICIZED Norway');
  });

  it('when X regarded the move as something good, or called for it to be undone, then no stance', () => {
    expect(
      stances(
        'Diplomats expelled',
        'Norway expelled three Russian diplomats on Tuesday. Russia regarded the move as a chance for talks.',
      ),
    ).toEqual([]);
    expect(
      stances(
        'Diplomats expelled',
        'Norway expelled three Russian diplomats on Tuesday. Russia called for the move to be reversed.',
      ),
    ).toEqual([]);
  });

  it('when X views or labels Y as a quoted judgement, then X criticised Y', () => {
    expect(
      stances('Campaign', 'President Ana Lutz views Minister Karl Brandt as “a danger to peace”.'),
    ).toContain('Ana Lutz CRITICIZED Karl Brandt');
    expect(
      stances('Campaign', 'Senator Ruth Okafor labels Prime Minister Daniel Mbeki “a traitor”.'),
    ).toContain('Ruth Okafor CRITICIZED Daniel Mbeki');
  });

  it('when X is calling Y a friend, or called in Y, then no stance', () => {
    expect(
      stances(
        'Visit',
        'Foreign Minister Anne Berg praised Denmark, calling Denmark “our closest partner” at the talks.',
      ),
    ).toEqual([]);
    expect(
      stances('Summons', 'Foreign Minister Anne Berg called in Ambassador Pavel Orlov on Friday.'),
    ).toEqual([]);
  });
});
