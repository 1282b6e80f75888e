// Relations and events whose arguments come from the clause (server/src/extract/clauses/): subjects and
// objects as coordinated lists, appositions and dashes, passives with and without an agent, bodies that
// stand for their state, reciprocal "each other's", participle clauses. Every sentence here is written
// for the test: no real page's text.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;

describe('expulsions read from the clause', () => {
  it('when a passive subject lists people with appositions, then each is expelled by the expeller of the expulsion just told', () => {
    const { rels, events } = run(
      'Sudan expels UN staff',
      "Sudan's foreign ministry on Monday ordered seven UN staff to leave the country. Anna Berg, deputy head of mission for UNDP, and Tomas Lind, UNHCR representative in Khartoum, were among those expelled.",
    );
    expect(rels).toEqual(
      expect.arrayContaining([
        'Sudanese Foreign Ministry EXPELLED Anna Berg',
        'Sudanese Foreign Ministry EXPELLED Tomas Lind',
      ]),
    );
    expect(events('expulsion')).toHaveLength(1);
  });

  it('when named diplomats are set off by dashes after "had been expelled", then the state that expelled their country is the expeller', () => {
    const { rels, events } = run(
      'Serbia expels diplomats',
      'Serbia on Monday ordered the expulsion of two Dutch diplomats. Canada expelled three Serbian diplomats. Later, the ministry said that the two Dutch diplomats — Pieter Smit, Anna Jansen — had been expelled.',
    );
    expect(rels).toEqual(
      expect.arrayContaining([
        'Serbia EXPELLED Netherlands',
        'Serbia EXPELLED Pieter Smit',
        'Serbia EXPELLED Anna Jansen',
      ]),
    );
    expect(rels).not.toContain('Canada EXPELLED Pieter Smit');
    expect(events('expulsion')).toHaveLength(2);
  });

  it('when two governments expel "each other\'s" diplomats, then each expelled the other', () => {
    const { rels, events } = run(
      'Tit for tat',
      "The Polish and Belarusian governments expelled each other's senior diplomats on Tuesday.",
    );
    expect(rels).toEqual(expect.arrayContaining(['Poland EXPELLED Belarus', 'Belarus EXPELLED Poland']));
    expect(events('expulsion')).toHaveLength(2);
  });

  it('when a body that took power in a country orders an envoy out, then the country expels', () => {
    const { rels } = run(
      'Junta orders envoy out',
      'The military council that seized power in Mali has ordered the Swedish ambassador to leave the country within 72 hours.',
    );
    expect(rels).toContain('Mali EXPELLED Sweden');
  });

  it('when a ministry "gave X 72 hours to leave", then it expelled X; a second verb of the subject keeps it', () => {
    const a = run(
      'Envoy expelled',
      'The Swedish Foreign Ministry gave Ambassador Lars Holm 72 hours to leave the country.',
    );
    expect(a.rels).toContain('Swedish Foreign Ministry EXPELLED Lars Holm');
    const b = run(
      'Retaliation',
      'Hungary expelled two Slovak diplomats in response to expulsions by Bratislava and gave the Slovak consul 24 hours to leave.',
    );
    expect(b.rels).toContain('Hungary EXPELLED Slovakia');
    expect(b.rels.filter((r) => r.startsWith('Bratislava EXPELLED'))).toEqual([]);
  });

  it('when embassy staff are expelled, then their state is the target; a later unnamed group continues the last expulsion', () => {
    const { rels, events } = run(
      'Expulsions',
      'Estonia expelled 14 Russian diplomats on Tuesday, and Latvia declared 13 staff persona non grata. Russia responded by expelling 20 Estonian embassy staff from Moscow.',
    );
    expect(rels).toEqual(
      expect.arrayContaining([
        'Estonia EXPELLED Russia',
        'Latvia EXPELLED Russia',
        'Russia EXPELLED Estonia',
      ]),
    );
    expect(rels.filter((r) => r.endsWith('EXPELLED Moscow'))).toEqual([]);
    expect(events('expulsion')).toHaveLength(3);
  });
});

