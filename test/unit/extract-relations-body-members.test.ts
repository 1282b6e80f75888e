// Relations and events, on sentences written for the test: members of a body named by a
// role the apposition rule did not know (a capitalised member title, a counsellor or secretary) or by a
// role phrase before the name; heads by a hyphenated title or a chief executive's; an organisation credited at a sentence's end by its position alone; "it"
// read as the subject of the sentence before or of the verb of saying that reports it. Every sentence
// here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;

describe('members of a body by their role', () => {
  it('reads a capitalised member title before the body', () => {
    const r = run(
      'Envoy summoned',
      'The Foreign Ministry of Peru summoned Alan Moreno, Minister Counselor at the Chilean Embassy in Lima, on Friday.',
    );
    const m = r.rels.find((x) => /^Alan Moreno MEMBER_OF /.test(x));
    expect(m).toMatch(/Chilean Embassy/);
    expect(r.ruleOf(m!)).toBe('relations/appositions:role');
  });

  it('reads a role phrase set before the name', () => {
    const r = run(
      'Diplomats expelled',
      'On Monday, the second secretary of the Canadian Embassy, Paul Dufresne, was told to leave Peru within a week.',
    );
    const m = r.rels.find((x) => /^Paul Dufresne MEMBER_OF /.test(x));
    expect(m).toMatch(/Canadian Embassy/);
    expect(r.ruleOf(m!)).toBe('relations/appositions:role-before-name');
  });

  it('reads a hyphenated capitalised head title ("Secretary-General of") as leading the body', () => {
    const r = run(
      'UN talks',
      'Sheikh Ali Omar met Antonio Guterres, Secretary-General of the United Nations, in New York.',
    );
    expect(r.rels).toContain('Antonio Guterres LEADS United Nations');
    expect(r.ruleOf('Antonio Guterres LEADS United Nations')).toBe('relations/appositions:role');
  });

  it('reads a chief executive of a body named with its kind ("CEO of mining company X")', () => {
    const r = run(
      'Sanctions',
      'Britain sanctioned Ivan Petrov, CEO of mining company Zentra Holdings, on Monday. Anna Li, chief executive officer of Northwind Shipping Corporation, was also listed.',
    );
    expect(r.rels).toContain('Ivan Petrov LEADS Zentra Holdings');
    expect(r.rels).toContain('Anna Li LEADS Northwind Shipping Corporation');
  });

  it("reads a deputy's capitalised head title, a body's possessive role and a chargé d'affaires as members", () => {
    const r = run(
      'Officials listed',
      'Lin Tao, Vice Chairman of the Northwind Development Agency, attended. "We will act," said Omar Haddad, the Treasury Department\'s undersecretary for sanctions policy. Peru summoned Carl Brandt, the charge d\'affaires at the German Embassy in Lima, on Friday.',
    );
    expect(r.rels).toContain('Lin Tao MEMBER_OF Northwind Development Agency');
    expect(r.rels).not.toContain('Lin Tao LEADS Northwind Development Agency');
    expect(r.rels).toContain('Omar Haddad MEMBER_OF Treasury Department');
    expect(r.rels.find((x) => /^Carl Brandt MEMBER_OF /.test(x))).toMatch(/German Embassy/);
  });

  it("gives a titled name's title to that name in a list of titled names", () => {
    const r = run(
      'Relatives sanctioned',
      'The list names relatives of Mayor of Moscow Sergey Sobyanin, Deputy Chairman of the Security Council Dmitry Medvedev and others.',
    );
    expect(r.rels.filter((x) => /^Sergey Sobyanin /.test(x))).toEqual([]);
  });

  it('reads a head title between a body and a name ("World Bank President X", "Gazprom CEO X") as leading it', () => {
    const r = run(
      'Visit',
      'World Bank President Karl Brenner visited Lima. Gazprom CEO Anna Li met him. Chinese President Xi Jinping sent a letter.',
    );
    expect(r.rels).toContain('Karl Brenner LEADS World Bank');
    expect(r.rels).toContain('Anna Li LEADS Gazprom');
    expect(r.rels.filter((x) => /^Xi Jinping LEADS/.test(x))).toEqual([]);
  });

  it('makes nothing of a role phrase without a body', () => {
    const r = run('Diplomats expelled', 'On Monday, the head of the delegation, Paul Dufresne, left Lima.');
    expect(r.rels.filter((x) => / MEMBER_OF /.test(x))).toEqual([]);
  });
});

