// Entity mechanisms of session 16, on invented text with invented names: a connector inside a titled run
// ("Minister for Railways X") opens the title's field, neither a body nor a name (classification.ts); a
// title-case headline's words up to its last capitalised preposition are no name (name-edges.ts); a
// capitalised "The" inside a sentence opens a publication's or a body's name (the-names.ts); "the <First>
// <Surname> administration" is the leader's government (administrations.ts); "DPRK" is North Korea
// (lexicon); "it" after "a statement to <outlet>" is not the outlet (quotes, a guard); a line
// asking to follow the outlet on apps and a photo's "AGENCY/Name" credit are furniture (furniture.ts); an
// outlet named in full, then by its first word, is one body (merging.ts); an office's acronym after its
// title is no body (title-acronyms.ts); "by X" and "Post by : X" lines are bylines (body.ts); a first name
// is known with its accents ("Andrés", lexicon) and a title's field after "of" before it is no name's.
// "American Embassy in X" and "US embassy in X" are one body (merging.ts); a representative office takes
// where it sits into its name (mission-places.ts).
import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from '../helpers/extract-text.js';

const names = (d: ReturnType<typeof extract>, type: string) =>
  d.entities.filter((e) => e.type === type).map((e) => e.name);

describe('connectors inside a titled run', () => {
  it('when "for" follows a title, then the portfolio after it is no organisation and no person', () => {
    const d = extract(
      [
        'Delegation arrives',
        'The delegation included Minister for Railways Tomas Velkar and Minister for Investment and Foreign Trade Lena Dorst.',
      ].join('\n'),
    );
    const all = d.entities.map((e) => e.name);
    expect(all.some((n) => /^for\b/.test(n))).toBe(false);
    expect(names(d, 'Person')).toContain('Tomas Velkar');
  });
});

describe('title-case headlines', () => {
  it('when capitalised prepositions run through a line, then only the words after the last are a name', () => {
    const d = extract(
      [
        'Sharp Protest From Ministry After Crowds Pull Down Flag From Velmora Embassy',
        'The ministry summoned the envoy on Monday.',
      ].join('\n'),
    );
    const orgs = names(d, 'Organization');
    expect(orgs.some((n) => /Protest|Crowds/.test(n))).toBe(false);
    expect(orgs).toContain('Velmora Embassy');
    expect(names(d, 'Person').some((n) => /Protest|Crowds|Flag/.test(n))).toBe(false);
  });

  it('when a preposition ends the run, then nothing of it is a name', () => {
    const d = extract(
      ['Envoy Holds Talks With Three Counterparts', 'The envoy met three ministers on Monday.'].join('\n'),
    );
    expect(names(d, 'Person').some((n) => /Holds|Talks/.test(n))).toBe(false);
  });
});

describe('a capitalised "The" inside a sentence', () => {
  it('when "The" opens a publication or a body inside a sentence, then the name keeps it', () => {
    const d = extract(
      [
        'Envoys recalled',
        'The ministry would not confirm the number in a statement to The Harbour Post, officials said.',
        'Mines were cleared thanks to the work of The Brightwater Trust, the minister said.',
      ].join('\n'),
    );
    expect(names(d, 'Organization')).toEqual(
      expect.arrayContaining(['The Harbour Post', 'The Brightwater Trust']),
    );
  });

  it('when "The" opens a sentence or comes before a known place or one common word, then it stays out', () => {
    const d = extract(
      [
        'Talks held',
        'The Velmora Foreign Ministry said talks went well. The envoy flew to The Hague on Monday.',
        'He read a column in The Bridge about the talks.',
      ].join('\n'),
    );
    const orgs = names(d, 'Organization');
    expect(orgs.some((n) => /^The\b/.test(n))).toBe(false);
    expect(names(d, 'Place')).toContain('The Hague');
  });
});

describe('a government named with its leader’s full name', () => {
  it('when a first name and a surname come between "the" and "administration", then it is a government', () => {
    const d = extract(
      [
        'Envoys recalled',
        'All 12 envoys had taken up their posts during the Jane Korvath administration, the paper said.',
      ].join('\n'),
    );
    expect(names(d, 'Organization')).toContain('Korvath administration');
  });
});

describe('North Korea by its initials', () => {
  it('when "DPRK" is written, then it is North Korea, not an organisation', () => {
    const d = extract(
      [
        'Diplomats return',
        'Sweden said its diplomats returned to the DPRK on Monday after three years away.',
      ].join('\n'),
    );
    expect(names(d, 'Organization')).not.toContain('DPRK');
    expect(names(d, 'Place')).toContain('North Korea');
  });
});

