// One list of verbs of condemning (relations/condemn-verbs.ts) that every stance rule builds from: the verb
// rule (verbs.ts `criticized`, and its base form after a summons, "summoned the envoy to decry X"), the anaphoric act (act-anaphora.ts), the label after "what it called"
// (called-acts.ts) and the speaker's own verb in a quotation (quote-stance.ts `own-verb`) read the same
// members ("reproved", "chided", "castigated", "decried"). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const stances = (title: string, body: string) =>
  extractChecked(title, body).rels.filter((r) => / (?:CRITICIZED|ACCUSED) /.test(r));

describe('verbs of condemning shared by the stance rules', () => {
  it('when X reproved or castigated Y, then X criticised Y', () => {
    expect(
      stances(
        'Row in the capital',
        'President Tomas Varga reproved Ambassador Lena Holm for her remarks on the vote.',
      ),
    ).toContain('Tomas Varga CRITICIZED Lena Holm');
    expect(
      stances(
        'Opposition angry',
        'Senator Ruth Okafor castigated Prime Minister Daniel Mbeki over the budget cuts.',
      ),
    ).toContain('Ruth Okafor CRITICIZED Daniel Mbeki');
  });

  it('when X decried Y’s decision, then X criticised Y', () => {
    expect(
      stances(
        'Reaction',
        'Finland decried Hungary’s decision to block the agreement at the summit on Monday.',
      ),
    ).toContain('Finland CRITICIZED Hungary');
  });

  it('when X summoned an envoy to decry Y’s act (a purpose), then X criticised Y', () => {
    expect(
      stances(
        'Envoy summoned',
        'Poland summoned the Belarusian chargé d’affaires to decry Belarus’s latest provocations at the border.',
      ),
    ).toContain('Poland CRITICIZED Belarus');
  });

  it('when a body says “We decry the provocations of Y”, then it criticised Y', () => {
    expect(
      stances(
        'Embassy statement',
        'The Estonian Foreign Ministry said: “We decry the provocations of Belarus in the strongest terms.”',
      ),
    ).toContain('Estonian Foreign Ministry CRITICIZED Belarus');
  });

  it('when a verb of condemning is only a noun or another word ("pan", "a rebuke was expected"), then no stance', () => {
    expect(
      stances('Cooking show', 'Chef Anna Berg used a pan to cook for Mayor Paul Dunn at the fair.'),
    ).toEqual([]);
    expect(
      stances('Talks', 'Minister Peter Osei said he would not lament the end of talks with Mayor Paul Dunn.'),
    ).toEqual([]);
  });

  it('when X urged Y to castigate Z, then X did not criticise Z', () => {
    const rels = stances(
      'Pressure',
      'Minister Peter Osei urged Senator Ruth Okafor to castigate Mayor Paul Dunn over the delay.',
    );
    expect(rels).not.toContain('Peter Osei CRITICIZED Paul Dunn');
  });
});