describe('summons read from the clause', () => {
  it('when envoys "from A, B and C were summoned to the Foreign Ministry", then the state that summoned before summoned each country', () => {
    const { rels, events } = run(
      'Ecuador summons envoys',
      'Ecuador summoned the ambassadors of three countries on Monday. Envoys from Brazil, Chile and Peru were summoned to the Foreign Ministry, officials said.',
    );
    for (const c of ['Brazil', 'Chile', 'Peru']) expect(rels).toContain(`Ecuador SUMMONED ${c}`);
    expect(rels.filter((r) => r.startsWith('Foreign Ministry'))).toEqual([]);
    expect(events('summons')).toHaveLength(1);
  });

  it('when a state protests "by summoning the ambassador of X", then it summoned X', () => {
    const { rels } = run(
      'Protest',
      'Romania lodged a protest on Monday by summoning the ambassador of Hungary.',
    );
    expect(rels).toContain('Romania SUMMONED Hungary');
  });

  it('when the headline summons an unnamed envoy the body names, then both are one summons of the named envoy', () => {
    const { rels, events } = run(
      'Oslo summons Iranian envoy',
      "Iran's ambassador, Hossein Karimi, was summoned to the Norwegian Foreign Ministry on Tuesday.",
    );
    expect(rels).toEqual(
      expect.arrayContaining([
        'Oslo SUMMONED Hossein Karimi',
        'Norwegian Foreign Ministry SUMMONED Hossein Karimi',
      ]),
    );
    expect(events('summons')).toHaveLength(1);
  });

  it('when a deputy is summoned, then the named ambassador is not', () => {
    const { rels } = run(
      'Envoy recalled',
      "Finland's ambassador, Anna Virtanen, left Moscow last week. On Monday Russia summoned Finland's deputy ambassador.",
    );
    expect(rels).toContain('Russia SUMMONED Finland');
    expect(rels).not.toContain('Russia SUMMONED Anna Virtanen');
  });
});

describe('recalls read from the clause, and the envoys they act on', () => {
  it('when coordinated states recall "their ambassadors from X", then each recalls, no unnamed envoy is recalled by name', () => {
    const { rels, events } = run(
      'Envoys recalled',
      'Peru and Chile have recalled their ambassadors from Venezuela.',
    );
    expect(events('recall').map((e) => e.participants.map((p) => p.role).join(' '))).toEqual([
      'recaller recalled-from',
      'recaller recalled-from',
    ]);
    expect(rels.filter((r) => r.includes('RECALLED'))).toEqual([]);
  });

  it('when a named ambassador is recalled from a capital, then the state recalled them and they were the ambassador there', () => {
    const { rels } = run(
      'Oslo recalls envoy',
      'Iran detained two Norwegian citizens last month. Norway recalled Ambassador Kari Lund from Tehran on Monday.',
    );
    expect(rels).toEqual(
      expect.arrayContaining(['Norway RECALLED Kari Lund', 'Kari Lund AMBASSADOR_TO Iran']),
    );
  });

  it('when the envoy landed "after being recalled", then the main subject was recalled, by the state that sent them', () => {
    const { rels } = run(
      'Envoy home',
      "Russia's ambassador to Chile, Ivan Petrov, landed in Moscow on Sunday after being recalled for consultations.",
    );
    expect(rels).toContain('Russia RECALLED Ivan Petrov');
  });

  it('when a state is asked to withdraw its envoy, then nothing is recalled', () => {
    const { events } = run('Row', 'China demanded that Vilnius withdraw its ambassador from Beijing.');
    expect(events('recall')).toEqual([]);
  });

  it('when the headline expels an unnamed envoy and the body names the one given hours to leave, then the named envoy is expelled and was the ambassador there', () => {
    const { rels, events } = run(
      'Qatar expels Danish envoy',
      'The Qatari foreign ministry gave Lars Berg 24 hours to leave the country on Monday.',
    );
    expect(rels).toEqual(
      expect.arrayContaining(['Qatar EXPELLED Lars Berg', 'Lars Berg AMBASSADOR_TO Qatar']),
    );
    expect(rels).not.toContain('Qatar EXPELLED Denmark');
    expect(events('expulsion')).toHaveLength(1);
  });

  it("when a summoned deputy is named, then the headline's unnamed envoy is that deputy, who is no ambassador", () => {
    const { rels } = run(
      'Delhi summons Nepali envoy',
      "Nepal's Deputy Ambassador Ram Thapa was on Wednesday summoned to the Ministry of External Affairs in New Delhi.",
    );
    expect(rels.filter((r) => r.includes('Ram Thapa'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/SUMMONED Ram Thapa$/)]),
    );
    expect(rels.filter((r) => r.includes('AMBASSADOR_TO'))).toEqual([]);
  });
});

