// Titles kept off person names, credits kept off organisations and name variants merged
// (server/src/extract/entities/chunking.ts, credits.ts, administrations.ts, name-variants.ts), on invented
// text with invented names: a hyphenated title ("Vice-president", "Minister-designate") and a religious honorific before a name
// are titles, not name parts; a two-letter word in title case ("Un") ending a name is a name part, not an
// acronym; a surname before "administration" names a government (a page's person's, or an unaccounted word after "the"); two spellings of one transliterated name
// are one person; an agency alone on a caption's credit line, slashed to another credit, as a source in
// brackets or opening a dateline after a place is no organisation.
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract-text.js';

const names = (d: ReturnType<typeof extract>, type: string) =>
  d.entities.filter((e) => e.type === type).map((e) => e.name);

describe('titles before person names', () => {
  it('when a hyphenated compound of title words stands before a name, then it is a title', () => {
    const d = extract(
      [
        'Leaders meet',
        "Freedonia's Vice-president Marla Quintessa met the envoy on Monday.",
        'Quintessa said the talks went well.',
      ].join('\n'),
    );
    expect(names(d, 'Person')).toContain('Marla Quintessa');
    expect(names(d, 'Person').some((n) => /Vice/.test(n))).toBe(false);
  });

  it('when a title is one named but not yet taken up ("Prime Minister-designate"), then the person is named without it', () => {
    const d = extract(
      [
        'Leaders meet',
        'Prime Minister-designate Marla Quintessa met Foreign Minister-elect Tomas Verin on Monday.',
      ].join('\n'),
    );
    expect(names(d, 'Person')).toContain('Marla Quintessa');
    expect(names(d, 'Person')).toContain('Tomas Verin');
    expect(names(d, 'Person').some((n) => /designate|elect/.test(n))).toBe(false);
  });

  it('when a religious honorific stands before a name, then the person is named without it', () => {
    const d = extract(
      [
        'Cleric speaks',
        "Freedonia's Supreme Leader Ayatollah Ali Varzandeh accused the neighbours of meddling.",
      ].join('\n'),
    );
    expect(names(d, 'Person')).toContain('Ali Varzandeh');
    expect(names(d, 'Person').some((n) => /Ayatollah/.test(n))).toBe(false);
  });
});

describe('short name parts', () => {
  it('when a two-letter word in title case ends a name, then it is a name part and no acronym', () => {
    const d = extract(
      [
        'Leaders meet',
        "Sylvanian leader Kim Dol Un met Freedonia's president on Monday, and the UN welcomed the talks.",
      ].join('\n'),
    );
    expect(names(d, 'Person')).toContain('Kim Dol Un');
    const un = d.entities.find((e) => e.name === 'United Nations');
    expect(un?.mentions.map((m) => m.text)).toEqual(['UN']);
  });
});

describe('governments named after their leader', () => {
  it("when a person's surname comes before administration or government, then that is an organisation", () => {
    const d = extract(
      [
        'Sanctions announced',
        'President Tomas Varkoly announced sanctions on Monday.',
        "The Varkoly administration said the measures were final, while President Varkoly's government in",
        'the past had refused them. The Freedonian government and the Sylvania administration did not comment.',
      ].join('\n'),
    );
    const orgs = names(d, 'Organization');
    expect(orgs).toContain('Varkoly administration');
    expect(orgs).toContain('Varkoly Government');
    expect(orgs.some((n) => /Sylvania/.test(n))).toBe(false);
    const rule = (d.entities.find((e) => e.name === 'Varkoly administration') as { rule?: string }).rule;
    expect(rule).toBe('entities/administrations:leader-government');
  });

  it('when "the <Word> administration" names a word nothing else accounts for, then that is a government too', () => {
    const d = extract(
      [
        'Sanctions lifted',
        'The Dervanek administration on Monday lifted sanctions that the Ostrovic government had imposed.',
        'The Freedonian government, the Sylvania administration and the Ministry said nothing.',
      ].join('\n'),
    );
    const orgs = names(d, 'Organization');
    expect(orgs).toContain('Dervanek administration');
    expect(orgs).toContain('Ostrovic Government');
    expect(orgs.some((n) => /Sylvania|Freedonian/.test(n))).toBe(false);
  });
});

describe('spellings of one transliterated name', () => {
  it('when two full names differ only by y/i or a doubled letter, then they are one person', () => {
    const d = extract(
      [
        'Ministers meet',
        'Foreign Minister Andrey Volkanov met his counterpart on Monday.',
        'Andrei Volkanov said the talks were useful, and Andrei Volkannov left for the airport.',
      ].join('\n'),
    );
    const vs = names(d, 'Person').filter((n) => /Volkan/.test(n));
    expect(vs).toEqual(['Andrey Volkanov']);
  });
});

describe('credits are no organisations', () => {
  it('when an agency stands alone under a caption, slashed to a picture library or as a source, then it is dropped', () => {
    const d = extract(
      [
        'Envoy expelled',
        'Freedonia expelled the envoy of Sylvania on Monday.',
        'The envoy leaves the ministry in Freedonia',
        'XPQ',
        'The Sylvanian embassy said it would answer.',
        'Crowds outside the embassy',
        'ZNA/Getty Images',
        '[Source: Sylvania Broadcasting Corporation]',
      ].join('\n'),
    );
    const orgs = names(d, 'Organization');
    expect(orgs).not.toContain('XPQ');
    expect(orgs).not.toContain('ZNA');
  });

  it('when an agency opens a dateline after a place, then it is dropped, and named in the body it stays', () => {
    const d = extract(
      [
        'Envoy presents credentials',
        '(Photo: XPQ)Sylvatown (XPQ) – The new ambassador presented his credentials on Monday.',
        'The ZNA news agency said the ceremony was short.',
        'ZNA',
      ].join('\n'),
    );
    const orgs = names(d, 'Organization');
    expect(orgs).not.toContain('XPQ');
    expect(orgs).toContain('ZNA');
  });
});
