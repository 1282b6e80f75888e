// Event arguments of round-ups and ceremonies (session 18): the countries a counted expulsion lists far
// after its sentence when the list names the expeller ("The 12 countries targeted in X's response include
// A, B …"), in the same sentence after "including", or in a sentence of their own ("A and B are among
// them"); long lists with a state the lexicon does not know as a country; states that "followed suit";
// a bare count as the patient ("Italy expelled two"); a state opening the next clause is no patient
// ("Italy expelled 30 and Spain expelled 25"); the state that "faced a wave of expulsions" is the one
// expelled; the states of unnamed envoys at a credentials ceremony. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { relationsOfType as rels } from '../helpers/extract-text.js';

const FILLER =
  'The ministry said the decision was final. It gave the diplomats a week to leave.\nOfficials declined to say how many diplomats were affected. The move follows a week of tension.\nAnalysts said more steps could follow.';

describe('the countries of a counted expulsion listed later', () => {
  it('when a list far after the expulsion names the expeller ("targeted in X\'s response include"), then each is expelled', () => {
    expect(
      rels(
        'EXPELLED',
        'Retaliation',
        `Hungary said on Friday it would expel diplomats from 12 countries in a tit-for-tat move.\n${FILLER}\nThe 12 countries targeted in Hungary's response include Norway, Finland, Iceland, Estonia and Latvia.`,
      ),
    ).toEqual([
      'Hungary EXPELLED Norway',
      'Hungary EXPELLED Finland',
      'Hungary EXPELLED Iceland',
      'Hungary EXPELLED Estonia',
      'Hungary EXPELLED Latvia',
    ]);
  });

  it('when a list far after the expulsion does not name the expeller, then nothing is joined', () => {
    expect(
      rels(
        'EXPELLED',
        'Retaliation',
        `Hungary said on Friday it would expel diplomats from 12 countries in a tit-for-tat move.\n${FILLER}\nThe countries of the region include Norway, Finland, Iceland, Estonia and Latvia.`,
      ),
    ).toEqual([]);
  });

  it('when "including" closes the clause of the counted countries, then the listed states are expelled', () => {
    expect(
      rels(
        'EXPELLED',
        'Retaliation',
        'Hungary on Friday ordered diplomats from 12 countries to leave, including Norway, Finland and Iceland.',
      ),
    ).toEqual(['Hungary EXPELLED Norway', 'Hungary EXPELLED Finland', 'Hungary EXPELLED Iceland']);
  });

  it('when the next sentence says "A, B and C are among them", then they are expelled', () => {
    expect(
      rels(
        'EXPELLED',
        'Retaliation',
        'Hungary expelled diplomats from 12 countries on Friday. Norway, Finland and Iceland are among them.',
      ),
    ).toEqual(['Hungary EXPELLED Norway', 'Hungary EXPELLED Finland', 'Hungary EXPELLED Iceland']);
  });
});

describe('states that follow an expulsion', () => {
  it('when "B and C followed suit" after A expelled X\'s diplomats, then B and C expel X too', () => {
    expect(
      rels(
        'EXPELLED',
        'Expulsions',
        'Germany expelled four Russian diplomats on Monday. France, Poland and Italy followed suit.',
      ),
    ).toEqual([
      'Germany EXPELLED Russia',
      'France EXPELLED Russia',
      'Poland EXPELLED Russia',
      'Italy EXPELLED Russia',
    ]);
  });

  it('when no expulsion was told before, then "followed suit" expels no one', () => {
    expect(
      rels('EXPELLED', 'Talks', 'Germany criticised Russia on Monday. France and Poland followed suit.'),
    ).toEqual([]);
  });
});

describe('the country of a round-up carried to counted lines', () => {
  it('when "Italy expelled 30 and Spain expelled 25", then both expel the round-up\'s country, not each other', () => {
    expect(
      rels(
        'EXPELLED',
        'Round-up',
        'European countries expelled dozens of Russian diplomats on Tuesday. Germany expelled 40 diplomats. Italy expelled 30 and Spain expelled 25.',
      ),
    ).toEqual(['Germany EXPELLED Russia', 'Italy EXPELLED Russia', 'Spain EXPELLED Russia']);
  });

  it('when "Russia faced a wave of expulsions" opens, then the states after expel Russia', () => {
    expect(
      rels(
        'EXPELLED',
        'Expulsions',
        'Russia faced a wave of expulsions on Tuesday. Denmark expelled 15 diplomats. Sweden expelled three diplomats, and Norway expelled one.',
      ),
    ).toEqual(['Denmark EXPELLED Russia', 'Sweden EXPELLED Russia', 'Norway EXPELLED Russia']);
  });
});

describe('the states of unnamed envoys at a credentials ceremony', () => {
  it('when the president "received letters of credence from the ambassadors of A, B and C", then each state MET the host', () => {
    expect(
      rels(
        'MET',
        'Credentials',
        'President Anna Kovacs received letters of credence from the ambassadors of Norway, Finland and Iceland on Monday.',
      ),
    ).toEqual(['Anna Kovacs MET Norway', 'Anna Kovacs MET Finland', 'Anna Kovacs MET Iceland']);
  });

  it('when "The ambassadors of A and B presented their credentials to X", then each state MET X', () => {
    expect(
      rels(
        'MET',
        'Credentials',
        'The ambassadors of Norway and Finland presented their credentials to President Anna Kovacs on Monday.',
      ),
    ).toEqual(['Anna Kovacs MET Norway', 'Anna Kovacs MET Finland']);
  });
});
