// Parties of a sanctions event named in later sentences (session 19): "The latest companies to be
// sanctioned include A; B; and C", "Entities include …", "The sanctions list was also supplemented by A and
// B", "The new measures hit A and B", "A, the mayor of B, a port town, has also been sanctioned": each
// person or organisation listed as an item of its own joins the sanctions, but not one a description names
// ("founder of Tinkoff Bank", "CEO of energy company X", "close links to Y"). Every sentence here is
// written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const sanctionedBy = (rels: string[], by: string) =>
  rels.filter((r) => r.startsWith(`${by} SANCTIONED `)).map((r) => r.slice(`${by} SANCTIONED `.length));

describe('sanctioned parties listed after the sanctions sentence', () => {
  it('when "the latest firms to be sanctioned include A; B, which …; and C", then the firms are sanctioned', () => {
    const { rels } = run(
      'Canada widens sanctions',
      'Canada has imposed new sanctions on several Belarusian businesses and individuals. The latest firms to be sanctioned include Minsk-based Belinvest Bank; tractor maker Zubr Holding Company, which is the country’s largest exporter; and the Grodno Chemical Corporation.',
    );
    expect(sanctionedBy(rels, 'Canada')).toEqual(
      expect.arrayContaining(['Belinvest Bank', 'Zubr Holding Company', 'Grodno Chemical Corporation']),
    );
  });

  it('when "Individuals include A, founder of X; B, an adviser to C", then A and B but not X or C are sanctioned', () => {
    const { rels } = run(
      'Japan sanctions tycoons',
      'Japan on Tuesday imposed sanctions on a group of Russian tycoons. Individuals include Arkady Volkov, founder of Volkov Holdings; and Pavel Orlov, a businessman and adviser to Dmitry Sokolov.',
    );
    const by = sanctionedBy(rels, 'Japan');
    expect(by).toEqual(expect.arrayContaining(['Arkady Volkov', 'Pavel Orlov']));
    expect(by).not.toContain('Volkov Holdings');
    expect(by).not.toContain('Dmitry Sokolov');
  });

  it('when "the sanctions list was also supplemented by A and B", then A and B are sanctioned', () => {
    const { rels, ruleOf } = run(
      'Australia sanctions officials',
      'Australia announced sanctions against members of the Iranian parliament. The sanctions list was also supplemented by the head of the central bank Ali Rezaei and his deputy Maryam Hosseini.',
    );
    expect(sanctionedBy(rels, 'Australia')).toEqual(
      expect.arrayContaining(['Ali Rezaei', 'Maryam Hosseini']),
    );
    expect(ruleOf('Australia SANCTIONED Maryam Hosseini')).toBe('events/sanctions:list');
  });

  it('when "the new measures hit A and B", then A and B are sanctioned', () => {
    const { rels } = run(
      'New Zealand sanctions',
      'New Zealand imposed sanctions on Myanmar’s military leaders on Friday. The new measures hit general Min Thura and Senior General Than Shwe.',
    );
    expect(sanctionedBy(rels, 'New Zealand')).toEqual(expect.arrayContaining(['Min Thura', 'Than Shwe']));
  });

  it('when "A, the mayor of B, a port town, has also been sanctioned", then A is sanctioned', () => {
    const { rels, ruleOf } = run(
      'Britain sanctions occupation officials',
      'Britain has imposed sanctions on officials installed by the occupying forces. Yuri Belov, the mayor of Berdiansk, a port town on the Azov Sea, has also been sanctioned for collaborating with the occupiers.',
    );
    expect(sanctionedBy(rels, 'United Kingdom')).toContain('Yuri Belov');
    expect(ruleOf('United Kingdom SANCTIONED Yuri Belov')).toBe('events/sanctions:following');
  });

  it('when an organisation "was also added to the sanctions list", then it is sanctioned', () => {
    const { rels } = run(
      'EU sanctions shipping firms',
      'The European Union imposed sanctions on Iranian drone makers on Monday. The Qeshm Shipping Company was also added to the sanctions list.',
    );
    expect(sanctionedBy(rels, 'European Union')).toContain('Qeshm Shipping Company');
  });

  it('when the list names a body only as the employer of a person, then the body is not sanctioned', () => {
    const { rels } = run(
      'US sanctions bankers',
      'The United States imposed sanctions on senior bankers on Thursday. Those hit by the sanctions are Ivan Petrov, CEO of energy company Rusgaz; and Oleg Smirnov, chairman of the board of Nord Bank.',
    );
    const by = sanctionedBy(rels, 'United States');
    expect(by).toEqual(expect.arrayContaining(['Ivan Petrov', 'Oleg Smirnov']));
    expect(by).not.toContain('Rusgaz');
    expect(by).not.toContain('Nord Bank');
  });

  it('when no sanctions were reported before, then "Individuals include" makes no one sanctioned', () => {
    const { rels } = run(
      'Trade fair opens',
      'A trade fair opened in Lyon on Monday. Individuals include Marc Dubois and Anne Leroy.',
    );
    expect(rels.filter((r) => r.includes(' SANCTIONED '))).toEqual([]);
  });

  it('when someone "has been sanctioned by" another state, then the sanctions told earlier do not take them', () => {
    const { rels } = run(
      'France sanctions officials',
      'France imposed sanctions on two Syrian officials on Monday. Karim Haddad has been sanctioned by Turkey since 2019.',
    );
    expect(sanctionedBy(rels, 'France')).not.toContain('Karim Haddad');
  });

  it('when "A and B were added to the EU’s sanctions list" follows, then A and B are sanctioned', () => {
    const { rels } = run(
      'EU sanctions oligarchs',
      'The European Union imposed sanctions on Russian businessmen on Monday. Sergei Volkov and Anna Petrova were added to the bloc’s sanctions list.',
    );
    expect(sanctionedBy(rels, 'European Union')).toEqual(
      expect.arrayContaining(['Sergei Volkov', 'Anna Petrova']),
    );
  });

  it('when "Also on the list: A and B" follows, then A and B are sanctioned', () => {
    const { rels } = run(
      'Canada sanctions officials',
      'Canada imposed sanctions on senior Russian officials on Monday. Also on the list: Sergei Volkov and Anna Petrova.',
    );
    expect(sanctionedBy(rels, 'Canada')).toEqual(expect.arrayContaining(['Sergei Volkov', 'Anna Petrova']));
  });

  it('when "Among them are A and B" names organisations, then they are sanctioned', () => {
    const { rels } = run(
      'Japan sanctions firms',
      'Japan imposed sanctions on several Russian companies on Tuesday. Among them are Gazprom and Rosneft.',
    );
    expect(sanctionedBy(rels, 'Japan')).toEqual(expect.arrayContaining(['Gazprom', 'Rosneft']));
  });
});
