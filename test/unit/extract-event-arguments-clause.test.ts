// Event arguments taken from the clause (session 12): the people a sanctions list names join the last
// sanctions; sanctions read from "X's sanctions target Y", "imposed by X", "added Y to its sanctions
// list", "placed Y under sanctions", "sanctions were imposed on Y by X"; an object pronoun ("summoned
// him", "hosted him"); the name set beside an envoy role ("the Russian ambassador to the country, X,");
// the name beside a role as the subject ("the second secretary of the embassy, X, was expelled"); a
// relative clause with "is" ("X, who is visiting Paris"). Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;

describe('a sanctions list joins the sanctions just told', () => {
  it('when "The sanctioned individuals include A; B; and C" follows, then the sanctioner sanctioned each', () => {
    const { rels, ruleOf } = run(
      'Japan sanctions officials',
      'Japan on Monday imposed sanctions on 12 Russian officials. The sanctioned individuals include Foreign Minister Rufus Firefly; Ambassador Trentino Vasquez; and Interior Minister Chico Marx.',
    );
    expect(rels).toEqual(
      expect.arrayContaining([
        'Japan SANCTIONED Rufus Firefly',
        'Japan SANCTIONED Trentino Vasquez',
        'Japan SANCTIONED Chico Marx',
      ]),
    );
    expect(ruleOf('Japan SANCTIONED Chico Marx')).toBe('events/sanctions:list');
  });

  it('when "Among the Russian officials targeted are A and B", then both are sanctioned', () => {
    const { rels } = run(
      'Japan sanctions officials',
      'Japan on Monday imposed sanctions on 12 Russian officials. Among the Russian officials targeted are Defence Minister Harpo Marx and Finance Minister Groucho Marx.',
    );
    expect(rels).toEqual(
      expect.arrayContaining(['Japan SANCTIONED Harpo Marx', 'Japan SANCTIONED Groucho Marx']),
    );
  });

  it('when "The list incorporates A and B, the statement read", then both are sanctioned', () => {
    const { rels } = run(
      'Japan sanctions officials',
      'Japan on Monday imposed sanctions on 12 Russian officials. The list incorporates sports minister Lucy Brown and Deputy Defence Minister Anna Green, the statement read.',
    );
    expect(rels).toEqual(
      expect.arrayContaining(['Japan SANCTIONED Lucy Brown', 'Japan SANCTIONED Anna Green']),
    );
  });

  it('when the first clause names no target ("on 28 individuals"), then the list makes the sanctions of its sanctioner', () => {
    const { rels } = run(
      'China sanctions officials',
      'China’s Foreign Ministry on Wednesday imposed sanctions on 28 individuals. The sanctioned individuals include Secretary of State Rufus Firefly; and Director Chico Marx.',
    );
    expect(rels).toEqual(
      expect.arrayContaining([
        'Chinese Foreign Ministry SANCTIONED Rufus Firefly',
        'Chinese Foreign Ministry SANCTIONED Chico Marx',
      ]),
    );
  });

  it('when "designated by X for sanctions, including A, B and five officials", then X sanctioned A and B', () => {
    const { rels } = run(
      'US sanctions',
      'A total of seven senior Iranian officials have been designated by the Office of Foreign Assets Control (OFAC) for sanctions, including Interior Minister Ahmad Vahidi, Communications Minister Eisa Zarepour, and five officials.',
    );
    expect(rels).toEqual(
      expect.arrayContaining([
        'Office of Foreign Assets Control SANCTIONED Ahmad Vahidi',
        'Office of Foreign Assets Control SANCTIONED Eisa Zarepour',
      ]),
    );
  });
});