describe('formal statements', () => {
  const issuers = (d: ReturnType<typeof run>) =>
    d.events('statement').map((e) => e.participants.map((p) => d.name(p.entity)).join());

  it('when a body says something "in a statement", in a fronted "In a statement, X said", or as "a X statement said", then its statement is an event', () => {
    expect(
      issuers(run('Row', 'The Chilean Foreign Ministry said in a written statement that talks would go on.')),
    ).toEqual(['Chilean Foreign Ministry']);
    expect(
      issuers(run('Row', "In a statement on Friday night, Peru's foreign ministry said it would respond.")),
    ).toEqual(['Peruvian Foreign Ministry']);
    expect(issuers(run('Row', '"We reject this," a Kenyan Foreign Ministry statement said.'))).toEqual([
      'Kenyan Foreign Ministry',
    ]);
  });

  it('when "the statement said" follows what a body said, then it is that body\'s one statement; a briefing is none', () => {
    const d = run(
      'Row',
      'Ghana said it was expelling two diplomats, the Ghanaian Foreign Ministry said on Thursday. The two have 48 hours to leave, the statement said. Officials told a press briefing nothing more.',
    );
    expect(issuers(d)).toEqual(['Ghanaian Foreign Ministry']);
  });

  it('when a release is cited ("according to a release from X"), then X issued it', () => {
    expect(
      issuers(
        run(
          'Credentials',
          'According to a release from the Elysee Palace, the president received five envoys.',
        ),
      ),
    ).toEqual(['Elysee Palace']);
  });
});

describe('sanctions read from the clause', () => {
  it('when a state sanctions "three Belarusians: A, a judge; B, …; and C", then each named person is sanctioned', () => {
    const { rels } = run(
      'Sanctions',
      'The European Union said it was sanctioning three Belarusians: Ivan Kovalev, a judge; Olga Sidorova, a prosecutor; and Pavel Orlov, a police chief.',
    );
    for (const p of ['Ivan Kovalev', 'Olga Sidorova', 'Pavel Orlov'])
      expect(rels).toContain(`European Union SANCTIONED ${p}`);
  });

  it('when a state "hit X with sanctions" or X "has been hit with sanctions", then X is sanctioned', () => {
    expect(run('Sanctions', 'The United States hit Moscow with new sanctions on Thursday.').rels).toContain(
      'United States SANCTIONED Moscow',
    );
    const b = run('Economy', 'Venezuela has been hit with successive waves of sanctions since 2019.');
    expect(
      b.events('sanction').map((e) => e.participants.map((p) => `${b.name(p.entity)}:${p.role}`)),
    ).toEqual([['Venezuela:sanctioned']]);
  });

  it('when states "partnered with X on these sanctions", then they sanctioned the same target in the same package', () => {
    const { rels, events } = run(
      'Sanctions',
      'Britain imposed sanctions on Iranian officials on Friday. Canada and Australia partnered with Britain on these new sanctions.',
    );
    expect(rels).toEqual(
      expect.arrayContaining([
        'United Kingdom SANCTIONED Iran',
        'Canada SANCTIONED Iran',
        'Australia SANCTIONED Iran',
      ]),
    );
    expect(events('sanction')).toHaveLength(1);
  });

  it('when "designated" names people in an article about sanctions, then they are sanctioned; elsewhere it is no sanction', () => {
    const a = run(
      'Sanctions on Belarus',
      'Washington imposed sanctions on the junta on Monday. The Treasury Department has further designated Viktor Orlov and Sergei Markov.',
    );
    expect(a.rels).toEqual(
      expect.arrayContaining([
        'Treasury Department SANCTIONED Viktor Orlov',
        'Treasury Department SANCTIONED Sergei Markov',
      ]),
    );
    expect(
      run('Appointment', 'The party designated Anna Kowalska as its candidate.').events('sanction'),
    ).toEqual([]);
  });
});

