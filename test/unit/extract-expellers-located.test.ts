// Expellers a clause does not name as its subject (session 24): the states the expelled were in ("Russian
// diplomats in A, B and C were expelled", "In A, ten Russian diplomats have to leave the country"), the state
// that reports the expulsion ("Moscow said two Estonian diplomats were expelled"), and the states a group
// subject is named by in the next sentences ("Several European countries expelled Russian diplomats. They
// include A, B and C"). Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const title = 'Diplomats expelled';
const expellers = (rels: string[], of: string) =>
  rels.filter((r) => r.endsWith(` EXPELLED ${of}`)).map((r) => r.slice(0, -` EXPELLED ${of}`.length));

describe('the states the expelled were in', () => {
  it('when "diplomats in A, B and C were expelled", then each of A, B and C expelled them', () => {
    const { rels, d } = run(
      title,
      'On Tuesday, Belarusian diplomats in Chile, Peru and Bolivia were expelled.',
    );
    expect(expellers(rels, 'Belarus').sort()).toEqual(['Bolivia', 'Chile', 'Peru']);
    expect(d.events.filter((e) => e.type === 'expulsion')).toHaveLength(3);
  });

  it('when a sentence opens "In A," and staff "have to leave", then A expels them', () => {
    const { rels } = run(title, 'In Chile, four Belarusian diplomats have to leave the country.');
    expect(expellers(rels, 'Belarus')).toEqual(['Chile']);
  });

  it('when one envoy has to leave early, then nobody is expelled', () => {
    const { d } = run(title, 'Chile said the Belarusian ambassador had to leave early because of the storm.');
    expect(d.events.filter((e) => e.type === 'expulsion')).toHaveLength(0);
  });

  it('when the expelled are in their own capital, then that city is no expeller of its own state', () => {
    const { rels } = run(title, 'Belarusian diplomats in Minsk were expelled by Chile.');
    expect(expellers(rels, 'Belarus')).toEqual(['Chile']);
  });
});

describe('the state that reports the expulsion', () => {
  it('when "A said two B diplomats were expelled", then A expelled them, and A is not expelled', () => {
    const { rels } = run(title, 'Chile said on Friday that two Belarusian diplomats were expelled.');
    expect(expellers(rels, 'Belarus')).toEqual(['Chile']);
    expect(rels).not.toContain('Chile EXPELLED Chile');
    expect(expellers(rels, 'Chile')).toEqual([]);
  });

  it('when A says its own diplomats were expelled, then A expelled no one', () => {
    const { rels } = run(title, 'Chile said two of its diplomats were expelled.');
    expect(rels.filter((r) => r.startsWith('Chile EXPELLED'))).toEqual([]);
  });
});

describe('a group of states named in the next sentences', () => {
  it('when "Several European countries expelled …" is followed by "They include A, B and C", then each expels', () => {
    const { rels, d } = run(
      title,
      'Several European countries expelled Belarusian diplomats on Tuesday. They include Chile, Peru and Bolivia.',
    );
    expect(expellers(rels, 'Belarus').sort()).toEqual(['Bolivia', 'Chile', 'Peru']);
    // The group's own expulsion is the first state's: no expulsion is left without its expeller.
    const expulsions = d.events.filter((e) => e.type === 'expulsion');
    expect(expulsions).toHaveLength(3);
    expect(expulsions.every((e) => e.participants.some((p) => p.role === 'expeller'))).toBe(true);
  });

  it('when the states after the group act otherwise ("acting in solidarity with A and B"), then they expel no one', () => {
    const { rels } = run(
      title,
      'Western nations expelled 150 Belarusian diplomats. They were acting in solidarity with Chile and Peru.',
    );
    expect(expellers(rels, 'Belarus')).toEqual([]);
  });
});
