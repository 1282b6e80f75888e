// Every party a clause lists for an event's role is taken (session 23): a plural role before a list of
// names ("sanctioned Russian oligarchs A, B and C", "Iranian officials, A and B,") names the people, not
// the demonym's country. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const targets = (rels: string[], by: string, type: string) =>
  rels.filter((r) => r.startsWith(`${by} ${type} `)).map((r) => r.slice(`${by} ${type} `.length));

describe('a plural role before a list of names', () => {
  it.each([
    ['The EU sanctioned Russian oligarchs Rufus Firefly, Chico Marx and Harpo Marx on Monday.'],
    ['The EU sanctioned three Russian businessmen, Rufus Firefly, Chico Marx and Harpo Marx, on Monday.'],
    ['The EU imposed sanctions on Russian tycoons Rufus Firefly, Chico Marx and Harpo Marx.'],
  ])('when "%s", then each name is sanctioned, not the demonym\'s country', (body) => {
    const { rels, ruleOf } = run('EU sanctions oligarchs', body);
    expect(targets(rels, 'European Union', 'SANCTIONED').sort()).toEqual([
      'Chico Marx',
      'Harpo Marx',
      'Rufus Firefly',
    ]);
    expect(ruleOf('European Union SANCTIONED Chico Marx')).toBe('events/sanctions:sanction');
  });

  it('when a plural role is followed by a comma and one name that speaks, then the role keeps its country', () => {
    const { rels } = run(
      'EU sanctions officials',
      'The EU sanctioned Russian officials, Rufus Firefly said on Monday.',
    );
    expect(targets(rels, 'European Union', 'SANCTIONED')).toEqual(['Russia']);
  });
});

describe('states that act with the subject of an expulsion', () => {
  it.each([
    ['The Czech Republic, along with Slovakia and Bulgaria, expelled Russian diplomats last week.'],
    ['The Czech Republic, together with Slovakia and Bulgaria, has expelled Russian diplomats.'],
    ['The Czech Republic, as well as Slovakia and Bulgaria, expelled Russian diplomats on Monday.'],
  ])('when "%s", then each state expels Russia', (body) => {
    const { rels, ruleOf } = run('Czechs expel Russians', body);
    for (const by of ['Czech Republic', 'Slovakia', 'Bulgaria'])
      expect(rels).toContain(`${by} EXPELLED Russia`);
    expect(ruleOf('Bulgaria EXPELLED Russia')).toBe('events/expulsions:expulsion');
  });

  it('when "along with" names no state, then only the subject expels', () => {
    const { rels } = run(
      'Czechs expel Russians',
      'The Czech Republic, along with its allies in the region, expelled Russian diplomats on Monday.',
    );
    expect(rels.filter((r) => r.includes(' EXPELLED '))).toEqual(['Czech Republic EXPELLED Russia']);
  });

  it('when ", joining A and the Baltic states in expelling", then A expels too', () => {
    const { rels } = run(
      'Slovakia expels Russians',
      'Slovakia expelled three Russian diplomats on Monday, joining Poland and the Baltic states in expelling Russian envoys.',
    );
    expect(rels).toEqual(expect.arrayContaining(['Slovakia EXPELLED Russia', 'Poland EXPELLED Russia']));
  });

  it('when "joined its partners in expelling", then no partner is named', () => {
    const { rels } = run(
      'Slovakia expels Russians',
      "Slovakia joined Germany's partners in expelling Russian envoys on Monday.",
    );
    expect(rels.filter((r) => r.includes(' EXPELLED '))).toEqual(['Slovakia EXPELLED Russia']);
  });
});

describe('states whose diplomats are counted one by one', () => {
  it.each([
    ['Russia ordered 10 US, 5 British and 3 German diplomats out of the country on Tuesday.'],
    ['Russia expelled 10 US, 5 British and 3 German diplomats on Tuesday.'],
  ])('when "%s", then each state is expelled', (body) => {
    const { rels, ruleOf } = run('Russia retaliates', body);
    expect(rels.filter((r) => r.startsWith('Russia EXPELLED ')).sort()).toEqual([
      'Russia EXPELLED Germany',
      'Russia EXPELLED United Kingdom',
      'Russia EXPELLED United States',
    ]);
    expect(ruleOf('Russia EXPELLED United Kingdom')).toBe('events/expulsions:expulsion');
  });
});