describe('what a name is said to be', () => {
  it('when an apposition gives a role in a body, then the person is a member, its head leads it, a spokesperson speaks for whom they name', () => {
    const { rels } = run(
      'Officials',
      'Maria Lopez, deputy humanitarian coordinator for OCHA, spoke on Monday. Karl Weber, the commander of the Federal Police, resigned. Eva Stone, a spokeswoman for Foreign Minister Ana Diaz, declined to comment. UN Secretary General Antonio Guterres spoke.',
    );
    expect(rels).toEqual(
      expect.arrayContaining([
        'Maria Lopez MEMBER_OF OCHA',
        'Karl Weber LEADS Federal Police',
        'Eva Stone SPOKESPERSON_OF Ana Diaz',
        'Antonio Guterres LEADS United Nations',
      ]),
    );
  });

  it('when a relative clause or a possessive body names several people, then each is a member', () => {
    const { rels } = run(
      'Officials',
      "UNHCR's Lena Fox and Omar Aziz left the country. Peter Hall and John Reid, both of whom are senior officials in the Border Police, were fired.",
    );
    expect(rels).toEqual(
      expect.arrayContaining([
        'Lena Fox MEMBER_OF UNHCR',
        'Omar Aziz MEMBER_OF UNHCR',
        'Peter Hall MEMBER_OF Border Police',
        'John Reid MEMBER_OF Border Police',
      ]),
    );
  });
});

describe('who carried or drew out the words (relations/sources.ts)', () => {
  it('when a sentence ends "…, <outlet> reported" or the words were "quoted by"/"picked up by" an agency, then the speaker is QUOTED_BY it; a ministry closing the sentence is no outlet', () => {
    const { rels } = run(
      'Peru recalls envoy',
      'Peru recalled its ambassador to Bolivia, Foreign Minister Ana Ruiz said on Friday, the Lumen News Agency reported. Ruiz added that talks would resume, as quoted by Reuters. The embassy would stay open, Ruiz told reporters, the Foreign Ministry said.',
    );
    expect(rels).toEqual(
      expect.arrayContaining(['Ana Ruiz QUOTED_BY Lumen News Agency', 'Ana Ruiz QUOTED_BY Reuters']),
    );
    expect(rels.filter((r) => / QUOTED_BY .*Ministry/.test(r))).toEqual([]);
  });

  it('when someone "told" or spoke "in an interview with" a broadcaster, then they were INTERVIEWED_BY it; a platform or a parliament interviews no one', () => {
    const { rels } = run(
      'Estonian minister on sanctions',
      'Estonian Foreign Minister Margus Tsahkna told the Baltic broadcaster ERR that sanctions would stay. Latvian President Edgars Rinkevics said in an interview with Delfi TV that the talks had failed. The Russian Embassy told Facebook users the claims were false. Tsahkna told the Riigikogu the plan was ready.',
    );
    expect(rels).toEqual(
      expect.arrayContaining([
        'Margus Tsahkna INTERVIEWED_BY ERR',
        'Edgars Rinkevics INTERVIEWED_BY Delfi TV',
      ]),
    );
    expect(rels.filter((r) => /INTERVIEWED_BY (?:Facebook|Riigikogu)/.test(r))).toEqual([]);
  });

  it('when a fronted participle names the broadcaster ("Interviewed on Y, X said", "Speaking to Y, X said"), then X is the interviewee; "during an interview" with no broadcaster is still an interview', () => {
    const { rels, events } = run(
      'Ministers on the border talks',
      'Interviewed on the Nordic Broadcasting Network on Tuesday, Finnish Foreign Minister Elina Valtonen said the border would stay closed. Speaking to the BBC, Lithuanian Prime Minister Ingrida Simonyte said the same. Polish President Andrzej Duda called the move "overdue" during an interview.',
    );
    expect(rels).toEqual(
      expect.arrayContaining([
        'Elina Valtonen INTERVIEWED_BY Nordic Broadcasting Network',
        'Ingrida Simonyte INTERVIEWED_BY BBC',
      ]),
    );
    const interviewees = events('interview').map((e) => e.participants.map((p) => p.entity));
    expect(interviewees.flat()).toEqual(expect.arrayContaining([expect.stringMatching(/andrzej-duda/)]));
  });
});