describe('"it" after a statement to an outlet', () => {
  it('when the outlet follows "to", then "it" is the body that opened the sentence', () => {
    const d = extract(
      [
        'Envoys recalled',
        'The Velmora Foreign Ministry would not confirm the number in a statement to The Harbour Post, but it defended the action as a “routine step in any government.”',
      ].join('\n'),
    );
    expect(speakerOf(d, 'routine step')).toBe('Velmora Foreign Ministry');
  });
});

describe('page furniture that names outlets', () => {
  it('when a line asks to follow the outlet on apps and social media, then it names nothing', () => {
    const d = extract(
      [
        'Leaders meet',
        'The two leaders met in Velmora on Monday and discussed trade, the ministry said.',
        'Follow Velmora Daily via mobile apps for Android | iPhone | and social media on Twitter | Facebook.',
      ].join('\n\n'),
    );
    const orgs = names(d, 'Organization');
    expect(orgs).not.toContain('Twitter');
    expect(orgs).not.toContain('Facebook');
  });

  it('when a caption credits a photo to an agency in capitals and a slash, then the agency is no entity', () => {
    const d = extract(
      [
        'Sanctions announced',
        'The minister meets rights leaders in Velmora, December 7, 2023. REUTERS/Jane Korvath/File Photo',
        'The ministry announced sanctions on 37 people on Friday.',
      ].join('\n\n'),
    );
    expect(names(d, 'Organization')).not.toContain('Reuters');
    expect(names(d, 'Organization')).not.toContain('REUTERS');
  });
});

describe('an outlet named in full, then by its first word', () => {
  it('when "X News" is named before "X" alone, then they are one organisation', () => {
    const d = extract(
      [
        'Envoy summoned',
        'In a statement reported by Bloomberg News on Saturday, the ministry protested. Bloomberg noted that the envoy had left.',
      ].join('\n'),
    );
    const orgs = names(d, 'Organization');
    expect(orgs).toContain('Bloomberg News');
    expect(orgs).not.toContain('Bloomberg');
  });
});

describe('an office’s acronym after its title', () => {
  it('when an acronym in parentheses abbreviates the title before it, then it is no organisation', () => {
    const d = extract(
      [
        'Talks held',
        'Chief of Naval Staff (CONS) Admiral Tomas Velkar met the Cabinet Secretary (CS) Lena Dorst on Monday.',
        'The Office of Foreign Assets Control (OFAC) said so.',
      ].join('\n'),
    );
    const orgs = names(d, 'Organization');
    expect(orgs).not.toContain('CONS');
    expect(orgs).not.toContain('CS');
    expect(orgs).toContain('Office of Foreign Assets Control');
  });
});

describe('bylines in lower case or after "Post by :"', () => {
  it('when a line is only "by" or "Post by :" and a name, then the writer is no entity', () => {
    const d = extract(
      [
        'Envoys present credentials',
        'by Lena Dorstwick',
        'Three ambassadors presented their credentials to President Tomas Velkar on Monday.',
        'Post by : Jana Korvathy',
      ].join('\n\n'),
    );
    const people = names(d, 'Person');
    expect(people.some((n) => /Dorstwick|Korvathy/.test(n))).toBe(false);
    expect(people).toContain('Tomas Velkar');
  });
});

describe('a field after "of" before an accented first name', () => {
  it('when a title’s field comes before a first name written with accents, then the name starts there', () => {
    const d = extract(
      [
        'Credentials presented',
        'The Government Secretary of Modernization Andrés Velkar and Secretary of Harbours José Dorst attended.',
      ].join('\n'),
    );
    expect(names(d, 'Person')).toEqual(expect.arrayContaining(['Andrés Velkar', 'José Dorst']));
  });
});

describe('one mission, its country worded two ways', () => {
  it('when "American Embassy in X" and "US embassy in X" are both named, then they are one body', () => {
    const d = extract(
      [
        'Diplomats expelled',
        'Two diplomats at the American Embassy in Velmora were expelled on Monday.',
        'The first secretary of the US embassy in Velmora, Tomas Dorst, was told to leave.',
      ].join('\n'),
    );
    const embassies = names(d, 'Organization').filter((n) => /Embassy/i.test(n));
    expect(embassies).toEqual(['American Embassy in Velmora']);
  });

  it('when a representative office is named with where it sits, then the place is in its name', () => {
    const d = extract(
      [
        'Office opens',
        'The island said its office would bear the name “Korvathi Representative Office in Lithuania,” a first.',
      ].join('\n'),
    );
    expect(names(d, 'Organization')).toContain('Korvathi Representative Office in Lithuania');
  });
});