describe('a few leaders met, known only by their states', () => {
  it.each([
    [
      'Rufus Firefly met the leaders of Kazakhstan, Kyrgyzstan and Tajikistan in Moscow on Monday.',
      ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan'],
    ],
    [
      'Rufus Firefly held talks with the presidents of Brazil and South Africa on Tuesday.',
      ['Brazil', 'South Africa'],
    ],
  ])('when "%s", then the one who met is linked to each state', (body, states) => {
    const { rels, ruleOf } = run('Leaders meet', body);
    expect(targets(rels, 'Rufus Firefly', 'MET').sort()).toEqual(states);
    expect(ruleOf(`Rufus Firefly MET ${states[0]}`)).toBe('events/meeting-leaders:leaders-of');
  });

  it("when a state's leader is named in the article, then that state is not linked", () => {
    const { rels } = run(
      'Leaders meet',
      'Rufus Firefly held talks with the presidents of Brazil and South Africa on Tuesday. Brazilian President Chico Marx praised the talks.',
    );
    expect(targets(rels, 'Rufus Firefly', 'MET')).toEqual(['South Africa']);
  });

  it('when many states are listed, then it is a gathering and no state is linked', () => {
    const { rels } = run(
      'Ministers gather',
      'Rufus Firefly gathered with the foreign ministers of Austria, Sweden, Belgium, Jordan and Brazil on Friday.',
    );
    expect(targets(rels, 'Rufus Firefly', 'MET')).toEqual([]);
  });
});

describe('arrivals of everyone the clause names', () => {
  it('when "A and B arrived in P", then both arrived in P', () => {
    const { rels, ruleOf } = run(
      'Ministers arrive',
      'Rufus Firefly and Chico Marx arrived in Kyiv on Tuesday.',
    );
    expect(rels).toEqual(
      expect.arrayContaining(['Rufus Firefly ARRIVED_IN Kyiv', 'Chico Marx ARRIVED_IN Kyiv']),
    );
    expect(ruleOf('Rufus Firefly ARRIVED_IN Kyiv')).toBe('events/recalls-returns:arrival');
  });

  it('when "A met B and arrived in P", then only the subject arrived', () => {
    const { rels } = run(
      'Minister arrives',
      'Rufus Firefly, who met Chico Marx last week, arrived in Kyiv on Tuesday.',
    );
    expect(rels.filter((r) => r.includes(' ARRIVED_IN '))).toEqual(['Rufus Firefly ARRIVED_IN Kyiv']);
  });

  it('when "arrived on a two-day visit to P" names no other place, then the arrival is in P', () => {
    const { rels } = run('Minister arrives', 'Rufus Firefly arrived on a two-day visit to China on Monday.');
    expect(rels).toEqual(
      expect.arrayContaining(['Rufus Firefly ARRIVED_IN China', 'Rufus Firefly VISITED China']),
    );
  });

  it('when "arrived in P on a visit to Q", then the arrival is in P only', () => {
    const { rels } = run(
      'Minister arrives',
      'Rufus Firefly arrived in Beijing on a two-day visit to China on Monday.',
    );
    expect(rels.filter((r) => r.includes(' ARRIVED_IN '))).toEqual(['Rufus Firefly ARRIVED_IN Beijing']);
  });
});

describe('an expeller named by "expelled from" after other expulsions', () => {
  it('when "A and B declared … persona non grata, while four were expelled from C", then C expels in an event of its own', () => {
    const { rels, events } = run(
      'Baltic states expel Russians',
      'Estonia and Latvia previously declared a total of six Russian diplomats persona non grata, while four were expelled from Lithuania.',
    );
    expect(rels).toEqual(
      expect.arrayContaining([
        'Estonia EXPELLED Russia',
        'Latvia EXPELLED Russia',
        'Lithuania EXPELLED Russia',
      ]),
    );
    const by = events('expulsion').map((e) => e.participants.filter((p) => p.role === 'expeller').length);
    expect(by.filter((n) => n === 1)).toHaveLength(3); // one expeller each (the headline's has none)
  });
});

describe('demonyms counted one by one after the group', () => {
  it.each([
    [
      'Russia expelled three Estonian diplomats, as well as two Latvian and four Lithuanian ones.',
      ['Estonia', 'Latvia', 'Lithuania'],
    ],
    [
      'Russia expelled 45 Polish diplomats, 40 German and 35 French ones on Monday.',
      ['France', 'Germany', 'Poland'],
    ],
    ['Russia expelled two Latvian diplomats and one Estonian diplomat on Monday.', ['Estonia', 'Latvia']],
  ])('when "%s", then each state is expelled', (body, states) => {
    const { rels } = run('Russia retaliates', body);
    expect(targets(rels, 'Russia', 'EXPELLED').sort()).toEqual(states);
  });

  it('when a demonym after the group is no count of it ("and German officials said"), then it is not expelled', () => {
    const { rels } = run(
      'Russia retaliates',
      'Russia expelled two Polish diplomats, and German officials said they were concerned.',
    );
    expect(targets(rels, 'Russia', 'EXPELLED')).toEqual(['Poland']);
  });
});