describe('meetings read from the clause (events/meetings.ts)', () => {
  it('when a subject met or received several persons, then each is one meeting with MET; a subject met "and held talks with" a counterpart named after the role', () => {
    const { rels, events } = run(
      'Finnish president in Lima',
      'On Monday, President Alexander Stubb met with Dina Boluarte, the President of Peru, and Gustavo Petro, President of Colombia. He also received Luis Arce at his hotel. Stubb met and held talks with his Chilean counterpart, Gabriel Boric, in Santiago.',
    );
    expect(rels).toEqual(
      expect.arrayContaining([
        'Alexander Stubb MET Dina Boluarte',
        'Alexander Stubb MET Gustavo Petro',
        'Alexander Stubb MET Luis Arce',
        'Alexander Stubb MET Gabriel Boric',
      ]),
    );
    expect(rels.filter((r) => /Boluarte MET Gustavo|Petro MET Dina/.test(r))).toEqual([]);
    expect(events('meeting')).toHaveLength(4);
  });

  it('when the meeting is a noun ("talks between A and B", "A\'s meeting with B", "his talks with B", "during a summit, A and B agreed"), then its parties met', () => {
    for (const body of [
      'Talks between Olaf Scholz and Emmanuel Macron ended on Tuesday in Berlin.',
      "Olaf Scholz's meeting with Emmanuel Macron lasted two hours.",
      'Olaf Scholz said on Tuesday that his talks with Emmanuel Macron had been useful.',
      'During a bilateral summit in Berlin on Tuesday, Olaf Scholz and Emmanuel Macron agreed to cooperate.',
      'Olaf Scholz and Emmanuel Macron met in Berlin on Tuesday.',
    ]) {
      const { rels, events } = run('Leaders in Berlin', body);
      expect(rels, body).toEqual(
        expect.arrayContaining([expect.stringMatching(/Scholz MET Emmanuel|Macron MET Olaf/)]),
      );
      expect(events('meeting'), body).toHaveLength(1);
    }
  });

  it('when a meeting is planned ("will meet", "are set to hold talks"), then it is no event', () => {
    for (const body of [
      'Olaf Scholz will meet Emmanuel Macron in Berlin next week.',
      'Olaf Scholz and Emmanuel Macron are set to hold talks in Berlin.',
    ]) {
      const { events } = run('Leaders to meet', body);
      expect(events('meeting'), body).toHaveLength(0);
    }
  });

  it('when a person "attended the X meeting with A, B and C", then it is one meeting and each met the subject, not one another', () => {
    const { rels, events } = run(
      'Nordic talks',
      'Norwegian Prime Minister Erna Solberg attended the Nordic meeting with Ulf Kristersson, the Prime Minister of Sweden, and Mette Frederiksen, the Prime Minister of Denmark.',
    );
    expect(rels).toEqual(
      expect.arrayContaining(['Erna Solberg MET Ulf Kristersson', 'Erna Solberg MET Mette Frederiksen']),
    );
    expect(rels.filter((r) => /Kristersson MET Mette|Frederiksen MET Ulf/.test(r))).toEqual([]);
    expect(events('meeting')).toHaveLength(1);
  });
});

describe('heads of mission from the role a name is given (relations/envoys.ts)', () => {
  it('when a title before a name or an apposition after it calls the person an ambassador, envoy or high commissioner to a place, then they are AMBASSADOR_TO it; a deputy is not', () => {
    const { rels } = run(
      'Envoys',
      "Chile's High Commissioner to Kenya Pablo Soto was summoned on Monday. Its envoy to Norway Juan Perez returned. Ana Ruiz – Ambassador of the Republic of Peru in Chile – left. Deputy Ambassador to Chile Paul Berg stayed.",
    );
    expect(rels).toEqual(
      expect.arrayContaining([
        'Pablo Soto AMBASSADOR_TO Kenya',
        'Juan Perez AMBASSADOR_TO Norway',
        'Ana Ruiz AMBASSADOR_TO Chile',
      ]),
    );
    expect(rels.filter((r) => /^Paul Berg AMBASSADOR_TO/.test(r))).toEqual([]);
  });
});

describe('visits told by the noun (events/recalls-returns.ts)', () => {
  it('when "X\'s first visit to P", "during his working visit to P" or "a visit to P by X" is told, then X visited P; an upcoming or planned visit is none', () => {
    for (const body of [
      "This is Pablo Soto's first visit to Lima since the election.",
      'Minister Pablo Soto, during his working visit to Lima, spoke on television.',
      'A visit to Lima by Pablo Soto ended on Monday.',
    ]) {
      const { rels, events } = run('Minister abroad', body);
      expect(rels, body).toContain('Pablo Soto VISITED Lima');
      expect(events('visit'), body).toHaveLength(1);
    }
    for (const body of [
      'Pablo Soto will visit Lima next week.',
      "Pablo Soto's upcoming visit to Lima was confirmed.",
    ]) {
      const { events } = run('Minister abroad', body);
      expect(events('visit'), body).toHaveLength(0);
    }
  });
});