describe('sanctions read from the phrase around the noun', () => {
  const vahidi = (body: string, by: string) =>
    it(`when "${body}", then ${by} sanctioned Vahidi`, () => {
      expect(run('Sanctions news', body).rels).toContain(`${by} SANCTIONED Ahmad Vahidi`);
    });
  vahidi("Australia's sanctions target Iranian Interior Minister Ahmad Vahidi.", 'Australia');
  vahidi('The sanctions imposed by Australia target Iranian Interior Minister Ahmad Vahidi.', 'Australia');
  vahidi(
    'Australia on Monday added Iranian Interior Minister Ahmad Vahidi to its sanctions list.',
    'Australia',
  );
  vahidi(
    'The European Union has placed Iranian Interior Minister Ahmad Vahidi under sanctions.',
    'European Union',
  );
  vahidi(
    'Sanctions were also imposed on Iranian Interior Minister Ahmad Vahidi by Britain.',
    'United Kingdom',
  );

  it('when the sanctions are "…, targeting senior Russian officials", then the demonym\'s country is sanctioned', () => {
    const { rels } = run(
      'Sanctions news',
      'The United States imposed individual sanctions, as well as trade and visa restrictions, targeting senior Russian officials.',
    );
    expect(rels).toContain('United States SANCTIONED Russia');
  });

  it('when "sanctions on X, Deputy Minister Y told a briefing", then Y, who tells of them, is no target', () => {
    const { rels } = run(
      'Sanctions condemned',
      "The ministry condemned Washington's sanctions on Iranian Interior Minister Ahmad Vahidi, Deputy Foreign Minister Sergei Petrov told a briefing on Monday.",
    );
    expect(rels).toContain('Washington SANCTIONED Ahmad Vahidi');
    expect(rels).not.toContain('Washington SANCTIONED Sergei Petrov');
  });
});

describe('object pronouns and names beside a role', () => {
  it('when "The Foreign Ministry summoned him" follows a sentence about an ambassador, then he was summoned', () => {
    const { rels } = run(
      'Envoy summoned',
      'British ambassador Rob Macaire attended a vigil in Tehran on Saturday. The Iranian Foreign Ministry summoned him on Sunday.',
    );
    expect(rels).toContain('Iranian Foreign Ministry SUMMONED Rob Macaire');
  });

  it('when "X hosted him for dinner" follows a sentence about a visitor, then X met the visitor', () => {
    const { rels } = run(
      'Dinner in Tokyo',
      'Indian Prime Minister Narendra Modi is on a visit to Japan. Japanese Prime Minister Fumio Kishida hosted him for dinner on Friday.',
    );
    expect(rels).toContain('Fumio Kishida MET Narendra Modi');
  });

  it('when "summoned the Russian ambassador to the country, X," is told, then X was summoned', () => {
    const { rels } = run(
      'Envoy summoned',
      'Austria summoned the Russian ambassador to the country, Mikhail Ulyanov, over a tweet.',
    );
    expect(rels).toContain('Austria SUMMONED Mikhail Ulyanov');
  });

  it('when "the second secretary of the American embassy, X, was expelled from Russia", then Russia expelled X', () => {
    const { rels } = run(
      'Diplomat expelled',
      'On Monday, the second secretary of the American embassy, David Brown, was expelled from Russia.',
    );
    expect(rels).toContain('Russia EXPELLED David Brown');
  });

  it('when "X welcomed Y, who is visiting Paris", then Y (not X) visited', () => {
    const { rels } = run(
      'Talks',
      'President Emmanuel Macron on Monday welcomed Foreign Minister John Smith, who is visiting Paris.',
    );
    expect(rels).toContain('John Smith VISITED Paris');
    expect(rels).not.toContain('Emmanuel Macron VISITED Paris');
  });

  it('when "The minister, who is on an official visit to Kenya, met X", then X (named later) did not visit', () => {
    const { rels } = run(
      'Talks',
      'The minister, who is on an official visit to Kenya, met President William Ruto. Foreign Minister John Smith, who is on a visit to Peru, met officials.',
    );
    expect(rels).not.toContain('William Ruto VISITED Kenya');
    expect(rels).toContain('John Smith VISITED Peru');
  });
});
