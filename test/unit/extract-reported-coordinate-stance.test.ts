// A verb of saying or of a stance in words coordinated after a reported clause is the reporter's act
// ("He said A had … and blamed B": he blamed B, not A; clauses/subject.ts); every form of the objection
// verbs (relations/condemn-verbs.ts OBJECTION_VERBS: "dismissing", "repudiating", "regretting"); "besides"
// opens a participle clause whose subject is the main clause's (clauses/subject.ts PARTICIPLE_LEAD).
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const stances = (title: string, body: string) =>
  extractChecked(title, body).rels.filter((r) => / (?:CRITICIZED|ACCUSED) /.test(r));

describe('a stance verb coordinated after a reported clause', () => {
  it('when X said A had done B and blamed C, then X (not A) accused C', () => {
    const rels = stances(
      'Border dispute',
      'Foreign Minister Tomas Varga spoke on Monday. He said Latvia had broken the treaty and blamed Lithuania for the crisis.',
    );
    expect(rels).toContain('Tomas Varga ACCUSED Lithuania');
    expect(rels).not.toContain('Latvia ACCUSED Lithuania');
  });

  it('when X said that A had done B and accused C, then X accused C (a name as subject)', () => {
    const rels = stances(
      'War of words',
      'Chancellor Lena Holm said that Russia had invaded Ukraine and accused Moscow of deliberate attacks on civilians.',
    );
    expect(rels).toContain('Lena Holm ACCUSED Moscow');
    expect(rels).not.toContain('Russia ACCUSED Moscow');
  });

  it('when X said A had done B and criticised C, then A criticised no one', () => {
    const rels = stances(
      'Budget row',
      'Prime Minister Daniel Okoro said Hungary had broken its promises and criticised Austria for the delay.',
    );
    expect(rels).toContain('Daniel Okoro CRITICIZED Austria');
    expect(rels).not.toContain('Hungary CRITICIZED Austria');
  });

  it('when A did B and criticised C with no report, then A criticised C', () => {
    expect(
      stances('Row', 'Finland recalled its envoy and criticised Estonia for the remarks on Monday.'),
    ).toContain('Finland CRITICIZED Estonia');
  });
});

describe('every form of an objection verb', () => {
  it('when a statement was issued repudiating A’s decision, then the issuer criticised A', () => {
    expect(
      stances(
        'Dam dispute',
        'The Egyptian Foreign Ministry issued a statement repudiating the decision of Ethiopia on the dam.',
      ),
    ).toContain('Egyptian Foreign Ministry CRITICIZED Ethiopia');
  });

  it('when X, besides dismissing A’s remarks, did something else, then X criticised A', () => {
    expect(
      stances(
        'Rebuttal',
        'Minister Hossein Karimi, besides dismissing the remarks of Recep Tayyip Erdogan, called for calm on Sunday.',
      ),
    ).toContain('Hossein Karimi CRITICIZED Recep Tayyip Erdogan');
  });

  it('when crowds were protesting in a city, then no one criticised it', () => {
    expect(
      stances('Rally', 'Thousands of students were protesting in the streets of Nairobi on Friday.'),
    ).toEqual([]);
  });
});