describe('an outlet by its reporting position', () => {
  it('credits an organisation that ends the sentence with "reports"', () => {
    const r = run(
      'Envoy speaks',
      '"The talks went well," said Peruvian Ambassador to Chile Alan Moreno at a press briefing, KNA reports.',
    );
    const q = r.rels.find((x) => / QUOTED_BY KNA$/.test(x));
    expect(q).toBe('Alan Moreno QUOTED_BY KNA');
    expect(r.ruleOf(q!)).toBe('relations/sources:reporting-position');
  });

  it('never credits a ministry in that position', () => {
    const r = run(
      'Envoy speaks',
      '"The talks went well," said Peruvian Ambassador to Chile Alan Moreno, the Peruvian Foreign Ministry reported.',
    );
    expect(r.rels.filter((x) => / QUOTED_BY /.test(x))).toEqual([]);
  });
});

describe('"it" as a clause subject', () => {
  it('is the subject of the sentence before, not the last name it ends on', () => {
    const r = run(
      'Criticism',
      'Beijing strongly condemned Japan on Tuesday. It also criticised Tokyo for its actions.',
    );
    expect(r.rels).toContain('Beijing CRITICIZED Tokyo');
    expect(r.rels).not.toContain('Japan CRITICIZED Tokyo');
  });

  it('is the body whose verb of saying reports it', () => {
    const r = run(
      'Summons',
      'The Chilean Foreign Ministry said on Tuesday (May 10) in Santiago it had summoned the Peruvian ambassador.',
    );
    expect(r.rels).toContain('Chilean Foreign Ministry SUMMONED Peru');
  });
});

describe("a visit's place", () => {
  it('reads "the visit by X to P" as "the visit of X to P"', () => {
    const r = run('Visit', 'The visit by Nancy Pelosi to Taiwan angered Beijing.');
    expect(r.rels).toContain('Nancy Pelosi VISITED Taiwan');
    expect(r.ruleOf('Nancy Pelosi VISITED Taiwan')).toBe('events/arrivals-visits:visit-of');
  });

  it("gives a visit to a region the country of the article's dateline", () => {
    const r = run(
      'Minister in Angola',
      'Luanda, Angola – UK Minister for Africa, Lord Collins of Highbury, embarked on his first official visit to Africa on Monday.',
    );
    const visited = r.rels.filter((x) => / VISITED /.test(x));
    expect(visited).toEqual(['Lord Collins VISITED Angola']);
    expect(r.events('visit')).toHaveLength(1);
  });

  it('keeps a visit to a region where no dateline names a country', () => {
    const r = run(
      'Minister travels',
      'UK Minister Lord Collins embarked on his first official visit to Africa on Monday.',
    );
    expect(r.rels.filter((x) => / VISITED /.test(x))).toEqual(['Lord Collins VISITED Africa']);
  });
});

describe('meetings with a group known by its state', () => {
  it.each([
    [
      'held talks with Chinese officials',
      'Wendy Sherman held talks with Chinese officials in Tianjin on Monday.',
    ],
    ['met a delegation', 'Russian President Vladimir Putin met a Ukrainian delegation in Istanbul.'],
    [
      'talks in a place between a person and a group',
      'The talks in Tianjin between U.S. Deputy Secretary of State Wendy Sherman and senior Chinese diplomats ended on Monday.',
    ],
  ])('%s', (_, body) => {
    const r = run('Talks', body);
    const met = r.rels.filter((x) => / MET /.test(x));
    expect(met).toHaveLength(1);
    expect(met[0]).toMatch(/ MET (?:China|Ukraine)$/);
    expect(r.ruleOf(met[0]!)).toBe('events/meetings:meeting');
  });

  it('reads two states from "talks between Russian and Japanese ministers"', () => {
    const r = run(
      'Talks',
      'The latest talks between Russian and Japanese foreign and defense ministers were useful.',
    );
    expect(r.rels.filter((x) => / MET /.test(x)).sort()).toEqual(['Japan MET Russia']);
  });

  it('makes no meeting of a group without a demonym', () => {
    const r = run('Talks', 'Wendy Sherman held talks with senior officials in Tianjin on Monday.');
    expect(r.events('meeting')).toEqual([]);
  });
});
