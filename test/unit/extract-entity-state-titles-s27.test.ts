// A state's body named with the state's formal title after "of" ("the Ministry of Foreign Affairs of the
// Republic of Azerbaijan"), on invented newswire text: the body of that state, named as "of <country>"
// would be, and the quotation "the ministry said" is its; the negatives, a title whose short country another
// state shares ("the Republic of China"), a person's title with "of the Republic", a title with no body.
// Any body ending in its head word before such a title is the state's too ("Constitutional Court of Armenia").
import { describe, expect, it } from 'vitest';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

const run = (body: string) => extractChecked('Diplomatic row', body).d;
const orgs = (body: string) =>
  run(body)
    .entities.filter((e) => e.type === 'Organization')
    .map((e) => e.name);

describe('a body "of the Republic of X"', () => {
  it('when "the Ministry of Foreign Affairs of the Republic of Azerbaijan" speaks, then the Azerbaijani Foreign Ministry does', () => {
    const body = [
      'The Ministry of Foreign Affairs of the Republic of Azerbaijan said on Thursday it had expelled two diplomats.',
      '"The diplomats were engaged in activities incompatible with their status and must leave the country within 72 hours," the ministry said.',
    ].join('\n\n');
    expect(orgs(body)).toEqual(['Azerbaijani Foreign Ministry']);
    expect(speakerOf(run(body), 'The diplomats were')).toBe('Azerbaijani Foreign Ministry');
  });

  it('when "the Foreign Ministry of the Republic of Moldova" or "of the Kingdom of Saudi Arabia" acts, then that country’s ministry', () => {
    expect(orgs('The Foreign Ministry of the Republic of Moldova said the diplomat was expelled.')).toEqual([
      'Moldovan Foreign Ministry',
    ]);
    expect(
      orgs('The Ministry of Foreign Affairs of the Kingdom of Saudi Arabia condemned the attack on Friday.'),
    ).toEqual(['Saudi Foreign Ministry']);
  });

  it('when "the Embassy of the Republic of Iraq in the Kingdom of Bahrain" is named, then the Iraqi Embassy in Bahrain', () => {
    expect(
      orgs('The Embassy of the Republic of Iraq in the Kingdom of Bahrain said the visa rules would change.'),
    ).toEqual(['Iraqi Embassy in Bahrain']);
  });

  it('when "the Permanent Mission of the Republic of Azerbaijan to the United Nations" speaks, then the mission does', () => {
    const body = [
      'The Permanent Mission of the Republic of Azerbaijan to the United Nations issued a statement on Friday about the vote.',
      '"Azerbaijan will not accept any resolution that ignores the sovereignty of its people," the mission stated.',
    ].join('\n\n');
    expect(orgs(body)).toEqual(['Azerbaijani Permanent Mission to the UN']);
    expect(speakerOf(run(body), 'Azerbaijan will not')).toBe('Azerbaijani Permanent Mission to the UN');
  });
});

describe('negatives', () => {
  it('when the title’s country another state shares ("the Republic of China"), then no Chinese body', () => {
    expect(
      orgs('The Ministry of Foreign Affairs of the Republic of China said the visit was useful.'),
    ).not.toContain('Chinese Foreign Ministry');
  });

  it('when a person holds a title "of the Republic", or a title has no body before it, then no body is made', () => {
    expect(
      orgs('The President of the Republic of Kenya, William Ruto, arrived in Nairobi on Monday.'),
    ).toEqual([]);
    expect(orgs('Trade with the Republic of Azerbaijan grew last year, officials said.')).toEqual([]);
  });
});

describe('any body ending in its head word before "of the Republic of X" (session 31)', () => {
  it.each([
    [
      'The Constitutional Court of the Republic of Armenia ruled on Monday.',
      'Constitutional Court of Armenia',
    ],
    ['The National Bank of the Republic of Belarus raised its key rate.', 'National Bank of Belarus'],
    ['A ruling by the Supreme Court of the Kingdom of Morocco was cited.', 'Supreme Court of Morocco'],
  ])('names the body by the state, no "<body> of the Republic": %s', (body, name) => {
    const got = orgs(body);
    expect(got).toContain(name);
    expect(got.some((n) => /of the (?:Republic|Kingdom)$/.test(n))).toBe(false);
  });

  it('leaves a title, and a state whose short name another state shares, alone', () => {
    expect(orgs('President of the Republic of Kazakhstan Kassym-Jomart Tokayev spoke.')).toEqual([]);
    expect(orgs('The Central Bank of the Republic of China cut rates.')).not.toContain(
      'Central Bank of China',
    );
  });
});
