// Events and parties read from more structures: a summons "in" a capital or by "the Foreign Ministry in
// <capital>" is that state's (its ministry when the article names one), not the ministry named before; a
// person "in <place>" for a purpose visits it; expulsions told by "declares", "declaring", "designate" and
// "throw out". Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;

describe('summonses: the state the summons happens in', () => {
  it.each([
    [
      'a ministry named by the capital it sits in, after another state’s ministry',
      'Row over border deepens',
      'The Belarusian Foreign Ministry accused Lithuania of provocations on Sunday. The Foreign Ministry in Vilnius summoned the Belarusian ambassador on Monday.',
      // ("the Foreign Ministry in Vilnius" is itself named as Lithuania's ministry: entities/builder.ts.)
      'Lithuanian Foreign Ministry SUMMONED Belarus',
      'Belarusian Foreign Ministry SUMMONED',
    ],
    [
      'a passive "summoned to the foreign ministry in <capital>", the ministry named elsewhere',
      'Row over border deepens',
      'The Latvian envoy was summoned to the foreign ministry in Tallinn on Friday. The Estonian Foreign Ministry later called the meeting frank.',
      'Estonian Foreign Ministry SUMMONED Latvia',
      'Latvia SUMMONED Latvia',
    ],
    [
      'a passive "summoned in <capital>"',
      'Row over fishing deepens',
      'Russia seized a Norwegian trawler. The Norwegian ambassador was summoned in Moscow on Tuesday over the incident.',
      'Russia SUMMONED Norway',
      'Norway SUMMONED',
    ],
  ])('when %s is told, then that state summons', (_what, title, body, wanted, unwanted) => {
    const { rels } = run(title, body);
    expect(rels).toContain(wanted);
    expect(rels.filter((r) => r.startsWith(unwanted))).toEqual([]);
  });

  it('when a city that is no capital is named, then it says nothing of the summoner', () => {
    const { rels } = run(
      'Envoy summoned',
      'Spain summoned the Algerian envoy on Monday. The Moroccan ambassador was summoned in Seville on Tuesday.',
    );
    expect(rels).toContain('Spain SUMMONED Morocco');
    expect(rels.filter((r) => r.startsWith('Seville'))).toEqual([]);
  });
});

describe('visits told as a stay abroad', () => {
  it.each([
    [
      'a stay with a purpose',
      'Talks resume',
      'Chilean Foreign Minister Alberto van Klaveren is in Brazil to attend the Mercosur ministers’ meeting.',
      'Alberto van Klaveren VISITED Brazil',
    ],
    [
      'a headline’s name in a place for talks',
      'Chilean minister Alberto van Klaveren in Peru for talks with Lima',
      'The visit is the first in a decade.',
      'Alberto van Klaveren VISITED Peru',
    ],
    [
      'a city and its country',
      'Talks resume',
      'Turkish Foreign Minister Hakan Fidan is in Mumbai, India for talks on trade.',
      'Hakan Fidan VISITED India',
    ],
  ])('when %s is told, then the person visited the place', (_what, title, body, wanted) => {
    const { rels } = run(title, body);
    expect(rels).toContain(wanted);
  });

  it.each([
    ['no purpose or time after the place', 'Turkish Foreign Minister Hakan Fidan was in Brazil.'],
    [
      'a pronoun as the one abroad',
      'Turkish Foreign Minister Hakan Fidan met the press. He was in Brazil for talks on trade.',
    ],
  ])('when %s, then no visit is read', (_what, body) => {
    const { rels } = run('Talks resume', body);
    expect(rels.filter((r) => r.includes('VISITED'))).toEqual([]);
  });
});

describe('expulsions told by more forms of "declare" and "throw out"', () => {
  const calm = 'The move came after weeks of tension.';
  it.each([
    ['a headline’s present "declares"', 'Chile declares two Peruvian diplomats persona non grata', calm],
    [
      '"decided to designate persona non grata" with the object after',
      'Row deepens',
      'Chile decided to designate persona non grata two diplomats of the Peruvian embassy.',
    ],
    ['"moves to throw out"', 'Chile moves to throw out Peruvian envoys', calm],
  ])('when %s is told, then it is an expulsion', (_what, title, body) => {
    const { rels } = run(title, body);
    expect(rels).toContain('Chile EXPELLED Peru');
  });
});

describe('statements that name no issuer', () => {
  it.each([
    [
      '"according to an official statement" after the ministry acted',
      'The Chilean Foreign Ministry summoned the Peruvian ambassador on Monday, according to an official statement.',
    ],
    [
      '"the statement said" after the ministry acted',
      'The Chilean Foreign Ministry summoned the Peruvian ambassador on Monday. “We reject the remarks,” the statement said.',
    ],
  ])('when %s, then the statement is the acting body’s', (_what, body) => {
    const { d } = run('Row deepens', body);
    const speakers = d.events
      .filter((e) => e.type === 'statement')
      .flatMap((e) => e.participants.map((p) => d.entities.find((x) => x.id === p.entity)?.name));
    expect(speakers).toEqual(['Chilean Foreign Ministry']);
  });
});
