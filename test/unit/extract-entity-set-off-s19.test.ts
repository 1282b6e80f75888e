// Unknown names taken from their position (session 19, issue 9): set off after a role ("the ambassador, Li
// Wei, said", every word one the lexicon knows as a name, family name first, so the shape rules leave it),
// and items of a list of names, one a line ("- X", "2. X", two items or more).
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract-text.js';

const persons = (s: string) =>
  extract(`Talks resume\n${s}`)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

describe('a name set off after a role', () => {
  it.each([
    ['The Chinese ambassador, Li Wei, said on Monday that talks would resume.', 'Li Wei'],
    ['The ambassador, Wu Wei, said on Monday that the talks would resume.', 'Wu Wei'],
    ['The mayor, Kim Young, declined to comment.', 'Kim Young'],
    ['The spokesman, Chen Bin, was quoted by state media as saying so.', 'Chen Bin'],
    ['The Taiwanese foreign minister, Lin Chia-lung, has called the drills provocative.', 'Lin Chia-lung'],
    [
      'The Korean trade minister, Ahn Duk-geun; the Japanese minister, Sato Ken; and others attended.',
      'Sato Ken',
    ],
    ['The talks were opened by the deputy governor, Yang Lin.', 'Yang Lin'],
  ])('when %s, then the name is a person', (s, name) => {
    expect(persons(s)).toContain(name);
  });

  it('when the words after the role are a day or a body, then no person is made', () => {
    expect(persons('The minister, Tuesday, said that.')).toEqual([]);
    expect(persons('The minister, Labour Party leader, said so.')).toEqual([]);
  });

  it('when the name runs on into the clause without a closing comma, then the rule does not fire', () => {
    expect(persons('The ambassador, Li Wei Group shares rose.')).not.toContain('Li Wei');
  });
});

const listed = (lead: string, lines: string[]) =>
  extract(
    [
      'Ministry widens sanctions',
      '',
      'The ministry sanctioned more officials on Monday, saying they had helped the army.',
      '',
      lead,
      '',
      ...lines,
      '',
      'The ministry said more names would follow.',
    ].join('\n'),
  )
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

describe('a list of names, one a line', () => {
  it('when unknown names stand one a line after bullets, then each is a person', () => {
    expect(
      listed('The sanctioned individuals are:', ['- Wekesa Otieno', '- Nkosana Dube', '- Tawanda Moyo']),
    ).toEqual(expect.arrayContaining(['Wekesa Otieno', 'Nkosana Dube', 'Tawanda Moyo']));
  });

  it('when numbered items carry a description, then the names are still persons', () => {
    expect(
      listed('The delegation includes:', [
        '1. Aroha Ngata, a former judge',
        '2. Tevita Fifita (trade envoy)',
      ]),
    ).toEqual(expect.arrayContaining(['Aroha Ngata', 'Tevita Fifita']));
  });

  it('when a single item stands alone or the items are phrases, then no person is made', () => {
    expect(listed('The envoy is:', ['- Wekesa Otieno'])).toEqual([]);
    expect(listed('The priorities are:', ['1. Open Borders', '2. Fair Trade', '3. Climate Action'])).toEqual(
      [],
    );
    expect(listed('See also:', ['- Blue Lagoon', '- Golden Gate'])).toEqual([]);
  });
});

const inArticle = (s: string) =>
  extract(
    [
      'Leaders meet',
      '',
      'The leaders met on Monday to discuss trade and security.',
      '',
      s,
      '',
      'The talks will continue next week, officials said.',
    ].join('\n'),
  )
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

describe('an acronym title before a name', () => {
  it.each([
    ['The delegation included Foreign Minister Sergei Lavrov and NSA Wekesa Otieno.', 'Wekesa Otieno'],
    ['Present were President Joe Biden, IMF Tawanda Moyo and others.', 'Tawanda Moyo'],
    ['NSA Nkosana Dube met his counterpart in Delhi.', 'Nkosana Dube'],
    ['On Tuesday, EU Aroha Ngata visited Brussels.', 'Aroha Ngata'],
  ])('when %s, then the name is a person', (s, name) => {
    expect(inArticle(s)).toContain(name);
  });

  it('when the acronym opens a phrase that is no name, then no person is made', () => {
    expect(inArticle('Joe Biden and NATO Summit Planning were on the agenda.')).not.toContain(
      'Summit Planning',
    );
    expect(inArticle('UN Peace Talks resumed in Geneva.')).not.toContain('Peace Talks');
  });
});

const orgs = (s: string) =>
  extract(
    `Rates rise\n\nThe leaders met on Monday to discuss trade.\n\n${s}\n\nThe talks will continue, officials said.`,
  )
    .entities.filter((e) => e.type === 'Organization')
    .map((e) => e.name);

describe('a body named by its head word, then "of the" and a country', () => {
  it.each([
    [
      'The Central Bank of the Russian Federation raised its key rate.',
      'Central Bank of the Russian Federation',
    ],
    [
      'Sanctions hit the head of the Central Bank of the Russian Federation Elvira Nabiullina.',
      'Central Bank of the Russian Federation',
    ],
    ['The Supreme Court of the United Kingdom ruled on Monday.', 'Supreme Court of the United Kingdom'],
    [
      'A ruling by the Constitutional Court of the Czech Republic was expected.',
      'Constitutional Court of the Czech Republic',
    ],
  ])('when %s, then the body keeps the country in its name', (s, name) => {
    expect(orgs(s)).toContain(name);
  });

  it('when what follows "of the" is another body, then the tail is left alone', () => {
    const o = orgs('The European Department of the Ministry of Foreign Affairs said so.');
    expect(o).toContain('European Department');
    expect(o).not.toContain('European Department of the Ministry');
  });
});