describe('states and bodies listed together as a subject', () => {
  it('when "The EU, the UK and Canada sanctioned X", then each sanctions X', () => {
    const { rels } = run('Allies sanction', 'The EU, the UK and Canada sanctioned Igor Sechin on Monday.');
    expect(rels).toEqual(
      expect.arrayContaining([
        'European Union SANCTIONED Igor Sechin',
        'United Kingdom SANCTIONED Igor Sechin',
        'Canada SANCTIONED Igor Sechin',
      ]),
    );
  });

  it('when "The US and its allies sanctioned X", then the US sanctions X', () => {
    const { rels } = run('Allies sanction', 'The US and its allies sanctioned Igor Sechin on Monday.');
    expect(rels).toContain('United States SANCTIONED Igor Sechin');
  });

  it('when "According to Al Jazeera, the Philippines accused China", then the outlet accuses no one', () => {
    const { rels } = run(
      'Manila protests',
      "According to Al Jazeera, the Philippines accused China's coastguard on Saturday of deploying water cannons.",
    );
    expect(rels.filter((r) => r.startsWith('Al Jazeera '))).toEqual([]);
  });
});

describe('people listed with roles inside the list', () => {
  it.each([
    [
      'The United States imposed sanctions on Iranian Interior Minister Igor Sechin, police chief Alexei Miller and Nikolai Tokarev.',
    ],
    ['Britain sanctioned Igor Sechin, police chief Alexei Miller, and Nikolai Tokarev on Thursday.'],
  ])('when "%s", then each person listed is sanctioned', (body) => {
    const { rels } = run('Sanctions imposed', body);
    const by = rels.find((r) => r.endsWith(' SANCTIONED Igor Sechin'))!.split(' SANCTIONED ')[0]!;
    expect(targets(rels, by, 'SANCTIONED').sort()).toEqual([
      'Alexei Miller',
      'Igor Sechin',
      'Nikolai Tokarev',
    ]);
  });

  it('when "A, X\'s deputy, and B", then the possessor in the apposition is not listed', () => {
    const { rels } = run(
      'Sanctions imposed',
      "Britain sanctioned Igor Sechin, Alexei Miller's deputy, and Nikolai Tokarev.",
    );
    expect(targets(rels, 'United Kingdom', 'SANCTIONED').sort()).toEqual(['Igor Sechin', 'Nikolai Tokarev']);
  });

  it('when "met A and B for a trilateral meeting", then one meeting of all three', () => {
    const { rels, events } = run(
      'Leaders meet',
      'Narendra Modi met Russian President Vladimir Putin and Chinese President Xi Jinping for a trilateral meeting on Friday.',
    );
    expect(rels).toEqual(
      expect.arrayContaining(['Narendra Modi MET Vladimir Putin', 'Narendra Modi MET Xi Jinping']),
    );
    expect(events('meeting')).toHaveLength(1);
  });

  it('when "A, Secretary of State B and C were also present in the meeting", then they do not meet one another', () => {
    const { rels } = run(
      'Leaders meet',
      'Joe Biden headed to the residence on Friday evening. US Treasury Secretary Janet Yellen, Secretary of State Antony Blinken and US NSA Jake Sullivan were also present in the meeting.',
    );
    expect(rels.filter((r) => r.includes(' MET '))).toEqual([]);
  });
});

describe('entry bans, stop lists and groups named one by one', () => {
  it.each([
    [
      'Russia imposed sanctions on three British officials, namely Igor Sechin, Alexei Miller and Nikolai Tokarev.',
    ],
    ['Russia banned entry to Igor Sechin, Alexei Miller and Nikolai Tokarev, the Foreign Ministry said.'],
    ['Russia placed Igor Sechin, Alexei Miller and Nikolai Tokarev on its stop list.'],
  ])('when "%s", then each person listed is sanctioned', (body) => {
    const { rels, ruleOf } = run('Russia retaliates', body);
    // (the officials' state too, as with "including": the unnamed-group convention)
    expect(
      targets(rels, 'Russia', 'SANCTIONED')
        .filter((t) => t !== 'United Kingdom')
        .sort(),
    ).toEqual(['Alexei Miller', 'Igor Sechin', 'Nikolai Tokarev']);
    expect(ruleOf('Russia SANCTIONED Igor Sechin')).toBe('events/sanctions:sanction');
  });
});

describe('a second "with" after the one met', () => {
  it.each([
    ['Wang Yi held talks with Sergei Lavrov and, separately, with Antony Blinken.'],
    ['Wang Yi met with Sergei Lavrov on Monday and with Antony Blinken on Tuesday.'],
  ])('when "%s", then both are met', (body) => {
    const { rels } = run('Diplomacy news', body);
    const met = rels.filter((r) => r.includes(' MET ')).map((r) => r.split(' MET ').sort().join(' – '));
    expect(met.sort()).toEqual(['Antony Blinken – Wang Yi', 'Sergei Lavrov – Wang Yi']);
  });
});
