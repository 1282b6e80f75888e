// Arguments read from the clause rather than from the nearest names (server/src/extract/clauses/,
// events/parties.ts nominalClause, relations/verbs.ts): nominalisations ("the summoning of X by Y", "Y's
// recall of X"), the possessor of a noun of intent ("Bulgaria's decision to expel"), a passive recall
// whose recaller is the envoy's own state or the capital the envoy is called to, verb relations from
// subject and object (passive, ", and accused"). Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;

describe('nominalisations take their arguments from the phrase', () => {
  it('when "the summoning of the British ambassador by Iran" is told, then Iran summoned the United Kingdom', () => {
    const { rels } = run(
      'Protest in Tehran',
      'The summoning of the British ambassador by Iran followed the remarks.',
    );
    expect(rels).toContain('Iran SUMMONED United Kingdom');
  });

  it('when "Chile\'s recall of its ambassador to Israel, Jorge Carvajal" is told, then Chile recalled him', () => {
    const { rels } = run(
      'Envoy called home',
      "Chile's recall of its ambassador to Israel, Jorge Carvajal, was announced on Tuesday.",
    );
    expect(rels).toContain('Chile RECALLED Jorge Carvajal');
  });

  it('when "the recall of Ambassador X was announced by Chile" is told, then the agent of the governing passive recalls', () => {
    const { rels } = run(
      'Envoy called home',
      'The recall of Ambassador Jorge Carvajal was announced by Chile on Tuesday.',
    );
    expect(rels).toContain('Chile RECALLED Jorge Carvajal');
  });

  it('when "Bulgaria\'s decision to expel" is told, then Bulgaria is the expeller', () => {
    const { rels } = run(
      'Diplomat expelled',
      "Bulgaria's decision to expel the Russian diplomat angered Moscow.",
    );
    expect(rels).toContain('Bulgaria EXPELLED Russia');
  });
});

describe('a passive recall with no agent', () => {
  it('when "India\'s High Commissioner X was also called back", then India recalled X', () => {
    const { rels } = run(
      'Envoys called back',
      "India's High Commissioner Ajay Bisaria was also called back on Thursday.",
    );
    expect(rels).toContain('India RECALLED Ajay Bisaria');
  });
});

describe('verb relations from subject and object', () => {
  it('when a relative clause carries the verb, then its antecedent criticised the possessor that opens the object', () => {
    const { rels, ruleOf } = run(
      'Summit vote',
      "Hungarian Prime Minister Viktor Orban, who has repeatedly criticised the EU's support for Kyiv, left the room.",
    );
    expect(rels).toContain('Viktor Orban CRITICIZED European Union');
    expect(ruleOf('Viktor Orban CRITICIZED European Union')).toBe('relations/verbs:criticized');
  });

  it('when the verb is passive, then the "by" agent criticised the subject', () => {
    const { rels } = run(
      'Office opens',
      'Lithuania was criticised by China for allowing the office to open.',
    );
    expect(rels).toContain('China CRITICIZED Lithuania');
    expect(rels).not.toContain('Lithuania CRITICIZED China');
  });

  it('when "X said Y had …, and criticised Z" is told, then X, not Y, criticised Z', () => {
    const { rels } = run(
      'Embassy row',
      'Foreign Minister Anna Berg said Washington had shown disrespect, and criticised the US embassy for its statement.',
    );
    // (Every critic is X; X criticising Washington too is the reported speech's reading.)
    const critics = rels.filter((r) => / CRITICIZED /.test(r)).map((r) => r.split(' CRITICIZED ')[0]);
    expect([...new Set(critics)]).toEqual(['Anna Berg']);
    expect(rels).toContain('Anna Berg CRITICIZED US Embassy');
  });
});

