// Stances and roles with no event, session 15, on sentences written for the test: reported speech with no
// quotation marks read as a critical quotation is (relations/reported-stance.ts); a noun of an act between
// the judging word and its doer ("a unilateral decision of the X government": quote-stance.ts); a
// statement issued "on its website" condemning (verbs.ts); "X's designation of Y as a “…”"
// (owned-labels.ts); "X reported Y as replying", "according to President Y, X said" (sources.ts); "Y's
// press secretary Z" (titles.ts); "the ministry, led by X," (appositions.ts); no membership read from a
// bare "Secretary of State X". Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const critics = (rels: string[]) => rels.filter((x) => / CRITICIZED /.test(x));

describe('reported speech with no quotation marks', () => {
  it('reads "<judged clause>, X said on Tuesday." as X criticising the clause’s subject', () => {
    const r = run(
      'Ties cut',
      "Peru will respond in kind, Chile's decision is a hostile act, Peruvian Foreign Minister Ana Ruiz said on Tuesday.",
    );
    expect(critics(r.rels)).toContain('Ana Ruiz CRITICIZED Chile');
    expect(r.ruleOf('Ana Ruiz CRITICIZED Chile')).toBe('relations/reported-stance:reported-subject');
  });

  it('reads "X said that <judged clause>"', () => {
    const r = run('Ties cut', "Ana Ruiz said on Monday that Chile's move was unacceptable.");
    expect(critics(r.rels)).toContain('Ana Ruiz CRITICIZED Chile');
  });

  it('reads "According to X, <judged clause>", but never an outlet as the critic', () => {
    const r = run('Talks', 'According to President Ana Ruiz, Chile violates international law.');
    expect(critics(r.rels)).toContain('Ana Ruiz CRITICIZED Chile');
    const o = run('Talks', 'According to the Xinhua news agency, Chile violated the truce.');
    expect(critics(o.rels)).toEqual([]);
  });

  it('takes no judge for the judged: "Lima considers … interference"', () => {
    const r = run(
      'Envoy called in',
      'The Chilean ambassador Ana Ruiz met officials. She said that Lima considers the broadcasts interference in its affairs.',
    );
    expect(critics(r.rels)).toEqual([]);
  });

  it('takes no speaker from a passive "It was noted that"', () => {
    const r = run(
      'Envoys expelled',
      'Peru expelled two envoys. It was noted that Chile conducted illegal activities.',
    );
    expect(critics(r.rels)).toEqual([]);
  });
});

describe('a judging word before a noun of an act and its doer', () => {
  it('reads "a unilateral decision of the Chilean government" as criticism of Chile', () => {
    const r = run(
      'Envoy recalled',
      'Peruvian Foreign Minister Ana Ruiz spoke on Monday. She called the move "a unilateral decision of the Chilean government", Ruiz said.',
    );
    expect(critics(r.rels)).toContain('Ana Ruiz CRITICIZED Chile');
  });

  it('takes no victim after a judging noun: "a massacre of the Chilean people"', () => {
    const r = run(
      'Envoy recalled',
      'Peruvian Foreign Minister Ana Ruiz spoke on Monday. "This is a massacre of the Chilean people," Ruiz said.',
    );
    expect(critics(r.rels)).not.toContain('Ana Ruiz CRITICIZED Chile');
  });
});

describe('a statement issued on a website that condemns', () => {
  it('gives the issuer’s criticism of the act’s doer', () => {
    const r = run(
      'Interference',
      "The Peruvian Foreign Ministry issued a statement on its official website firmly opposing the interference of the Chilean Embassy in Peru's internal affairs.",
    );
    expect(critics(r.rels).some((x) => /^Peruvian Foreign Ministry CRITICIZED Chilean Embassy/.test(x))).toBe(
      true,
    );
  });
});

describe('a labelling its maker owns', () => {
  it('reads "X\'s designation of Y as a “…”"', () => {
    const r = run(
      'Talks',
      'Peru\'s designation of Chilean President Ana Ruiz as a "war criminal" angered Santiago.',
    );
    expect(critics(r.rels)).toContain('Peru CRITICIZED Ana Ruiz');
    expect(r.ruleOf('Peru CRITICIZED Ana Ruiz')).toBe('relations/owned-labels:labelled');
  });

  it('needs the label in quotation marks', () => {
    const r = run('Talks', "Peru's description of Chile as a partner was welcomed on Monday.");
    expect(critics(r.rels)).toEqual([]);
  });
});

describe('who carried the words, who speaks for whom, who leads', () => {
  it('reads "X reported Y as replying"', () => {
    const r = run(
      'Talks',
      'The Xinhua news agency reported Foreign Minister Ivan Petrov as replying that the talks had failed.',
    );
    expect(r.rels).toContain('Ivan Petrov QUOTED_BY Xinhua');
  });

  it('reads "according to President Y, X said" with the title before the name', () => {
    const r = run(
      'Envoy summoned',
      "Lima summoned Santiago's envoy, according to President Ana Ruiz, the Xinhua news agency said.",
    );
    expect(r.rels).toContain('Ana Ruiz QUOTED_BY Xinhua');
  });

  it('reads "Y\'s press secretary Z" as Z speaking for Y', () => {
    const r = run('Talks', "President Ana Ruiz's press secretary Tom Reyes spoke on Monday.");
    expect(r.rels).toContain('Tom Reyes SPOKESPERSON_OF Ana Ruiz');
  });

  it('reads "the ministry, led by <title> X," as X leading it', () => {
    const r = run(
      'Talks',
      'The Kenyan Foreign Ministry, led by Cabinet Secretary (CS) Ana Ruiz, defended the police on Monday.',
    );
    expect(r.rels).toContain('Ana Ruiz LEADS Kenyan Foreign Ministry');
  });

  it('makes a bare "Secretary of State X" no member of the State Department', () => {
    const r = run('Talks', 'Secretary of State Clara Whitfield spoke on Monday, the State Department said.');
    expect(r.rels.filter((x) => / MEMBER_OF /.test(x))).toEqual([]);
  });
});
