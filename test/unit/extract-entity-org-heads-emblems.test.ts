// Organisation heads read from the shared list (lexicon ORG_HEADS, general-heads.ts), on invented text with
// invented names: "Society"/"Societies" close a body's name like "Association" does, and the humanitarian
// emblems "Red Cross" and "Red Crescent" are a body's head, so a country or demonym before them is part of the
// body ("the Valdorian Red Crescent Society"), not a place of its own; named with and without "Society" it is
// one body (org-variants.ts); before the noun "emblem" they are the sign, no body (general-heads.ts).
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract-text.js';

const names = (d: ReturnType<typeof extract>, type: string) =>
  d.entities.filter((e) => e.type === type).map((e) => e.name);

describe('Society as a head word', () => {
  it('when a capitalised run ends in Society, then the run is one organisation', () => {
    const d = extract(
      'Aid sent\nThe Kerovian Heritage Society said on Monday it had sent blankets to the north.',
    );
    expect(names(d, 'Organization')).toContain('Kerovian Heritage Society');
  });

  it('when a person is named before the society, then the person stays apart from it', () => {
    const d = extract(
      'Aid sent\nIvo Brannek, chairman of the Tarsk Relief Society, met the governor on Monday.',
    );
    expect(names(d, 'Organization')).toContain('Tarsk Relief Society');
    expect(names(d, 'Person').some((n) => /Society/.test(n))).toBe(false);
  });

  it('when society is lower-case, then no organisation is made of it', () => {
    const d = extract('Aid sent\nCivil society groups in Valdoria said on Monday the aid was late.');
    expect(names(d, 'Organization')).toEqual([]);
  });
});

describe('Red Cross and Red Crescent as heads', () => {
  it('when a demonym comes before Red Crescent, then demonym and emblem are one organisation', () => {
    const d = extract('Aid sent\nThe Russian Red Crescent said on Monday it had sent two convoys.');
    expect(names(d, 'Organization')).toContain('Russian Red Crescent');
  });

  it('when a country and Society frame Red Cross, then the whole run is one organisation, not a place', () => {
    const d = extract('Aid sent\nThe Kenya Red Cross Society said on Monday that twelve people were hurt.');
    expect(names(d, 'Organization')).toContain('Kenya Red Cross Society');
    expect(names(d, 'Place')).not.toContain('Kenya');
  });

  it('when Cross or Crescent follows another word than Red, then no organisation is made', () => {
    const d = extract(
      'Trains halted\nCommuters at Charing Cross waited on Monday while Golden Crescent traders left.',
    );
    expect(names(d, 'Organization')).toEqual([]);
  });

  it('when two demonyms come before diplomats, then no organisation is made', () => {
    const d = extract('Talks held\nRussian and Chinese diplomats met in Geneva on Monday.');
    expect(names(d, 'Organization')).toEqual([]);
  });
});

describe('a national Red Cross or Red Crescent with and without Society', () => {
  it('when a page names it both ways, then it is one body under the full name', () => {
    const d = extract(
      [
        'Aid sent',
        'The Valdorian Red Crescent sent tents on Monday.',
        'Ivo Brannek, president of the Valdorian Red Crescent Society, said more would follow.',
      ].join('\n'),
    );
    const orgs = names(d, 'Organization');
    expect(orgs).toContain('Valdorian Red Crescent Society');
    expect(orgs).not.toContain('Valdorian Red Crescent');
  });

  it('when two countries’ societies are named, then they stay two bodies', () => {
    const d = extract(
      'Aid sent\nThe Valdorian Red Crescent and the Tarskan Red Cross Society sent tents on Monday.',
    );
    const orgs = names(d, 'Organization');
    expect(orgs).toContain('Valdorian Red Crescent');
    expect(orgs).toContain('Tarskan Red Cross Society');
  });
});

describe('an emblem named as a sign', () => {
  it('when the noun emblem follows Red Crescent or a list of emblems, then no body is made', () => {
    const d = extract(
      [
        'Clinic hit',
        'The clinic was marked with the Red Crescent emblem.',
        'The Red Cross, Red Crescent and Red Crystal emblems must be respected, officials said.',
      ].join('\n'),
    );
    expect(names(d, 'Organization')).toEqual([]);
  });

  it('when the emblem names a body that acts, then the body stays', () => {
    const d = extract('Clinic hit\nThe Valdorian Red Crescent said on Monday its emblem had been ignored.');
    expect(names(d, 'Organization')).toContain('Valdorian Red Crescent');
  });
});