describe('events from more shapes of their clause', () => {
  const events = (d: ReturnType<typeof run>['d'], type: string) => d.events.filter((e) => e.type === type);

  it('when ", and Sweden said it would expel" follows a wire dateline and a list, then "it" is Sweden', () => {
    const { rels } = run(
      'Diplomats expelled',
      'OSLO (Reuters) - Germany and Italy expelled Russian diplomats on Tuesday over the killings in Bucha, and Sweden said it would expel three Russian diplomats as well.',
    );
    expect(rels).toContain('Sweden EXPELLED Russia');
    expect(rels).toContain('Germany EXPELLED Russia');
    expect(rels.filter((x) => /^(?:Oslo|Norway|Bucha) EXPELLED/.test(x))).toEqual([]);
  });

  it('when a group of states names its members ("19 countries, including A, B and C, have expelled"), then each acts', () => {
    const { rels } = run(
      'Diplomats expelled',
      'At least 19 countries, including Canada, 15 members of the EU, Ukraine and Albania, have expelled Russian diplomats. Several European states, among them Poland and Latvia, expelled Belarusian diplomats on Monday.',
    );
    for (const x of ['Canada', 'Ukraine', 'Albania']) expect(rels).toContain(`${x} EXPELLED Russia`);
    expect(rels).toContain('Poland EXPELLED Belarus');
    expect(rels).toContain('Latvia EXPELLED Belarus');
    expect(rels.filter((x) => /^European Union EXPELLED/.test(x))).toEqual([]);
  });

  it('when the group is not the subject ("Germany, which consulted countries such as A and B, expelled"), then its states do not act', () => {
    const { rels } = run(
      'Diplomats expelled',
      'Germany, which consulted countries such as Canada and Japan, expelled two Russian diplomats.',
    );
    expect(rels).toContain('Germany EXPELLED Russia');
    expect(rels.filter((x) => /^(?:Canada|Japan) EXPELLED/.test(x))).toEqual([]);
  });

  it('when "X held a phone call with Y" is told, then X spoke with Y', () => {
    const { rels } = run(
      'Leaders talk',
      'Ukrainian President Volodymyr Zelensky held a phone call with French President Emmanuel Macron on Sunday.',
    );
    expect(rels).toContain('Volodymyr Zelensky SPOKE_WITH Emmanuel Macron');
  });

  it('when "X was received by Y" or "X and Y shook hands" is told, then they met', () => {
    expect(
      run(
        'Visit',
        'US Secretary of State Antony Blinken was received by Chinese President Xi Jinping on Monday.',
      ).rels,
    ).toContain('Antony Blinken MET Xi Jinping');
    expect(
      run('Summit', 'US President Joe Biden and Chinese President Xi Jinping shook hands in Bali on Monday.')
        .rels,
    ).toContain('Joe Biden MET Xi Jinping');
  });

  it('when "persona non grata" stands in quotation marks, then it is still an expulsion', () => {
    const { rels } = run(
      'Officials expelled',
      'The Ethiopian foreign ministry declared the seven UN officials "persona non grata" on Thursday.',
    );
    expect(rels).toContain('Ethiopian Foreign Ministry EXPELLED United Nations');
  });

  it('when "X kicked out N diplomats" is told, then it is an expulsion', () => {
    const { rels } = run('Expulsions', 'The Czech Republic kicked out 18 Russian diplomats on Saturday.');
    expect(rels).toContain('Czech Republic EXPELLED Russia');
  });

  it('when a statement names its issuer after the noun, by a possessive or as the subject after a fronted phrase, then it is theirs', () => {
    for (const [body, issuers] of [
      [
        'A statement from the Czech Foreign Ministry said the diplomats must leave.',
        ['Czech Foreign Ministry'],
      ],
      ['The Kremlin issued the following statement on Saturday.', ['Kremlin']],
      ['In a joint statement, the United States and Japan condemned the launch.', ['United States', 'Japan']],
    ] as const) {
      const { d } = run('Statement', body);
      const st = events(d, 'statement');
      expect(st, body).toHaveLength(1);
      expect(
        st[0]!.participants.map((p) => d.entities.find((e) => e.id === p.entity)?.name),
        body,
      ).toEqual(issuers);
    }
  });
});

describe('who a phrase names', () => {
  it('when a country stands before capitalised title words and a name, then the phrase is the person', () => {
    const { rels } = run('Countermeasures', 'China has sanctioned US Senator Marco Rubio over Hong Kong.');
    expect(rels).toContain('China SANCTIONED Marco Rubio');
    expect(rels).not.toContain('China SANCTIONED United States');
  });

  it('when a group is followed by "including X", then X is acted on too', () => {
    const { rels } = run(
      'Diplomats expelled',
      "Canada's expulsion of six Indian diplomats, including High Commissioner Sanjay Kumar Verma, angered New Delhi.",
    );
    expect(rels).toEqual(
      expect.arrayContaining(['Canada EXPELLED India', 'Canada EXPELLED Sanjay Kumar Verma']),
    );
  });

  it('when visa restrictions are imposed or assets frozen, then it is a sanction of those named', () => {
    expect(
      run(
        'Visa bans',
        'Washington imposed visa restrictions on Nicaraguan officials, including Vice President Rosario Murillo.',
      ).rels,
    ).toContain('Washington SANCTIONED Rosario Murillo');
    expect(
      run('Assets', 'Britain froze the assets of Russian oligarch Roman Abramovich on Thursday.').rels,
    ).toContain('United Kingdom SANCTIONED Roman Abramovich');
  });
});

describe('what a name is said to be', () => {
  it('when a capitalised title heads a body in apposition, then the person leads it', () => {
    expect(
      run('NATO', 'Jens Stoltenberg, the Secretary General of NATO, said on Monday that relations were poor.')
        .rels,
    ).toContain('Jens Stoltenberg LEADS NATO');
    expect(
      run(
        'Commission',
        'Ursula von der Leyen, President of the European Commission, said on Monday that relations were poor.',
      ).rels,
    ).toContain('Ursula von der Leyen LEADS European Commission');
  });

  it("when a sentence says a person has been a country's envoy in a capital, then the person is ambassador there", () => {
    const { rels } = run(
      'Envoy',
      "Ambassador Anatoly Antonov said on Monday that relations were poor. Antonov has been Russia's envoy in the United States since 2017.",
    );
    expect(rels).toContain('Anatoly Antonov AMBASSADOR_TO United States');
  });
});

describe('more verbs of blame', () => {
  it('when X "blamed" Y or "alleged that" Y did something, then X accused Y; "hit out at" is criticism', () => {
    expect(run('Blast', 'The Czech government blamed Russia for the 2014 explosion.').rels).toContain(
      'Czech Republic ACCUSED Russia',
    );
    expect(
      run('Harassment', 'Pakistan alleged that India had not protected its diplomats in New Delhi.').rels,
    ).toContain('Pakistan ACCUSED India');
    expect(run('Row', 'Turkey hit out at Israel on Monday.').rels).toContain('Turkey CRITICIZED Israel');
  });
});
