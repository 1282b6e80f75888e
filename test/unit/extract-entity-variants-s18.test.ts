// Entity mechanisms of session 18, on invented text with invented names: one body named in two wordings
// in an article is one organisation (org-variants.ts): "Ministry of Defense" and "Ministry of Defence",
// a body named without its owner and the one owned body of that head and field ("the Ministry of Foreign
// Affairs" and "the South Korean Foreign Ministry"), but not when two owners have one; an unknown name
// after "the island of" or "the district of" is a place, and so is one after "in" before a word of time
// ("in Velmora earlier") (geo-names.ts, places.ts). "The Government of X" and "the X-ian Government" are one
// body; "the A and B regions" names two places; a place before a lower-case instrument's head ("the
// Vienna convention") or in a time zone's name ("Asia/Tehran") names no place (bound-places.ts).
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract-text.js';
import { bodyKey } from '../../server/src/extract/entities/org-variants.js';

const named = (d: ReturnType<typeof extract>, type: string) =>
  d.entities.filter((e) => e.type === type).map((e) => e.name);

describe('one body in two wordings', () => {
  it('when head and field are worded two ways, then they have one key', () => {
    expect(bodyKey('Ministry of Foreign Affairs')).toBe(bodyKey('Foreign Ministry'));
    expect(bodyKey('Ministry of Defense')).toBe(bodyKey('Defence Ministry'));
    expect(bodyKey('Ministry of Trade')).not.toBe(bodyKey('Foreign Ministry'));
  });

  it('when a body is named without its owner and one owner has it, then it is that body', () => {
    const d = extract(
      [
        'Envoy summoned in Seoul',
        'The South Korean Foreign Ministry summoned the envoy on Monday.',
        'The Ministry of Foreign Affairs said the remarks were regrettable.',
      ].join('\n'),
    );
    expect(named(d, 'Organization')).toContain('South Korean Foreign Ministry');
    expect(named(d, 'Organization')).not.toContain('Ministry of Foreign Affairs');
  });

  it('when two owners have that body, then the body without an owner stays apart', () => {
    const d = extract(
      [
        'Ministers talk',
        'The Japanese Foreign Ministry and the Chinese Foreign Ministry issued statements.',
        'The Ministry of Foreign Affairs said talks would go on.',
      ].join('\n'),
    );
    expect(named(d, 'Organization')).toEqual(
      expect.arrayContaining(['Japanese Foreign Ministry', 'Chinese Foreign Ministry']),
    );
    expect(named(d, 'Organization').length).toBe(3);
  });

  it('when a field is spelt two ways, then the body is one', () => {
    const d = extract(
      [
        'Ban on officials',
        'The Ministry of Defense said the ban was unlawful.',
        'A spokesman for the Ministry of Defence added that it would respond.',
      ].join('\n'),
    );
    expect(named(d, 'Organization').filter((n) => /Ministry/.test(n)).length).toBe(1);
  });
});

describe('one body named with its country before or after its head', () => {
  it('when "the Government of X" and "the X-ian Government" are both named, then they are one body', () => {
    const d = extract(
      [
        'Envoy summoned',
        'The Government of Canada was reminded of its obligations.',
        'It is expected that the Canadian Government will take all steps required.',
      ].join('\n'),
    );
    expect(named(d, 'Organization').filter((n) => /Government/.test(n)).length).toBe(1);
  });
});

describe('places bound into something else', () => {
  it('when a place comes before a lower-case instrument head, then it names no place', () => {
    const d = extract(
      [
        'Diplomats expelled',
        'The diplomats acted against the Geneva convention on relations, the Norvian ministry said.',
      ].join('\n'),
    );
    expect(named(d, 'Place')).not.toContain('Geneva');
  });

  it('when a place is part of a time zone name, then it names no place', () => {
    const d = extract(
      [
        'Talks held',
        'Mar 2, 2024 10:15 Europe/Vienna',
        'The ministers of Norvia and Chile met on Monday.',
      ].join('\n'),
    );
    expect(named(d, 'Place')).not.toContain('Europe');
    expect(named(d, 'Place')).not.toContain('Vienna');
  });
});

describe('places named by the word before them', () => {
  it('when two unknown names are joined by "and" before a plural area head, then each is a place', () => {
    const d = extract(
      ['Goods banned', 'The bloc banned goods from the Velkor and Tarvino territories on Friday.'].join('\n'),
    );
    expect(named(d, 'Place')).toEqual(expect.arrayContaining(['Velkor', 'Tarvino']));
  });

  it('when an unknown name follows "the island of" or "the district of", then it is a place', () => {
    const d = extract(
      [
        'Vessels collide',
        'The ship sailed 200 kilometres from the island of Tavelung.',
        'Officials visited the district of Merovka, where the plant stands.',
      ].join('\n'),
    );
    expect(named(d, 'Place')).toEqual(expect.arrayContaining(['Tavelung', 'Merovka']));
  });

  it('when an unknown name after "in" comes before a word of time, then it is a place', () => {
    const d = extract(['Talks held', 'The two ministers met in Parvostan earlier this week.'].join('\n'));
    expect(named(d, 'Place')).toContain('Parvostan');
  });
});
