// Stance pairs from the speaker's own verb in a quotation (relations/quote-stance.ts, `own-verb`): a body
// or state that says "“We (strongly) condemn/reject/denounce …”", or a person who says "“I condemn …”",
// CRITICIZED the party its object names (or the doer of the act it names: "the comments by X"); "We
// accuse X" is ACCUSED. A verb relation never targets its source's own state (relations/verbs.ts). A
// judged clause whose subject opens with an act and its doer ("statements by the appointed US ambassador
// represent nothing but propaganda") judges the doer (`judged-subject`). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const stances = (title: string, body: string) =>
  extractChecked(title, body).rels.filter((r) => / (?:CRITICIZED|ACCUSED) /.test(r));

describe('the speaker’s own verb of condemning in a quotation', () => {
  it('when a body says "We strongly condemn the comments by <title> X", then it criticised X', () => {
    expect(
      stances(
        'Row over remarks',
        'In a tweet, the Hungarian Foreign Ministry said: “We strongly condemn the unwarranted comments by former Slovak minister Jan Kral about our country.”',
      ),
    ).toContain('Hungarian Foreign Ministry CRITICIZED Jan Kral');
  });

  it('when a body condemns a state or its act directly, then it criticised that state', () => {
    expect(
      stances(
        'Ministry responds',
        '“We firmly reject Ukraine’s decision to close the crossing,” the Polish Foreign Ministry said on Friday.',
      ),
    ).toContain('Polish Foreign Ministry CRITICIZED Ukraine');
    expect(
      stances(
        'Embassy statement',
        'The Chinese Embassy in Ottawa said: “We deplore the provocations of Canada in the strongest terms.”',
      ),
    ).toContain('Chinese Embassy in Ottawa CRITICIZED Canada');
  });

  it('when a person says "I condemn the remarks of X", then the person criticised X', () => {
    expect(
      stances(
        'Senator reacts',
        '“I condemn the remarks of Viktor Orban without reservation,” Senator Maria Santos said on Tuesday.',
      ),
    ).toContain('Maria Santos CRITICIZED Viktor Orban');
  });

  it('when a body says "We accuse X of …", then it accused X', () => {
    expect(
      stances(
        'Tensions rise',
        '“We accuse Armenia of violating the ceasefire,” the Azerbaijani Defence Ministry said.',
      ),
    ).toContain('Azerbaijani Defence Ministry ACCUSED Armenia');
  });

  it('when the condemned act names no doer, then no stance is made from the quotation', () => {
    expect(
      stances(
        'Attack condemned',
        '“We strongly condemn the attacks on civilians,” the Kenyan Foreign Ministry said.',
      ),
    ).toEqual([]);
  });

  it('when a person says "we condemn", then the "we" is not read as the person', () => {
    expect(
      stances(
        'Minister speaks',
        '“We certainly condemn the move by Washington,” Deputy Foreign Minister Sergei Ryabkov said.',
      ),
    ).not.toContain('Sergei Ryabkov CRITICIZED Washington');
  });

  it('when a headline says a body condemns remarks about its own country, then the body did not criticise its own state', () => {
    expect(
      stances(
        'Nigerian Foreign Ministry condemns British minister’s remarks about Nigeria',
        'The ministry said the remarks were wrong.',
      ),
    ).not.toContain('Nigerian Foreign Ministry CRITICIZED Nigeria');
  });
});

describe('a judged clause whose subject is an act and its doer', () => {
  it('when "statements by <modifier> X … represent nothing but propaganda", then the speaker criticised X', () => {
    expect(
      stances(
        'Minister replies',
        'Foreign Minister Ivan Petrov said: “In particular, statements by the appointed US ambassador to Minsk represent nothing but absolute propaganda.”',
      ),
    ).toContain('Ivan Petrov CRITICIZED United States');
    expect(
      stances(
        'Minister replies',
        '“The remarks of Boris Johnson were unacceptable,” Irish Foreign Minister Simon Coveney said on Monday.',
      ),
    ).toContain('Simon Coveney CRITICIZED Boris Johnson');
  });

  it('when the act’s doer is no named party, then no stance is made', () => {
    expect(
      stances(
        'Minister replies',
        '“Statements by some officials were unacceptable,” Foreign Minister Ivan Petrov said.',
      ),
    ).toEqual([]);
  });
});