describe('credentials read from the clause (events/meetings-calls.ts)', () => {
  const met = (rels: string[], envoy: string) =>
    rels.includes(`${envoy} MET Dina Boluarte`) || rels.includes(`Dina Boluarte MET ${envoy}`);
  it('when envoys present credentials to a head of state (a subject with an apposition, an inverted "Also presenting … were: A, B", a host who "received the credentials of" them), then it is one ceremony and each envoy MET the host', () => {
    const { rels, events } = run(
      'Envoys present credentials in Lima',
      'French envoy Anne Dubois, along with four other ambassadors, presented diplomatic credentials to Peruvian President Dina Boluarte on Tuesday. Also presenting credentials on Tuesday were: Marco Rossi of Italy and Pablo Soto of Chile.',
    );
    for (const envoy of ['Anne Dubois', 'Marco Rossi', 'Pablo Soto']) expect(met(rels, envoy)).toBe(true);
    expect(events('meeting')).toHaveLength(1);
    const received = run(
      'President receives credentials',
      'President Dina Boluarte received the letters of credence of Marco Rossi and Pablo Soto at the palace.',
    );
    for (const envoy of ['Marco Rossi', 'Pablo Soto']) expect(met(received.rels, envoy)).toBe(true);
    expect(received.events('letter')).toHaveLength(0);
    const unnamed = run(
      'Ambassadors present letters of credence to President Dina Boluarte',
      'The ceremony was short.',
    );
    expect(unnamed.events('meeting')).toHaveLength(1);
  });
});

describe('expulsions told with other verbs (events/expulsions.ts)', () => {
  it('when a state "told" or "instructed" diplomats "to leave the country" or is "ejecting" them, then it expelled them; "told reporters … to leave" is none', () => {
    for (const body of [
      'Norway told three Iranian diplomats to leave the country on Monday.',
      'Norway instructed three Iranian diplomats to leave within a week.',
      'Norway said it was ejecting three Iranians.',
    ]) {
      const { rels, events } = run('Norway acts', body);
      expect(rels, body).toContain('Norway EXPELLED Iran');
      expect(events('expulsion'), body).toHaveLength(1);
    }
    const { events } = run(
      'Minister speaks',
      'Norwegian Foreign Minister Espen Barth Eide told reporters he wanted to leave Oslo.',
    );
    expect(events('expulsion')).toHaveLength(0);
  });
});

describe('members a body’s apposition lists (relations/appositions.ts)', () => {
  it('when a body is "a bloc comprising A, B and C" or "member countries, a platform consisting of A and B", then each is MEMBER_OF it; a person listed is not', () => {
    const { rels } = run(
      'Blocs',
      'BRICS, an informal bloc comprising Brazil, Russia and India, has grown. The ministers of the OECS member states, a union made up of Dominica, Grenada and Saint Lucia, met. NATO, a body whose head is Mark Rutte, said nothing.',
    );
    expect(rels).toEqual(
      expect.arrayContaining([
        'Brazil MEMBER_OF BRICS',
        'Russia MEMBER_OF BRICS',
        'India MEMBER_OF BRICS',
        'Dominica MEMBER_OF OECS',
        'Saint Lucia MEMBER_OF OECS',
      ]),
    );
    expect(rels.filter((r) => /^Mark Rutte MEMBER_OF/.test(r))).toEqual([]);
  });
});

describe('recalls with a capitalised title (events/recalls-returns.ts)', () => {
  it('when a state "withdraws its High Commissioner X" or "its Ambassador", then it is a recall of X', () => {
    for (const body of [
      'Kenya on Monday announced its decision to withdraw its High Commissioner Pablo Soto from Ghana.',
      'Kenya withdrew its Ambassador Pablo Soto from Ghana on Monday.',
    ]) {
      const { rels, events } = run('Kenya acts', body);
      expect(rels, body).toContain('Kenya RECALLED Pablo Soto');
      expect(events('recall'), body).toHaveLength(1);
    }
  });
});
