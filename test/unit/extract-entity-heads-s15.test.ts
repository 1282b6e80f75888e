// Entity mechanisms of session 15, on invented text with invented names: a sentence's first word the
// lexicon knows only as a short noun, before one name word, is a surname written first (sentence-start-
// names.ts); a company's tail word after a country ("<Place> Airways", "<Place> Telecom") makes an
// organisation, not the place (lexicon ORG_HEADS); a geographic feature's head word ("Shoal", "Corridor",
// "Valley") makes the run a place, never a person (classification.ts, known-segments.ts); a dateline's city
// in capitals before a comma and a date is a place, not an acronym (places.ts); a body's name runs on over
// "for the" and a capitalised field with an "of" inside (org-tails.ts), and its acronym may leave out the
// known body that owns it (merging.ts); a lone generic head word before a title is the title's ("Press
// Secretary"), post-nominal letters and a word of time ("Former") stay off names (name-edges.ts).
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract-text.js';

const names = (d: ReturnType<typeof extract>, type: string) =>
  d.entities.filter((e) => e.type === type).map((e) => e.name);

describe('surnames written first at a sentence start', () => {
  it('when a short noun opens a sentence before one name word, then the two are a person', () => {
    const d = extract(
      ['Talks held', 'The envoy arrived on Monday. Wang Quzhen told reporters the talks were useful.'].join(
        '\n',
      ),
    );
    expect(names(d, 'Person')).toContain('Wang Quzhen');
  });

  it('when an adverb or a plural opens the sentence, then it stays no part of the name', () => {
    const d = extract(
      [
        'Talks held',
        'The envoy arrived on Monday. Meanwhile Dravoski said the talks were useful.',
        'Officials Brennick and Dravoski left on Tuesday.',
      ].join('\n'),
    );
    expect(names(d, 'Person').some((n) => /Meanwhile|Officials/.test(n))).toBe(false);
  });
});

describe('companies named after a country', () => {
  it('when an airline or telecom word follows a country, then the run is an organisation', () => {
    const d = extract(
      [
        'Flights suspended',
        'The ministry said Kenya Airways and Norway Telecom would suspend their services in the region.',
      ].join('\n'),
    );
    expect(names(d, 'Organization')).toEqual(expect.arrayContaining(['Kenya Airways', 'Norway Telecom']));
    expect(names(d, 'Place')).not.toContain('Kenya');
  });
});

describe('geographic features', () => {
  it('when a shoal, corridor or valley ends a capitalised run, then it is a place, not a person', () => {
    const d = extract(
      [
        'Tensions rise',
        'Coast guard ships blocked supplies to soldiers at Second Martin Shoal on Monday.',
        'The minister explored the Dunmore Corridor and visited troops in the Kavrel Valley last week.',
      ].join('\n'),
    );
    const places = names(d, 'Place');
    expect(places).toEqual(
      expect.arrayContaining(['Second Martin Shoal', 'Dunmore Corridor', 'Kavrel Valley']),
    );
    expect(names(d, 'Person').some((n) => /Shoal|Corridor|Valley/.test(n))).toBe(false);
  });
});

describe('datelines with a date after the city', () => {
  it('when a capitalised city opens a paragraph before a comma and a date, then it is a place', () => {
    const d = extract(
      [
        'Ministers hold talks',
        'KORVELA, 09 July 2022, (TON): The foreign ministers of two states met on Saturday for their first talks.',
      ].join('\n'),
    );
    expect(names(d, 'Place')).toContain('Korvela');
    expect(names(d, 'Organization')).not.toContain('KORVELA');
  });
});

describe('bodies named with "for the" and owned by a known body', () => {
  it('when "for the" and a capitalised field follow an office, then the name runs on and its acronym is it', () => {
    const d = extract(
      [
        'Officials expelled',
        'Seven officials of the United Nations Office for the Coordination of Refugee Logistics were expelled.',
        'OCRL staff left the capital on Friday, the ministry said.',
      ].join('\n'),
    );
    const orgs = names(d, 'Organization');
    expect(orgs).toContain('United Nations Office for the Coordination of Refugee Logistics');
    expect(orgs).not.toContain('United Nations Office');
    expect(orgs).not.toContain('OCRL');
  });

  it('when a place follows "for the", then the office keeps its short name', () => {
    const d = extract(
      ['Office opened', 'The Trade Office for the United Kingdom opened on Monday, the ministry said.'].join(
        '\n',
      ),
    );
    expect(names(d, 'Organization').some((n) => /Kingdom/.test(n))).toBe(false);
    expect(names(d, 'Place')).toContain('United Kingdom');
  });
});

describe('words at the edges of names', () => {
  it('when a lone generic head word stands before a title, then it is part of the title, no body', () => {
    const d = extract(
      [
        'Officials sanctioned',
        'Those designated include the Press Secretary Dravko Melnik and Union Ambassador Lisa Kornberg.',
      ].join('\n'),
    );
    const orgs = names(d, 'Organization');
    expect(orgs).not.toContain('Press');
    expect(orgs).not.toContain('Union');
  });

  it('when post-nominal letters follow a name or "Former" opens a body, then they are left out', () => {
    const d = extract(
      [
        'Envoy apologises',
        'NEW DELHI: Dominic Ashby KCMG, the British envoy, apologised on Monday.',
        'Former Pentagon spokesman Tom Hollis said the attack was regrettable.',
      ].join('\n'),
    );
    expect(names(d, 'Person')).toContain('Dominic Ashby');
    expect(names(d, 'Person').some((n) => /KCMG/.test(n))).toBe(false);
    expect(names(d, 'Organization')).toContain('Pentagon');
    expect(names(d, 'Organization').some((n) => /Former/.test(n))).toBe(false);
  });
});
